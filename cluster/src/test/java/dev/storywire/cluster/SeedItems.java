package dev.storywire.cluster;

import dev.storywire.model.Item;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The seed pages as analysed items: the Arabic report (000), the Chinese report (004) and the
 * twelve flash items of the Chinese page's ticker. The anchors are written out as analysis would
 * produce them: entity keys shared across scripts, the event day resolved from "Wednesday"
 * (يوم الأربعاء, 周三) against the 13 August 2025 reference date, numbers with units.
 */
final class SeedItems {

  static final String ARABIC_DOC = "000_6571981fc28c5b9a";
  static final String CHINESE_DOC = "004_1c4daa1ff2b208cf";

  private static final Pattern TICKER_TIME = Pattern.compile("\\d{2}:\\d{2}");

  private SeedItems() {}

  static Path seeds() {
    String samples = System.getProperty("storywire.samples");
    Path dir = samples != null ? Path.of(samples, "seeds") : Path.of("../samples/seeds");
    return Files.isDirectory(dir) ? dir : Path.of("../samples/seeds");
  }

  static List<String> lines(String document) {
    try {
      return Files.readAllLines(seeds().resolve(document + ".txt"), StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Arabic report: the first line is the title, the "read also" line is left out. */
  static TestItem arabic() {
    List<String> lines = lines(ARABIC_DOC);
    List<String> body = lines.subList(1, lines.size()).stream().filter(l -> !l.startsWith("اقرأ أيضًا")).toList();
    return TestItem.article(ARABIC_DOC, "ar")
        .title(lines.getFirst())
        .text(body.toArray(String[]::new))
        .published("2025-08-13T18:00:00+03:00")
        .firstSeen("2025-08-13T16:00:00Z")
        .eventDates("2025-08-13")
        .entity("بابوشكين", "Babuschkin")
        .entity("xAI", "xAI")
        .entity("إيلون ماسك", "Musk")
        .entity("X", "X")
        .entity("وادي السيليكون", "Silicon Valley")
        .entity("Babuschkin Ventures", "Babuschkin Ventures")
        .entity("Grok", "Grok")
        .entity("OpenAI", "OpenAI")
        .entity("Google DeepMind", "Google DeepMind")
        .entity("Anthropic", "Anthropic")
        .entity("AlphaStar", "AlphaStar")
        .entity("StarCraft", "StarCraft")
        .entity("ChatGPT", "ChatGPT")
        .entity("ممفيس", "Memphis")
        .entity("تينيسي", "Tennessee")
        .anchors("h:@ibab", "d:2025-08-13", "d:2023", "n:3|month");
  }

  /** The Chinese report: the lines before the image caption. */
  static TestItem chinese() {
    List<String> lines = lines(CHINESE_DOC);
    List<String> body = lines.subList(0, indexOf(lines, "插图"));
    return TestItem.article(CHINESE_DOC, "zh")
        .title("xAI联合创始人Babuschkin离职创业 投资AI安全领域")
        .text(body.toArray(String[]::new))
        .published("2025-08-14T09:30:00+08:00")
        .firstSeen("2025-08-14T02:00:00Z")
        .eventDates("2025-08-13")
        .entity("Igor Babuschkin", "Babuschkin")
        .entity("xAI", "xAI")
        .entity("埃隆·马斯克", "Musk")
        .entity("X", "X")
        .entity("硅谷", "Silicon Valley")
        .entity("Babuschkin Ventures", "Babuschkin Ventures")
        .entity("未来生命研究所", "Future of Life Institute")
        .entity("Max Tegmark", "Tegmark")
        .entity("俄罗斯", "Russia")
        .entity("Grok", "Grok")
        .entity("泰勒·斯威夫特", "Taylor Swift")
        .entity("OpenAI", "OpenAI")
        .entity("Google DeepMind", "Google DeepMind")
        .entity("Anthropic", "Anthropic")
        .entity("AlphaStar", "AlphaStar")
        .entity("星际争霸", "StarCraft")
        .entity("ChatGPT", "ChatGPT")
        .entity("田纳西州", "Tennessee")
        .entity("孟菲斯", "Memphis")
        .anchors("d:2025-08-13", "d:2023", "d:2019", "n:3|month");
  }

  /**
   * The twelve ticker items of the Chinese page, in page order, with their own anchors. They carry
   * no publication time and were seen with the Chinese report, so time never keeps them apart from
   * it: only the evidence does.
   */
  static List<TestItem> flash() {
    List<String> texts = tickerTexts();
    List<List<String>> anchors = List.of(
        List.of("e:Hangzhou TCM Hospital", "e:Hangzhou", "d:2025-11-28", "n:20|year"),
        List.of("e:Hong Kong", "e:Tai Po", "e:Wang Fuk Court", "e:SenseTime", "d:2025-11-26", "n:3000000|HKD"),
        List.of("e:Beijing", "e:Lufthansa Center", "e:Kempinski", "d:2025-11-28", "n:33|year", "n:109|m2",
            "n:110|m2"),
        List.of("e:Ministry of Ecology and Environment", "e:People's Bank of China", "d:2025-11-28"),
        List.of("e:South Korea", "e:Seoul", "e:Ministry of Science and ICT", "e:Ryu Je-myung",
            "e:Samsung Electronics", "e:Hyundai Motor", "e:SK Telecom", "e:Naver", "e:Nvidia", "d:2025-11-27"),
        List.of("e:X", "e:AMD", "e:Radeon AI PRO R9700S", "e:Radeon R9600D", "d:2025-11-28", "n:404"),
        List.of("e:Google", "e:Pixel Watch", "e:Reddit", "d:2025-11-27"),
        List.of("e:National Energy Administration", "d:2025-11-28", "n:8|scenario", "n:37|task"),
        List.of("e:Shanghai", "e:On", "e:Cloudboom Strike LS", "e:Switzerland", "d:2025"),
        List.of("e:Chinese Academy of Sciences", "e:Institute of Electrical Engineering CAS", "d:2025-11-28",
            "n:16.5|T", "n:150|mm"),
        List.of("e:M&M'S", "e:Shanghai Disney Resort", "e:Disneytown", "e:Mars China", "e:Shanghai", "d:2026"),
        List.of("e:Google", "e:Android", "e:iOS", "e:Uber", "d:2025-11-28", "d:2024"));
    List<TestItem> items = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      items.add(TestItem.flash(CHINESE_DOC, i + 1, "zh")
          .title(texts.get(i).substring(0, Math.min(30, texts.get(i).length())))
          .text(texts.get(i))
          .published(null)
          .firstSeen("2025-08-14T02:00:00Z")
          .anchors(anchors.get(i)));
    }
    return items;
  }

  static List<Item> build(List<TestItem> items) {
    return items.stream().map(TestItem::build).toList();
  }

  private static List<String> tickerTexts() {
    List<String> lines = lines(CHINESE_DOC);
    List<String> texts = new ArrayList<>();
    for (int i = indexOf(lines, "最新快讯"); i + 1 < lines.size(); i++) {
      if (TICKER_TIME.matcher(lines.get(i)).matches()) {
        texts.add(lines.get(i + 1).replaceAll("\\.\\.\\.$", ""));
      }
    }
    return texts;
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i;
      }
    }
    throw new IllegalStateException("marker not found in seed: " + marker);
  }
}
