package dev.storywire.bench;

import dev.storywire.app.eval.PageFiles;
import dev.storywire.extract.PageExtractor;
import dev.storywire.model.Extraction;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Storywire's extraction on one thread, without the JIT and GC threads that the process CPU of
 * {@link ExtractionBenchmark} includes: the extraction thread's own CPU time and the bytes it
 * allocates, per page, for each pass over the Zyte and trafilatura pages. A change that only
 * makes extraction cheaper shows here first, where the neighbours' load and the collector's
 * work blur it least.
 *
 * <p>Usage: {@code [DATASETS] [--warmup N] [--passes N]} (defaults 3 and 5).
 */
public final class ExtractionThreadBenchmark {
  private ExtractionThreadBenchmark() {}

  /** CPU time of the whole process: the extraction thread's, the collector's and the compiler's. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    BenchArgs options = new BenchArgs(args, List.of("warmup", "passes"));
    Path datasets = options.datasets;
    int warmup = options.integer("warmup", 3);
    int passes = options.integer("passes", 5);
    List<ExtractionBenchmark.Page> pages = new ArrayList<>();
    pages.addAll(ExtractionBenchmark.zyte(datasets.resolve("zyte_article_extraction")));
    pages.addAll(ExtractionBenchmark.trafilatura(datasets.resolve("trafilatura_eval")));
    if (pages.isEmpty()) {
      System.err.println("bench: no benchmark pages under " + datasets.toAbsolutePath());
      System.exit(2);
    }
    BenchArgs.printMachine();
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().threadId();
    PageExtractor extractor = new PageExtractor();
    Instant fetched = Instant.now();
    System.out.printf(Locale.ROOT, "%d pages, one thread, %d warm-up passes%n", pages.size(), warmup);
    System.out.printf(Locale.ROOT, "%-6s %14s %14s %18s%n", "pass", "CPU ms/page", "KB alloc/page", "process CPU ms/page");
    double[] cpu = new double[passes];
    for (int pass = 1 - warmup; pass <= passes; pass++) {
      long cpuBefore = threads.getCurrentThreadCpuTime();
      long processBefore = processCpuNanos();
      long allocBefore = threads.getThreadAllocatedBytes(id);
      int paragraphs = 0;
      for (ExtractionBenchmark.Page p : pages) {
        if (extractor.extract(PageFiles.html(p.id(), p.bytes(), p.url(), fetched)) instanceof Extraction.Page page) {
          paragraphs += page.page().paragraphs().size(); // used, so the work cannot be optimised away
        }
      }
      double ms = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / pages.size();
      double kb = (threads.getThreadAllocatedBytes(id) - allocBefore) / 1024.0 / pages.size();
      double processMs = (processCpuNanos() - processBefore) / 1e6 / pages.size();
      if (pass > 0) {
        cpu[pass - 1] = ms;
      }
      System.out.printf(Locale.ROOT, "%-6s %14.2f %14.0f %18.2f   (%d paragraphs)%n", pass <= 0 ? "warm" : Integer.toString(pass), ms, kb,
          processMs, paragraphs);
    }
    double[] sorted = cpu.clone();
    java.util.Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "thread CPU ms/page: best %.2f, median %.2f%n", sorted[0], sorted[sorted.length / 2]);
  }
}
