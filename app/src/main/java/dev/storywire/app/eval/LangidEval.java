package dev.storywire.app.eval;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.storywire.analysis.LanguageIdentifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code storywire eval langid}: accuracy of language identification on Lingua's test data
 * ({@code language-testdata/<type>/<iso639-1>.txt}, one sample a line, for the sample types
 * sentences, word pairs and single words), per language and type, with the means; the load time
 * of the detector and the heap it holds (after loading or after the run, whichever is more, so
 * that lazily loaded models count); and the same figures for plain Lingua (high accuracy, all languages
 * preloaded), measured in the same run.
 *
 * <p>A sample counts as right only when the detector names its language: "unknown" is wrong, as
 * in Lingua's own accuracy reports. The mean of a type is over languages; the overall accuracy is
 * the mean of the three types' means.
 */
public final class LangidEval {
  /** The sample types, as the dataset's folders are named. */
  public static final List<String> TYPES = List.of("sentences", "word-pairs", "single-words");

  /** Heap below which plain Lingua with all languages (about 1.4 GB once loaded) is not attempted. */
  static final long MIN_HEAP_FOR_LINGUA = 2_500L << 20;

  /** Texts in several scripts, identified once to load every model the identifier loads lazily. */
  private static final List<String> WARM_UP = List.of(
      "The government said on Monday that taxes would not rise this year.",
      "Правительство заявило в понедельник, что налоги не вырастут.",
      "قالت الحكومة يوم الاثنين إن الضرائب لن ترتفع", "政府周一表示今年不会加税", "Η κυβέρνηση δήλωσε τη Δευτέρα");

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /**
   * @param languages the languages to test (ISO 639-1); empty for every file of the dataset
   * @param limit at most this many samples per file; 0 for all
   * @param peers whether to measure plain Lingua too
   */
  public record Options(Set<String> languages, int limit, boolean peers) {
    public static final Options DEFAULT = new Options(Set.of(), 0, true);
  }

  private final PrintWriter log;

  public LangidEval(PrintWriter log) {
    this.log = log;
  }

  public EvalResult run(Path dataset, Options options) throws IOException {
    Path data = Files.isDirectory(dataset.resolve("language-testdata")) ? dataset.resolve("language-testdata") : dataset;
    Map<String, Map<String, List<String>>> samples = readSamples(data, options); // type → language → samples
    if (samples.values().stream().allMatch(Map::isEmpty)) {
      throw new IOException("not a language-identification benchmark: " + dataset
          + " has no language-testdata/{sentences,word-pairs,single-words}/<iso639-1>.txt");
    }
    Measured ours = measure(samples, () -> {
      LanguageIdentifier identifier = LanguageIdentifier.create();
      WARM_UP.forEach(identifier::identify);
      return identifier::identify;
    });
    EvalResult result = ours.result().dataset(dataset.getFileName().toString());
    print("storywire", ours);
    if (options.peers()) {
      if (Runtime.getRuntime().maxMemory() < MIN_HEAP_FOR_LINGUA) {
        log.printf(Locale.ROOT, "peer lingua skipped: it needs about %d MiB of heap, this JVM has %d MiB (set STORYWIRE_JAVA_OPTS=-Xmx3g)%n",
            MIN_HEAP_FOR_LINGUA >> 20, Runtime.getRuntime().maxMemory() >> 20);
      } else {
        Measured lingua = measure(samples, () -> {
          LanguageDetector detector = LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels().build();
          return text -> code(detector.detectLanguageOf(text));
        });
        print("lingua", lingua);
        result.peer("lingua", lingua.result());
      }
    }
    return result;
  }

