package dev.storywire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.app.cli.StorywireCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code storywire eval} commands on small benchmark folders written here in each upstream
 * format, with broken pages among good ones: figures come out, broken pages are counted as
 * failures with their reason, and the JSON line has the documented shape.
 */
class EvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> BODY = List.of(
      "The city council of Lakeford voted on Tuesday to rebuild the old harbour bridge, closed since the spring floods damaged two of its pillars.",
      "Engineers told the council that repairs would cost less than a new crossing, but that the work would take at least eighteen months.",
      "Residents on both banks have driven a twenty-minute detour since April, and shop owners near the harbour say their trade has halved.",
      "The mayor said the first contracts would be signed before the end of the year and that a ferry would run in the meantime.");

  @Test
  void zyteFormatScoresStorywireAndEveryReferenceToolAndCountsBrokenPages(@TempDir Path dir) throws Exception {
    Path html = Files.createDirectories(dir.resolve("html"));
    Files.write(html.resolve("good.html.gz"), gzip(articlePage()));
    byte[] truncated = gzip(articlePage());
    Files.write(html.resolve("truncated.html.gz"), Arrays.copyOf(truncated, truncated.length / 2));
    // "absent" has no page file at all.
    String gold = String.join("\n", BODY);
    Map<String, Object> truth = Map.of(
        "good", Map.of("articleBody", gold, "url", "https://news.example/lakeford-bridge"),
        "truncated", Map.of("articleBody", gold),
        "absent", Map.of("articleBody", gold));
    JSON.writeValue(dir.resolve("ground-truth.json").toFile(), truth);
    Files.createDirectories(dir.resolve("reference_outputs"));
    JSON.writeValue(dir.resolve("reference_outputs/perfect.json").toFile(),
        Map.of("good", Map.of("articleBody", gold), "truncated", Map.of("articleBody", gold), "absent", Map.of("articleBody", gold)));
    JSON.writeValue(dir.resolve("reference_outputs/partial.json").toFile(), Map.of("good", Map.of("articleBody", BODY.get(0))));

    Run run = eval("extraction", "--dataset", dir.toString(), "--json");

    assertThat(run.code()).isZero();
    JsonNode result = run.json();
    assertThat(result.path("dataset").asText()).isEqualTo(dir.getFileName().toString());
    assertThat(result.path("items").asInt()).isEqualTo(3);
    assertThat(result.path("failures").asInt()).isEqualTo(2);
    assertThat(run.err()).contains("truncated gzip: truncated.html.gz").contains("page file absent: absent.html.gz");
    // The good page is extracted nearly exactly; the two failed ones are empty output (recall 0).
    assertThat(result.path("precision").asDouble()).isGreaterThan(0.9);
    assertThat(result.path("recall").asDouble()).isBetween(0.3, 0.34);
    assertThat(result.path("ms_per_item").asDouble()).isPositive();
    assertThat(result.path("peers").path("perfect").path("f1").asDouble()).isEqualTo(1.0);
    assertThat(result.path("peers").path("partial").path("failures").asInt()).isEqualTo(2);
    assertThat(result.path("peers").path("partial").path("precision").asDouble()).isEqualTo(1.0);
    assertThat(result.has("accuracy")).as("no accuracy on this benchmark").isFalse();
    assertThat(run.out()).contains("* storywire").contains("perfect");
  }

  @Test
  void trafilaturaFormatCountsPassages(@TempDir Path dir) throws Exception {
    Path html = Files.createDirectories(dir.resolve("html"));
    Files.write(html.resolve("page one.html.gz"), gzip(articlePage()));
    Files.write(html.resolve("binary.html.gz"), gzip(new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7}));
    JSON.writeValue(dir.resolve("evaldata.json").toFile(), Map.of(
        "https://news.example/one", Map.of("file", "page one.html", "with", List.of(BODY.get(1), BODY.get(3)),
            "without", List.of("Subscribe to our newsletter", "Most read")),
        "https://news.example/binary", Map.of("file", "binary.html", "with", List.of("anything at all"), "without", List.of())));

    Run run = eval("extraction", "--dataset", dir.toString(), "--json");

    assertThat(run.code()).isZero();
    JsonNode result = run.json();
    assertThat(result.path("items").asInt()).isEqualTo(2);
    assertThat(result.path("failures").asInt()).isEqualTo(1);
    assertThat(result.path("precision").asDouble()).isEqualTo(1.0); // tp 2, fp 0
    assertThat(result.path("recall").asDouble()).isCloseTo(2 / 3.0, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(result.has("peers")).isFalse();
  }

  @Test
  void datesFollowHtmldatesCounting(@TempDir Path dir) throws Exception {
    Path html = Files.createDirectories(dir.resolve("html"));
    Files.write(html.resolve("dated.html.gz"), gzip(articlePage()));
    Files.write(html.resolve("undated.html.gz"), gzip(undated()));
    Files.writeString(dir.resolve("gold_dates.tsv"), String.join("\n",
        "source\tfile\tdate\turl",
        "test\tdated.html\t2024-03-12\thttps://news.example/lakeford-bridge",
        "test\tundated.html\t\thttps://news.example/about",
        "test\twrong.html\t2020-01-01\thttps://news.example/wrong",
        "test\tmissing.html\t2020-01-01\thttps://news.example/missing") + "\n");
    Files.write(html.resolve("wrong.html.gz"), gzip(articlePage()));

    Run run = eval("dates", "--dataset", dir.toString(), "--json");

    assertThat(run.code()).isZero();
    JsonNode result = run.json();
    // dated: TP; undated: TN; wrong: FP (2024-03-12 found, gold 2020-01-01); missing: unreadable, FN
    assertThat(result.path("items").asInt()).isEqualTo(4);
    assertThat(result.path("accuracy").asDouble()).isEqualTo(0.5);
    assertThat(result.path("precision").asDouble()).isEqualTo(0.5);
    assertThat(result.path("recall").asDouble()).isEqualTo(0.5);
    assertThat(result.path("failures").asInt()).isEqualTo(1);
  }

  @Test
  void langidReportsEveryTypeLoadTimeAndHeap(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("language-testdata");
    for (String type : LangidEval.TYPES) {
      Files.createDirectories(data.resolve(type));
    }
    Files.writeString(data.resolve("sentences/en.txt"), "The council voted to rebuild the bridge over the harbour.\n"
        + "Residents have driven a long detour since April.\n");
    Files.writeString(data.resolve("sentences/ar.txt"), "صوت مجلس المدينة على إعادة بناء الجسر\n");
    Files.writeString(data.resolve("word-pairs/zh.txt"), "城市 桥梁\n");
    Files.writeString(data.resolve("single-words/ru.txt"), "мост\n");

    Run run = eval("langid", "--dataset", dir.toString(), "--no-peers", "--json");

    assertThat(run.code()).isZero();
    JsonNode result = run.json();
    assertThat(result.path("items").asInt()).isEqualTo(5);
    assertThat(result.path("by_type").path("sentences").asDouble()).isEqualTo(1.0);
    assertThat(result.path("by_type").path("word-pairs").asDouble()).isEqualTo(1.0);
    assertThat(result.path("by_type").has("single-words")).isTrue();
    assertThat(result.has("heap_mb")).isTrue();
    assertThat(result.path("load_ms").asLong()).isNotNegative();
    assertThat(result.has("peers")).isFalse();
  }

  @Test
  void clusteringFeedsEverySetThroughThePipelineAndScoresAgainstTheLabels(@TempDir Path dir) throws Exception {
    Path set = Files.createDirectories(dir.resolve("harbour"));
    List<Map<String, String>> docs = List.of(
        Map.of("id", "1", "lang", "en", "doc", "d1", "event", "bridge", "story", "bridge", "title", "Lakeford to rebuild harbour bridge",
            "text", String.join("\n", BODY)),
        Map.of("id", "2", "lang", "en", "doc", "d2", "event", "bridge", "story", "bridge", "title", "Harbour bridge in Lakeford will be rebuilt",
            "text", String.join("\n", BODY.subList(0, 3))),
        Map.of("id", "3", "lang", "en", "doc", "d3", "event", "vote", "story", "vote", "title", "Tokyo election turnout falls",
            "text", "Turnout in the Tokyo governor election fell to a record low on Sunday, officials said.\n"
                + "Analysts blamed heavy rain and a campaign that failed to excite younger voters in the capital."));
    StringBuilder jsonl = new StringBuilder();
    for (Map<String, String> d : docs) {
      jsonl.append(JSON.writeValueAsString(d)).append('\n');
    }
    Files.writeString(set.resolve("docs.jsonl"), jsonl);

    Run run = eval("clustering", "--dataset", dir.toString(), "--json");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode result = run.json();
    assertThat(result.path("items").asInt()).isEqualTo(3);
    assertThat(result.path("failures").asInt()).isZero();
    assertThat(result.path("by_set").has("harbour")).isTrue();
    for (String field : List.of("precision", "recall", "recall_crosslingual", "f1", "bcubed_precision", "bcubed_recall", "bcubed_f1")) {
      assertThat(result.path(field).asDouble(-1)).as(field).isBetween(0.0, 1.0);
    }
    // the two bridge reports share most of their text: one story; the election stays apart
    assertThat(result.path("precision").asDouble()).isEqualTo(1.0);
    assertThat(result.path("recall").asDouble()).isEqualTo(1.0);
    assertThat(result.path("stories").asInt()).isEqualTo(2);
  }

  @Test
  void pairsScoresEveryPairAndTheBaseline(@TempDir Path dir) throws Exception {
    String a = "Lakeford to rebuild harbour bridge  " + String.join(" ", BODY);
    String b = "Harbour bridge in Lakeford will be rebuilt  " + String.join(" ", BODY.subList(1, 4));
    String c = "Tokyo election turnout falls  Turnout in the Tokyo governor election fell to a record low on Sunday, "
        + "officials said. Analysts blamed heavy rain and a dull campaign.";
    StringBuilder jsonl = new StringBuilder();
    jsonl.append(JSON.writeValueAsString(Map.of("pair_id", "1_2", "lang1", "en", "lang2", "en", "text1", a, "text2", b, "overall", 1.0)))
        .append('\n');
    jsonl.append(JSON.writeValueAsString(Map.of("pair_id", "1_3", "lang1", "en", "lang2", "en", "text1", a, "text2", c, "overall", 4.0)))
        .append('\n');
    jsonl.append(JSON.writeValueAsString(Map.of("pair_id", "2_3", "lang1", "en", "lang2", "en", "text1", b, "text2", c, "overall", 3.0)))
        .append('\n');
    Path file = dir.resolve("pairs.jsonl");
    Files.writeString(file, jsonl);

    Run run = eval("pairs", "--dataset", file.toString(), "--json");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode result = run.json();
    assertThat(result.path("pairs").asInt()).isEqualTo(3);
    assertThat(result.path("pearson").asDouble()).isPositive();
    assertThat(result.path("auc").asDouble()).isEqualTo(1.0);
    assertThat(result.path("by_pair").has("en-en")).isTrue();
    assertThat(result.path("peers").path("tfidf").path("auc").asDouble()).isEqualTo(1.0);
    Path weights = dir.resolve("weights.properties");
    Run trained = eval("--train", "--dataset", file.toString(), "--out", weights.toString());
    assertThat(trained.code()).as(trained.err()).isZero();
    assertThat(trained.out()).contains("shipped weights  pearson").contains("trained weights  pearson");
    assertThat(Files.readString(weights)).contains("version=trained-pairs.jsonl-3").contains("entity=");
    Run again = eval("--train", "--dataset", file.toString(), "--out", dir.resolve("again.properties").toString());
    assertThat(again.code()).isZero();
    assertThat(Files.readString(dir.resolve("again.properties"))).as("the same pairs give the same weights")
        .isEqualTo(Files.readString(weights));
    Run withWeights = eval("pairs", "--dataset", file.toString(), "--weights", weights.toString(), "--json");
    assertThat(withWeights.code()).as(withWeights.err()).isZero();
    Files.writeString(weights, "bias=oops\n");
    Run corrupt = eval("pairs", "--dataset", file.toString(), "--weights", weights.toString());
    assertThat(corrupt.code()).isNotZero();
    assertThat(corrupt.err()).contains("weights.properties").contains("'bias' is not a number").doesNotContain("\tat ");

    Files.writeString(file, "{\"pair_id\": \"x\", \"text1\": \"a\"}\n");
    Run broken = eval("pairs", "--dataset", file.toString());
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).contains("line 1 lacks text1, text2 or a numeric overall");
  }

  @Test
  void aFolderOfNoKnownFormatIsAClearErrorNotAStackTrace(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "nothing here");
    for (String which : List.of("extraction", "dates", "langid", "pairs", "clustering")) {
      Run run = eval(which, "--dataset", dir.toString(), "--json");
      assertThat(run.code()).as(which).isEqualTo(2);
      assertThat(run.err()).as(which).startsWith("storywire eval: not a").doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(run.out()).as(which).isEmpty();
    }
    Run missing = eval("dates", "--dataset", dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such dataset");
  }

  @Test
  void aBrokenIndexFileIsAClearError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ground-truth.json"), "{\"a\": {\"articleBody\": ");
    Run run = eval("extraction", "--dataset", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("cannot parse").contains("ground-truth.json");
  }

  record Run(int code, String out, String err) {
    JsonNode json() throws IOException {
      String[] lines = out.strip().split("\n");
      return JSON.readTree(lines[lines.length - 1]);
    }
  }

  static Run eval(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = StorywireCommand.commandLine(Map.of());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] all;
    if (args.length > 0 && args[0].equals("--train")) { // the train command, beside eval
      all = args.clone();
      all[0] = "train";
    } else {
      all = new String[args.length + 1];
      all[0] = "eval";
      System.arraycopy(args, 0, all, 1, args.length);
    }
    int code = commandLine.execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  private static byte[] articlePage() {
    return articleHtml("2024-03-12").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] undated() {
    return articleHtml(null).getBytes(StandardCharsets.UTF_8);
  }

  private static String articleHtml(@org.jspecify.annotations.Nullable String date) {
    StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Lakeford to rebuild harbour bridge | Lakeford News</title>");
    if (date != null) {
      html.append("<meta property=\"article:published_time\" content=\"").append(date).append("T09:30:00Z\">");
    }
    html.append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/city\">City</a> <a href=\"/sport\">Sport</a></nav>"
        + "<main><article><h1>Lakeford to rebuild harbour bridge</h1>");
    for (String p : BODY) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</article><aside><h2>Most read</h2><ul><li><a href=\"/a\">Storm warning for the coast</a></li>"
        + "<li><a href=\"/b\">School results out</a></li></ul></aside></main>"
        + "<footer><p>Subscribe to our newsletter</p><p>© Lakeford News</p></footer></body></html>");
    return html.toString();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
