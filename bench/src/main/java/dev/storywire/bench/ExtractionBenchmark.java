package dev.storywire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.storywire.app.eval.ExtractionEval;
import dev.storywire.app.eval.PageFiles;
import dev.storywire.app.eval.PassageMetric;
import dev.storywire.app.eval.ShingleMetric;
import dev.storywire.extract.PageExtractor;
import dev.storywire.extract.charset.Decoding;
import dev.storywire.extract.charset.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.jspecify.annotations.Nullable;

/**
 * Article extraction speed and quality, Storywire beside Readability4J and boilerpipe (the JVM
 * extractors people use), on the pages of the Zyte and trafilatura benchmarks, in one run.
 *
 * <p>Every system gets the same pages. Storywire starts from the page's bytes (its time includes
 * charset detection and decoding); the peers start from the text Storywire's decoder produced,
 * which is the more favourable side for them. Speed: pages per second with one worker per core
 * after warm-up passes, and CPU milliseconds per page. Quality: each benchmark's own metric.
 *
 * <p>Usage: {@code [DATASETS] [--warmup N] [--passes N]}. Every system gets the same warm-up
 * passes ({@link #WARMUP} by default) before its measured ones: the systems share one JVM and
 * run in turn, and the first one otherwise pays for compiling the code they share (jsoup, the
 * JDK's regex and collections) inside its measured passes.
 */
public final class ExtractionBenchmark {
  /** Measured passes after the warm-up passes. */
  static final int PASSES = 3;

  /**
   * Warm-up passes per system: compilation of the hot code is over after about three passes of
   * the pages (CPU per page of later passes stays level).
   */
  static final int WARMUP = 3;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionBenchmark() {}

  /** One benchmark page: its bytes, decoded text, URL, and what its metric needs. */
  record Page(String set, String id, byte[] bytes, String html, @Nullable String url, JsonNode gold) {}

  /** An extractor under test: page in, body text out. */
  interface Extractor {
    String name();

    String extract(Page page) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    BenchArgs options = new BenchArgs(args, List.of("warmup", "passes"));
    Path datasets = options.datasets;
    int warmup = options.integer("warmup", WARMUP);
    int passes = options.integer("passes", PASSES);
    List<Page> pages = new ArrayList<>();
    pages.addAll(zyte(datasets.resolve("zyte_article_extraction")));
    pages.addAll(trafilatura(datasets.resolve("trafilatura_eval")));
    if (pages.isEmpty()) {
      System.err.println("bench: no benchmark pages under " + datasets.toAbsolutePath());
      System.exit(2);
    }
    int threads = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MiB, %s %s, JVM flags %s; %d pages (%d Zyte, %d trafilatura);"
            + " %d warm-up and %d measured passes per system%n",
        threads, Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
        System.getProperty("java.version"), java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
        pages.size(), pages.stream().filter(p -> p.set().equals("zyte")).count(),
        pages.stream().filter(p -> p.set().equals("trafilatura")).count(), warmup, passes);
    PageExtractor storywire = new PageExtractor();
    Instant fetched = Instant.now(); // as `eval extraction`: the pages' capture times are unknown
    List<Extractor> systems = List.of(
        system("storywire", p -> ExtractionEval.body(storywire.extract(PageFiles.html(p.id(), p.bytes(), p.url(), fetched)))),
        system("readability4j", p -> {
          String text = new Readability4J(p.url() == null ? "https://example.invalid/" : p.url(), p.html()).parse().getTextContent();
          return text == null ? "" : text;
        }),
        system("boilerpipe", p -> ArticleExtractor.INSTANCE.getText(p.html())));
    System.out.printf(Locale.ROOT, "%-14s %10s %12s %9s %12s %9s %9s%n", "system", "pages/s", "CPU ms/page", "failures",
        "Zyte F1", "traf. F1", "passes");
    for (Extractor system : systems) {
      run(system, pages, threads, warmup, passes);
    }
  }

  private static void run(Extractor system, List<Page> pages, int threads, int warmup, int passes) throws Exception {
    AtomicInteger failures = new AtomicInteger();
    String[] outputs = new String[pages.size()];
    long cpuBefore = cpuNanos();
    double best = 0;
    for (int pass = 1 - warmup; pass <= passes; pass++) { // passes up to 0 warm up
      failures.set(0);
      long start = System.nanoTime();
      AtomicInteger next = new AtomicInteger();
      try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          workers.add(pool.submit(() -> {
            for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
              try {
                outputs[i] = system.extract(pages.get(i));
              } catch (Exception | StackOverflowError e) {
                outputs[i] = "";
                failures.incrementAndGet();
              }
            }
          }));
        }
        for (Future<?> w : workers) {
          w.get();
        }
      }
      double rate = pages.size() / ((System.nanoTime() - start) / 1e9);
      if (pass == 0) {
        cpuBefore = cpuNanos();
      } else if (pass > 0) {
        best = Math.max(best, rate);
      }
    }
    double cpuMsPerPage = (cpuNanos() - cpuBefore) / 1e6 / (pages.size() * (double) passes);
    ShingleMetric zyte = new ShingleMetric();
    PassageMetric passages = new PassageMetric();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      if (p.set().equals("zyte")) {
        zyte.add(p.gold().path("articleBody").asText(""), outputs[i]);
      } else {
        passages.add(p.gold(), outputs[i]);
      }
    }
    System.out.printf(Locale.ROOT, "%-14s %10.1f %12.2f %9d %12.4f %9.4f %9d%n", system.name(), best, cpuMsPerPage,
        failures.get(), zyte.pages() == 0 ? Double.NaN : zyte.f1(), passages.pages() == 0 ? Double.NaN : passages.f1(), passes);
  }

  /** CPU time of the whole process (all threads, including JIT and GC). */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private interface Extract {
    String apply(Page page) throws Exception;
  }

  private static Extractor system(String name, Extract extract) {
    return new Extractor() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String extract(Page page) throws Exception {
        return extract.apply(page);
      }
    };
  }

  static List<Page> zyte(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
      return List.of();
    }
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : JSON.readTree(dir.resolve("ground-truth.json").toFile()).properties()) {
      Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      if (Files.isRegularFile(file)) {
        pages.add(page("zyte", e.getKey(), gunzip(file), e.getValue().path("url").asText(null), e.getValue()));
      }
    }
    return pages;
  }

  static List<Page> trafilatura(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve("evaldata.json"))) {
      return List.of();
    }
    List<Page> pages = new ArrayList<>();
    Map<String, JsonNode> index = new LinkedHashMap<>();
    JSON.readTree(dir.resolve("evaldata.json").toFile()).properties().forEach(e -> index.put(e.getKey(), e.getValue()));
    for (Map.Entry<String, JsonNode> e : index.entrySet()) {
      Path file = dir.resolve("html").resolve(e.getValue().path("file").asText() + ".gz");
      if (Files.isRegularFile(file)) {
        pages.add(page("trafilatura", e.getValue().path("file").asText(), gunzip(file), e.getKey(), e.getValue()));
      }
    }
    return pages;
  }

  private static Page page(String set, String id, byte[] bytes, @Nullable String url, JsonNode gold) {
    String html = new TextDecoder().decode(bytes, null, true) instanceof Decoding.Decoded d ? d.text() : "";
    return new Page(set, id, bytes, html, url, gold);
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
