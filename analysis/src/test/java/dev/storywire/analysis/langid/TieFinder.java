package dev.storywire.analysis.langid;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.storywire.analysis.LanguageIdentifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The samples of Lingua's test data where {@link LanguageIdentifier} and Lingua 1.2.2 high answer
 * differently (an "unknown" included), with Storywire's margin and Lingua's top confidence values;
 * then both systems' right answers. Lingua is built lazily (all languages, about 3 GB of heap).
 *
 * <pre>
 *   java -Xmx4g -cp … dev.storywire.analysis.langid.TieFinder DATA/language-testdata single-words st,tn,ms,id
 * </pre>
 */
public final class TieFinder {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    String type = args[1];
    List<String> isos = List.of(args[2].split(","));
    LanguageIdentifier identifier = LanguageIdentifier.create();
    NgramLanguageDetector detector = NgramLanguageDetector.load();
    LanguageDetector lingua = LanguageDetectorBuilder.fromAllLanguages().build();
    int[] oursRight = new int[1], linguaRight = new int[1], total = new int[1];
    for (String iso : isos) {
      for (String line : Files.readAllLines(data.resolve(type).resolve(iso + ".txt"), StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        total[0]++;
        String ours = identifier.identify(line);
        Language l = lingua.detectLanguageOf(line);
        String theirs = l == Language.UNKNOWN ? null : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        if (iso.equals(ours)) oursRight[0]++;
        if (iso.equals(theirs)) linguaRight[0]++;
        if (!java.util.Objects.equals(ours, theirs)) {
          var d = detector.detect(line);
          var conf = lingua.computeLanguageConfidenceValues(line);
          StringBuilder c = new StringBuilder();
          int n = 0;
          for (var e : conf.entrySet()) {
            if (n++ == 3) break;
            c.append(e.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT)).append('=').append(e.getValue()).append(' ');
          }
          System.out.printf("%s %s %-20s ours=%s (margin %.3g) lingua=%s [%s]%n",
              iso, type, '"' + line + '"', ours, d.margin(), theirs, c.toString().trim());
        }
      }
    }
    System.out.printf("%s %s: ours %d lingua %d of %d%n", type, isos, oursRight[0], linguaRight[0], total[0]);
  }
}
