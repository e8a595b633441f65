package dev.storywire.bench;

import dev.storywire.app.Config;
import dev.storywire.app.FileTrees;
import dev.storywire.app.InputOutcome;
import dev.storywire.app.Storywire;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * End-to-end ingest: the HTML pages of the extraction and date benchmarks through the real
 * {@code ingest} path (archive with fsync, gzip, extract, analyze, cluster, index, commit), in a
 * fresh data directory. Reports pages per second, the time split, and the peak heap.
 *
 * <p>Two passes in one JVM: the first is cold (class loading, JIT, language model loading), the
 * second, into another fresh directory, shows the steady rate.
 */
public final class IngestBenchmark {
  /** The dataset folders whose {@code html/} pages are used, as named in ../shared/datasets. */
  static final List<String> PAGE_SETS = List.of("zyte_article_extraction", "trafilatura_eval", "htmldate_eval");

  private IngestBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path datasets = Path.of(args.length > 0 ? args[0] : System.getProperty("storywire.datasets", "../shared/datasets"));
    List<Path> folders = PAGE_SETS.stream().map(s -> datasets.resolve(s).resolve("html")).filter(Files::isDirectory).toList();
    if (folders.isEmpty()) {
      System.err.println("bench: no page folders under " + datasets.toAbsolutePath() + "; nothing to measure");
      System.exit(2);
    }
    System.out.printf("machine: %d cores, max heap %d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
    for (String pass : List.of("cold", "warm")) {
      run(pass, folders);
    }
  }

  private static void run(String pass, List<Path> folders) throws IOException {
    Path data = Files.createTempDirectory("storywire-bench-");
    try {
      System.gc();
      resetPeaks();
      long gcBefore = gcMillis();
      long start = System.nanoTime();
      List<InputOutcome> outcomes;
      int items;
      int stories;
      try (Storywire storywire = Storywire.open(Config.load(data, Map.of(), Map.of()))) {
        long opened = System.nanoTime();
        outcomes = storywire.ingest(folders);
        items = storywire.index().itemCount();
        stories = storywire.index().storyCount();
        System.out.printf("%s: open %.0f ms%n", pass, (opened - start) / 1e6);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long processed = outcomes.stream().filter(o -> o.status() == InputOutcome.Status.NEW
          || o.status() == InputOutcome.Status.REJECTED).count();
      long duplicates = outcomes.stream().filter(o -> o.status() == InputOutcome.Status.DUPLICATE).count();
      long rejected = outcomes.stream().filter(o -> o.status() == InputOutcome.Status.REJECTED).count();
      System.out.printf("%s: %d pages (%d rejected, %d duplicate files skipped) in %.1f s = %.1f pages/s; "
          + "%d items, %d stories; peak heap %d MiB; GC %d ms%n", pass, processed, rejected, duplicates, seconds,
          processed / seconds, items, stories, peakHeap() >> 20, gcMillis() - gcBefore);
    } finally {
      FileTrees.delete(data);
    }
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

}
