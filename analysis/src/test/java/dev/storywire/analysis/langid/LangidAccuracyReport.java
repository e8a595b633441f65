package dev.storywire.analysis.langid;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.storywire.analysis.LanguageIdentifier;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Accuracy of language identification on Lingua's own test data, per language and sample type
 * (sentences, word pairs, single words), for Storywire's {@link LanguageIdentifier}, the bare
 * {@link NgramLanguageDetector}, and (with {@code lingua}) Lingua 1.2.2 in high-accuracy mode with
 * all languages; with load time, heap after load and time per sample. Means are over the languages
 * of Lingua's published report; the published lingua-high figures are printed beside.
 *
 * <pre>
 *   java -Xmx3g -cp … dev.storywire.analysis.langid.LangidAccuracyReport [sample-per-file] [lingua]
 * </pre>
 * The data set is {@code storywire.datasets} (or ../../shared/datasets)/lingua_langid.
 */
public final class LangidAccuracyReport {
  static final List<String> TYPES = List.of("sentences", "word-pairs", "single-words");

  private LangidAccuracyReport() {}

  public static void main(String[] args) throws IOException {
    int sample = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
    boolean withLingua = List.of(args).contains("lingua");
    Path root = datasets().resolve("lingua_langid");
    Path data = root.resolve("language-testdata");
    if (!Files.isDirectory(data)) {
      System.out.println("dataset absent: " + data);
      return;
    }
    Map<String, double[]> published = published(root.resolve("accuracy_reports_jvm/aggregated-accuracy-values.csv"));
    Map<String, Map<String, List<String>>> samples = new TreeMap<>();
    for (String iso : published.keySet()) {
      for (String type : TYPES) {
        Path file = data.resolve(type).resolve(iso + ".txt");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        samples.computeIfAbsent(iso, k -> new LinkedHashMap<>()).put(type, lines.subList(0, Math.min(sample, lines.size())));
      }
    }

    long heap0 = heapAfterGc();
    long t0 = System.nanoTime();
    NgramLanguageDetector detector = NgramLanguageDetector.load();
    LanguageIdentifier identifier = LanguageIdentifier.create();
    identifier.identify("warm up the model please");
    double oursLoad = (System.nanoTime() - t0) / 1e9;
    long oursHeap = heapAfterGc() - heap0;
    System.out.printf("ours: load %.2f s, heap after load %.1f MB (model file mapped off-heap)%n", oursLoad, oursHeap / 1e6);

    Map<String, Function<String, String>> systems = new LinkedHashMap<>();
    systems.put("storywire", identifier::identify);
    systems.put("ngram", text -> {
      LangidLanguage l = detector.detectLanguageOf(text);
      return l == null ? null : l.isoCode();
    });
    if (withLingua) {
      long h0 = heapAfterGc();
      long t1 = System.nanoTime();
      LanguageDetector lingua = LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels().build();
      double linguaLoad = (System.nanoTime() - t1) / 1e9;
      long linguaHeap = heapAfterGc() - h0;
      System.out.printf("lingua high: load %.2f s, heap after load %.1f MB%n", linguaLoad, linguaHeap / 1e6);
      systems.put("lingua-high", text -> {
        Language l = lingua.detectLanguageOf(text);
        return l == Language.UNKNOWN ? null : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
      });
    }

    timeParagraphs(samples, systems);

    // results[system][type][language] = accuracy
    Map<String, Map<String, Map<String, Double>>> results = new LinkedHashMap<>();
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (var system : systems.entrySet()) {
      List<String> given = new ArrayList<>();
      for (String type : TYPES) {
        long count = 0;
        long nanos = 0;
        Map<String, Double> byLanguage = new TreeMap<>();
        for (var language : samples.entrySet()) {
          List<String> lines = language.getValue().get(type);
          int correct = 0;
          long s0 = System.nanoTime();
          for (String line : lines) {
            String answer = system.getValue().apply(line);
            given.add(answer);
            if (language.getKey().equals(answer)) {
              correct++;
            }
          }
          nanos += System.nanoTime() - s0;
          count += lines.size();
          byLanguage.put(language.getKey(), 100.0 * correct / lines.size());
        }
        results.computeIfAbsent(system.getKey(), k -> new LinkedHashMap<>()).put(type, byLanguage);
        System.out.printf("%-12s %-13s mean %5.1f%%  %.3f ms/sample%n", system.getKey(), type,
            byLanguage.values().stream().mapToDouble(d -> d).average().orElse(0), nanos / 1e6 / count);
      }
      answers.put(system.getKey(), given);
    }

    System.out.println();
    StringBuilder header = new StringBuilder(String.format("%-4s", "lang"));
    for (String type : TYPES) {
      for (String system : systems.keySet()) {
        header.append(String.format(" %12s", abbreviate(type) + ":" + system));
      }
      header.append(String.format(" %12s", abbreviate(type) + ":publ"));
    }
    System.out.println(header);
    for (String iso : samples.keySet()) {
      StringBuilder row = new StringBuilder(String.format("%-4s", iso));
      for (int t = 0; t < TYPES.size(); t++) {
        for (String system : systems.keySet()) {
          row.append(String.format(" %12.1f", results.get(system).get(TYPES.get(t)).get(iso)));
        }
        row.append(String.format(" %12.1f", published.get(iso)[t]));
      }
      System.out.println(row);
    }
    StringBuilder means = new StringBuilder(String.format("%-4s", "MEAN"));
    for (int t = 0; t < TYPES.size(); t++) {
      for (String system : systems.keySet()) {
        means.append(String.format(" %12.2f", results.get(system).get(TYPES.get(t)).values().stream().mapToDouble(d -> d).average().orElse(0)));
      }
      final int tt = t;
      means.append(String.format(" %12.2f", published.values().stream().mapToDouble(v -> v[tt]).average().orElse(0)));
    }
    System.out.println(means);
    if (withLingua) {
      List<String> ours = answers.get("ngram");
      List<String> theirs = answers.get("lingua-high");
      int same = 0;
      for (int i = 0; i < ours.size(); i++) {
        same += java.util.Objects.equals(ours.get(i), theirs.get(i)) ? 1 : 0;
      }
      System.out.printf("ngram and lingua-high give the same answer on %.2f%% of %d samples%n", 100.0 * same / ours.size(), ours.size());
    }
  }

