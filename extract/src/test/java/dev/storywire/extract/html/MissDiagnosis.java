package dev.storywire.extract.html;

import dev.storywire.extract.charset.Decoding;
import dev.storywire.extract.charset.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * A developer's tool, not a test: reads the misses that {@code storywire eval extraction --misses
 * FILE} wrote for trafilatura's evaluation set and says, for each, at which stage of the HTML
 * extraction the passage was lost (removed while cleaning, and by which element; outside the
 * chosen container; dropped while emitting blocks) or, for a must-drop passage that was kept,
 * which elements hold it. One tab-separated line per miss: cause, page, where, passage.
 *
 * <p>Run after {@code ./mvnw -o -pl extract test-compile}: {@code java -cp
 * "extract/target/test-classes:extract/target/classes:app/target/dist/lib/*"
 * dev.storywire.extract.html.MissDiagnosis DATASET MISSES.tsv OUT.tsv}.
 */
public final class MissDiagnosis {
  private static final String MARK = "data-sw-diag";

  private MissDiagnosis() {}

  public static void main(String[] args) throws IOException {
    Path dataset = Path.of(args[0]);
    Map<String, List<String[]>> byPage = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 3);
      if (f.length == 3 && (f[0].equals("missed") || f[0].equals("kept"))) {
        byPage.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
      }
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      for (Map.Entry<String, List<String[]>> page : byPage.entrySet()) {
        String html = decode(dataset.resolve("html").resolve(page.getKey() + ".gz"));
        for (String[] miss : page.getValue()) {
          out.println(diagnose(html, miss[0].equals("missed"), miss[2]) + "\t" + page.getKey() + "\t" + miss[2]);
        }
      }
    }
  }

  private static String decode(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      byte[] bytes = in.readAllBytes();
      return switch (new TextDecoder().decode(bytes, null, true)) {
        case Decoding.Decoded d -> d.text();
        case Decoding.Undecodable u -> "";
      };
    }
  }

  private static Document parse(String html) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(HtmlPageExtractor.MAX_TREE_DEPTH));
    int i = 0;
    for (Element e : doc.getAllElements()) {
      e.attr(MARK, Integer.toString(i++));
    }
    return doc;
  }

  /** @return cause and where, tab-separated */
  static String diagnose(String html, boolean missed, String passage) {
    Document original = parse(html);
    Document doc = parse(html);
    String title = new Titles(doc, new MetaTags(doc)).title(new ArrayList<>());
    HtmlCleaner.clean(doc);
    Element body = doc.body();
    List<Element> containers = body == null ? List.of() : ContentScorer.containers(body);
    String where = containers.isEmpty() ? "-" : describe(containers.get(0)) + "+" + (containers.size() - 1);
    if (!missed) {
      Element holder = deepest(doc, passage);
      return holder == null ? "kept:spans-blocks\t" + where : "kept\t" + path(holder, 6) + " in " + where;
    }
    Element holder = deepest(original, passage);
    if (holder == null) {
      return "missed:not-in-dom-text\t" + where;
    }
    Set<String> survivors = new HashSet<>();
    for (Element e : doc.getAllElements()) {
      survivors.add(e.attr(MARK));
    }
    if (!survivors.contains(holder.attr(MARK))) {
      Element removed = holder;
      while (removed.parent() != null && !survivors.contains(removed.parent().attr(MARK))) {
        removed = removed.parent();
      }
      return "missed:cleaned\t" + path(removed, 3);
    }
    Element kept = byMark(doc, holder.attr(MARK));
    for (Element c : containers) {
      if (c == kept || kept.parents().contains(c)) {
        List<String> texts = new ArrayList<>();
        BlockEmitter.emit(List.of(kept), title).paragraphs().forEach(p -> texts.add(p.text()));
        return "missed:emission\t" + path(kept, 3) + " emits " + texts.size() + " blocks: "
            + String.join(" | ", texts).replace('\t', ' ');
      }
    }
    return "missed:outside-container\t" + path(kept, 4) + " not in " + where;
  }

  private static Element byMark(Document doc, String mark) {
    return doc.selectFirst("[" + MARK + "=" + mark + "]");
  }

  /** The deepest element whose text holds the passage, null when none (it spans blocks or hides in attributes). */
  private static @Nullable Element deepest(Document doc, String passage) {
    Element found = null;
    for (Element e : doc.getAllElements()) {
      if (e.text().contains(passage)) {
        found = e; // document order: descendants come after their ancestors
      }
    }
    return found;
  }

  private static String path(Element e, int levels) {
    StringBuilder s = new StringBuilder();
    Element x = e;
    for (int i = 0; i < levels && x != null; i++, x = x.parent()) {
      s.insert(0, (i == 0 ? "" : " > ")).insert(0, describe(x));
    }
    return s.toString();
  }

  private static String describe(Element e) {
    String id = e.id().isEmpty() ? "" : "#" + e.id();
    String cls = e.className().isBlank() ? "" : "." + e.className().strip().replaceAll("\\s+", ".");
    return e.normalName() + id + (cls.length() > 60 ? cls.substring(0, 60) : cls);
  }
}
