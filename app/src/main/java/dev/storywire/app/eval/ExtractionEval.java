package dev.storywire.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.extract.PageExtractor;
import dev.storywire.model.Extraction;
import dev.storywire.model.Paragraph;
import dev.storywire.model.RejectReason;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code storywire eval extraction}: the article body Storywire extracts from each page of a
 * benchmark, scored with the benchmark's own metric; and, where the dataset ships the outputs of
 * other tools ({@code reference_outputs/<tool>.json}), each of them scored the same way on the same
 * pages in the same run.
 *
 * <p>Two formats: the Zyte article-extraction benchmark ({@code ground-truth.json}, 4-token
 * shingle F1, {@link ShingleMetric}) and trafilatura's evaluation set ({@code evaldata.json},
 * must-keep / must-drop passages, {@link PassageMetric}).
 */
public final class ExtractionEval {
  /** Failed pages listed by name on the log; the rest are only counted. */
  static final int LISTED_FAILURES = 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param passes passes over the pages; scores come from the last, the time per page too (the
   *     first pass includes class loading and JIT compilation)
   * @param peers whether to score the reference outputs found beside the dataset
   * @param limit at most this many pages (in the dataset's order); 0 for all
   * @param misses where to write what each page got wrong (see {@link Misses}); null for nowhere
   */
  public record Options(int passes, boolean peers, int limit, @Nullable Path misses) {
    public static final Options DEFAULT = new Options(1, true, 0);

    public Options(int passes, boolean peers, int limit) {
      this(passes, peers, limit, null);
    }
  }

  private final PageExtractor extractor = new PageExtractor();
  private final PrintWriter log;

  public ExtractionEval(PrintWriter log) {
    this.log = log;
  }

  /** @throws IOException when the dataset has neither known index file or it cannot be parsed */
  public EvalResult run(Path dataset, Options options) throws IOException {
    if (Files.isRegularFile(dataset.resolve("ground-truth.json"))) {
      return zyte(dataset, options);
    }
    if (Files.isRegularFile(dataset.resolve("evaldata.json"))) {
      return trafilatura(dataset, options);
    }
    throw new IOException("not an extraction benchmark: " + dataset
        + " holds neither ground-truth.json (Zyte format) nor evaldata.json (trafilatura format)");
  }

  private EvalResult zyte(Path dataset, Options options) throws IOException {
    List<Map.Entry<String, JsonNode>> pages = limit(readIndex(dataset.resolve("ground-truth.json")), options.limit());
    Outputs outputs = extractAll(pages, options, e -> dataset.resolve("html").resolve(e.getKey() + ".html.gz"),
        e -> e.getValue().path("url").asText(null));
    ShingleMetric ours = new ShingleMetric();
    ShingleMetric[] halves = {new ShingleMetric(), new ShingleMetric()};
    Misses misses = new Misses();
    for (int i = 0; i < pages.size(); i++) {
      String gold = pages.get(i).getValue().path("articleBody").asText("");
      ours.add(gold, outputs.texts().get(i));
      halves[Misses.half(pages.get(i).getKey())].add(gold, outputs.texts().get(i));
      misses.shingles(pages.get(i).getKey(), gold, outputs.texts().get(i));
    }
    misses.write(options.misses());
    EvalResult result = shingleResult(ours).dataset(dataset.getFileName().toString())
        .msPerItem(outputs.msPerPage()).failures(outputs.failures())
        .extra("half_a_f1", halves[0].f1()).extra("half_b_f1", halves[1].f1());
    if (options.peers()) {
      for (Path file : referenceOutputs(dataset)) {
        result.peer(toolName(file), zytePeer(file, pages));
      }
    }
    return result;
  }

  private EvalResult zytePeer(Path file, List<Map.Entry<String, JsonNode>> pages) throws IOException {
    JsonNode out = JSON.readTree(file.toFile());
    ShingleMetric metric = new ShingleMetric();
    int missing = 0;
    for (Map.Entry<String, JsonNode> page : pages) {
      JsonNode output = out.path(page.getKey());
      missing += output.isMissingNode() ? 1 : 0;
      metric.add(page.getValue().path("articleBody").asText(""), output.path("articleBody").asText(""));
    }
    return shingleResult(metric).failures(missing);
  }

  private static EvalResult shingleResult(ShingleMetric metric) {
    return new EvalResult().items(metric.pages()).precision(metric.precision()).recall(metric.recall()).f1(metric.f1());
  }

  private EvalResult trafilatura(Path dataset, Options options) throws IOException {
    List<Map.Entry<String, JsonNode>> pages = limit(readIndex(dataset.resolve("evaldata.json")), options.limit());
    Outputs outputs = extractAll(pages, options, e -> dataset.resolve("html").resolve(e.getValue().path("file").asText() + ".gz"),
        Map.Entry::getKey);
    PassageMetric metric = new PassageMetric();
    PassageMetric[] halves = {new PassageMetric(), new PassageMetric()};
    Misses misses = new Misses();
    for (int i = 0; i < pages.size(); i++) {
      JsonNode page = pages.get(i).getValue();
      metric.add(page, outputs.texts().get(i));
      String file = page.path("file").asText();
      halves[Misses.half(file)].add(page, outputs.texts().get(i));
      misses.passages(file, page, outputs.texts().get(i));
    }
    misses.write(options.misses());
    return new EvalResult().dataset(dataset.getFileName().toString()).items(metric.pages())
        .precision(metric.precision()).recall(metric.recall()).f1(metric.f1()).accuracy(metric.accuracy())
        .msPerItem(outputs.msPerPage()).failures(outputs.failures())
        .extra("half_a_f1", halves[0].f1()).extra("half_b_f1", halves[1].f1());
  }

  /** What Storywire extracted from each page (empty for a failed page), and the cost. */
  private record Outputs(List<String> texts, int failures, double msPerPage) {}

  private Outputs extractAll(List<Map.Entry<String, JsonNode>> pages, Options options,
      java.util.function.Function<Map.Entry<String, JsonNode>, Path> file,
      java.util.function.Function<Map.Entry<String, JsonNode>, String> url) {
    List<byte[]> bytes = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Map.Entry<String, JsonNode> page : pages) {
      try {
        bytes.add(PageFiles.read(file.apply(page)));
        unreadable.add(null);
      } catch (IOException e) {
        bytes.add(null);
        unreadable.add(e.getMessage());
      }
    }
    Instant firstSeen = Instant.now();
    List<String> texts = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    long nanos = 0;
    for (int pass = 0; pass < Math.max(1, options.passes()); pass++) {
      texts.clear();
      failed.clear();
      nanos = 0;
      for (int i = 0; i < pages.size(); i++) {
        if (bytes.get(i) == null) {
          texts.add("");
          failed.add(pages.get(i).getKey() + ": " + unreadable.get(i));
          continue;
        }
        long start = System.nanoTime();
        Extraction x = extractor.extract(PageFiles.html(pages.get(i).getKey(), bytes.get(i), url.apply(pages.get(i)), firstSeen));
        nanos += System.nanoTime() - start;
        texts.add(body(x));
        if (x instanceof Extraction.Rejected r && r.reason() != RejectReason.NO_CONTENT) {
          failed.add(pages.get(i).getKey() + ": " + r.reason().wireName() + ": " + r.detail());
        }
      }
    }
    failed.stream().limit(LISTED_FAILURES).forEach(f -> log.println("failed page " + f));
    if (failed.size() > LISTED_FAILURES) {
      log.println("… and " + (failed.size() - LISTED_FAILURES) + " more failed pages");
    }
    long extracted = bytes.stream().filter(java.util.Objects::nonNull).count();
    return new Outputs(List.copyOf(texts), failed.size(), extracted == 0 ? 0 : nanos / 1e6 / extracted);
  }

  /** The article body as the benchmarks compare it: the body paragraphs, one per line, no title. */
  public static String body(Extraction x) {
    return x instanceof Extraction.Page p
        ? p.page().paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"))
        : "";
  }

  private static List<Map.Entry<String, JsonNode>> readIndex(Path file) throws IOException {
    JsonNode index;
    try {
      index = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
    }
    if (index == null || !index.isObject()) {
      throw new IOException(file + " is not a JSON object of pages");
    }
    return List.copyOf(index.properties());
  }

  private static <T> List<T> limit(List<T> all, int limit) {
    return limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
  }

  private static List<Path> referenceOutputs(Path dataset) throws IOException {
    Path dir = dataset.resolve("reference_outputs");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  private static String toolName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }
}