  /**
   * Time per paragraph of Latin-script text: consecutive sentences of each Latin language joined
   * and cut to 240 characters (what the ingest path shows the identifier), six rounds, the last
   * one timed.
   */
  static void timeParagraphs(Map<String, Map<String, List<String>>> samples, Map<String, Function<String, String>> systems) {
    List<String> paragraphs = new ArrayList<>();
    for (var language : samples.entrySet()) {
      LangidLanguage l = LangidLanguage.byIsoCode(language.getKey());
      if (l == null || !l.scripts().contains(Character.UnicodeScript.LATIN)) {
        continue;
      }
      StringBuilder paragraph = new StringBuilder();
      for (String sentence : language.getValue().get("sentences")) {
        paragraph.append(sentence).append(' ');
        if (paragraph.length() >= 240) {
          paragraphs.add(paragraph.substring(0, 240));
          paragraph.setLength(0);
        }
      }
    }
    for (var system : systems.entrySet()) {
      double ms = 0;
      for (int round = 0; round < 6; round++) {
        long t0 = System.nanoTime();
        for (String paragraph : paragraphs) {
          system.getValue().apply(paragraph);
        }
        ms = (System.nanoTime() - t0) / 1e6 / paragraphs.size();
      }
      System.out.printf("%-12s Latin paragraphs of 240 chars: %.3f ms/paragraph (%d paragraphs)%n", system.getKey(), ms, paragraphs.size());
    }
  }

  private static String abbreviate(String type) {
    return switch (type) {
      case "sentences" -> "sent";
      case "word-pairs" -> "pair";
      default -> "word";
    };
  }

  /** lingua-high accuracy per ISO code: sentences, word pairs, single words (languages Lingua 1.2.2 has). */
  static Map<String, double[]> published(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> head = List.of(lines.getFirst().split(","));
    int sentences = head.indexOf("sentences-lingua-high");
    int pairs = head.indexOf("word-pairs-lingua-high");
    int words = head.indexOf("single-words-lingua-high");
    Map<String, double[]> map = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      LangidLanguage language;
      try {
        language = LangidLanguage.valueOf(f[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        continue; // Oromo: not in Lingua 1.2.2
      }
      map.put(language.isoCode(), new double[] {
          Double.parseDouble(f[sentences]), Double.parseDouble(f[pairs]), Double.parseDouble(f[words])});
    }
    return map;
  }

  static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static Path datasets() {
    String configured = System.getProperty("storywire.datasets");
    return configured != null && !configured.isBlank() && !configured.startsWith("${")
        ? Path.of(configured) : Path.of("..", "..", "shared", "datasets");
  }
}