  private static @Nullable String code(Language language) {
    return language == Language.UNKNOWN ? null : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  /** A detector's figures: the result, and accuracy per type and language for the table. */
  private record Measured(EvalResult result, Map<String, Map<String, Double>> byTypeAndLanguage) {}

  private interface DetectorFactory {
    Function<String, @Nullable String> load();
  }

  private Measured measure(Map<String, Map<String, List<String>>> samples, DetectorFactory factory) throws IOException {
    long heapBefore = usedHeapAfterGc();
    long start = System.nanoTime();
    Function<String, @Nullable String> detector = factory.load();
    long loadNanos = System.nanoTime() - start;
    long heap = usedHeapAfterGc() - heapBefore;
    Map<String, Map<String, Double>> accuracy = new LinkedHashMap<>();
    long cpuNanos = 0;
    int items = 0;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (String type : TYPES) {
        Map<String, Future<long[]>> tasks = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : samples.get(type).entrySet()) {
          tasks.put(e.getKey(), pool.submit(() -> score(detector, e.getKey(), e.getValue())));
        }
        Map<String, Double> perLanguage = new TreeMap<>();
        for (Map.Entry<String, Future<long[]>> t : tasks.entrySet()) {
          long[] r = t.getValue().get(); // right, samples, CPU nanoseconds
          perLanguage.put(t.getKey(), r[1] == 0 ? 0 : (double) r[0] / r[1]);
          items += (int) r[1];
          cpuNanos += r[2];
        }
        accuracy.put(type, perLanguage);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("the detector failed: " + e.getCause(), e.getCause());
    }
    // Models a detector loads lazily, while it works, count too: the heap it holds after the run.
    heap = Math.max(heap, usedHeapAfterGc() - heapBefore);
    java.lang.ref.Reference.reachabilityFence(detector);
    Map<String, Double> byType = new LinkedHashMap<>();
    accuracy.forEach((type, perLanguage) -> byType.put(type, round(mean(perLanguage.values()))));
    EvalResult result = new EvalResult().items(items)
        .accuracy(mean(byType.values()))
        .msPerItem(items == 0 ? 0 : cpuNanos / 1e6 / items)
        .failures(0)
        .extra("by_type", byType)
        .extra("heap_mb", Math.max(0, Math.round(heap / 1048576.0)))
        .extra("load_ms", Math.round(loadNanos / 1e6));
    return new Measured(result, accuracy);
  }

  private static long[] score(Function<String, @Nullable String> detector, String language, List<String> lines) {
    long cpu = CPU.getCurrentThreadCpuTime();
    long right = 0;
    for (String line : lines) {
      right += language.equals(detector.apply(line)) ? 1 : 0;
    }
    return new long[] {right, lines.size(), CPU.getCurrentThreadCpuTime() - cpu};
  }

  private void print(String name, Measured m) {
    log.printf(Locale.ROOT, "%s: load %d ms, heap %d MiB, %.3f ms CPU per sample%n", name,
        (Long) m.result().extra("load_ms"), (Long) m.result().extra("heap_mb"), m.result().msPerItem());
    for (Map.Entry<String, Map<String, Double>> type : m.byTypeAndLanguage().entrySet()) {
      String row = type.getValue().entrySet().stream()
          .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()))
          .collect(Collectors.joining(", "));
      log.printf(Locale.ROOT, "%s %s: mean %.4f; %s%n", name, type.getKey(), mean(type.getValue().values()), row);
    }
  }

  private static Map<String, Map<String, List<String>>> readSamples(Path data, Options options) throws IOException {
    Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
    for (String type : TYPES) {
      Map<String, List<String>> byLanguage = new TreeMap<>();
      Path dir = data.resolve(type);
      if (Files.isDirectory(dir)) {
        try (var files = Files.list(dir)) {
          for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
            String language = file.getFileName().toString().replace(".txt", "");
            if (!options.languages().isEmpty() && !options.languages().contains(language)) {
              continue;
            }
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.removeIf(String::isBlank);
            byLanguage.put(language, options.limit() > 0 && lines.size() > options.limit() ? lines.subList(0, options.limit()) : lines);
          }
        }
      }
      out.put(type, byLanguage);
    }
    return out;
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static double mean(java.util.Collection<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }

  /** @return the codes of a comma-separated list, or none for null or blank */
  public static List<String> parseLanguages(@Nullable String list) {
    return list == null || list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
