package dev.storywire.bench;

import dev.storywire.cluster.ClusterConfig;
import dev.storywire.cluster.PreparedItem;
import dev.storywire.cluster.StreamingClusterer;
import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clustering stage alone on a long realistic stream ({@link ScaleStream}): cost per item as
 * the archive grows to {@code --items} (default 1M), the stage's rate, and the heap the clusterer
 * holds at the end.
 *
 * <p>The stage runs as the app's pipeline runs it: {@link StreamingClusterer#prepare} (the
 * item-only part and the lookups of its counts) on {@code --prepare-threads} other threads (default
 * 1, so the stage uses 2 cores), ahead and in order, and {@link StreamingClusterer#add(PreparedItem)}
 * on the thread that owns the clusterer. With {@code --prepare-threads 0} everything runs on that
 * one thread ({@link StreamingClusterer#add(Item)}). Items are generated in batches of {@code
 * --batch} outside the measurement. Each {@code add} is timed with {@link System#nanoTime()}
 * (wall), each batch with the owning thread's and the preparing threads' CPU time, and the stage's
 * wall time per batch from its first prepare to its last add. A first stream of {@code --warmup}
 * items (another seed) through a clusterer that is then dropped lets the JIT compile the code
 * before the measured stream starts. Every {@value #BLOCK} items a line gives the block's mean, p50
 * and p99 wall time per add, its CPU time per item on the owning thread and the sizes of the live
 * state. Heap: used heap after {@link System#gc()} with the clusterer held, and again after it is
 * dropped; the difference is what the clusterer holds. A SHA-256 of every membership in order shows
 * that speed work changed no decision.
 *
 * <p>Usage: {@code bench/run clustering [DATASETS] [--items N] [--per-day N] [--warmup N]
 * [--seed N] [--specific N] [--batch N] [--prepare-threads N]}.
 */
public final class ClusteringScaleBenchmark {

  static final int BLOCK = 10_000;

  private ClusteringScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs flags = new BenchArgs(args, List.of("items", "per-day", "warmup", "seed", "specific", "batch", "prepare-threads"));
    int items = flags.integer("items", 1_000_000);
    int perDay = flags.integer("per-day", 3_000);
    int warmup = flags.integer("warmup", 30_000);
    long seed = flags.integer("seed", 20261201);
    int specific = flags.integer("specific", 100);
    int batch = flags.integer("batch", 1_000);
    int prepareThreads = flags.integer("prepare-threads", 1);
    BenchArgs.printMachine();
    System.out.printf("stream: %,d items, %,d per simulated day, seed %d, story-specific = in at most %d templates%n",
        items, perDay, seed, specific);

    long t0 = System.nanoTime();
    ScaleStream.Corpus corpus = ScaleStream.load(flags.datasets, specific, seed);
    System.out.printf("base: %,d reports read, %,d analysed in %d versions each, %,d templates, %.1f s%n",
        corpus.reports(), corpus.analysed(), ScaleStream.VARIANTS, corpus.templates().size(),
        (System.nanoTime() - t0) / 1e9);
    System.out.println("base reports by language: " + corpus.reportsByLanguage());
    Map<Object, Integer> pools = new java.util.TreeMap<>();
    corpus.anchorPool().forEach((k, v) -> pools.put(k + ":", v.size()));
    corpus.termPool().forEach((k, v) -> pools.put(k, v.size()));
    System.out.println("replacement pools (anchor kinds, term languages): " + pools);

    t0 = System.nanoTime();
    StreamingClusterer warm = new StreamingClusterer(ClusterConfig.DEFAULT);
    ScaleStream warmStream = new ScaleStream(corpus, warmup, perDay, seed + 1);
    while (warmStream.hasNext()) {
      warm.add(warmStream.next());
    }
    System.out.printf("warm-up: %,d items (seed %d) in %.1f s, discarded%n", warmup, seed + 1,
        (System.nanoTime() - t0) / 1e9);
    warm = null;
    gc();

    Result result = measure(corpus, items, perDay, seed, batch, prepareThreads);
    result.print(items);
  }

  /** Figures of one block of {@link #BLOCK} items. */
  record Block(int end, double meanUs, double p50Us, double p99Us, double cpuUs, StreamingClusterer.Stats stats) {}

  private static final class Result {
    final List<Block> blocks = new ArrayList<>();
    long wallNs;
    long cpuNs;
    long founded;
    long copies;
    long intoOtherInstance;
    long intoSameTemplate;
    long splitFromInstance;
    long instances;
    long heapWith;
    long heapWithout;
    StreamingClusterer.Stats finalStats;
    long gcMs;
    long gcCount;
    /** Wall time of the stage (each batch from its first prepare or add to its last add). */
    long stageWallNs;
    long prepareCpuNs;
    int prepareThreads;
    /** A hash of every decision in order (membership records as text), to show that speed work changed none. */
    final java.security.MessageDigest decisions = sha256();

    void print(int items) {
      System.out.println();
      System.out.println("| items in archive | wall µs/item mean | p50 | p99 | CPU µs/item | live stories | anchor keys | term keys | frequency keys | originals |");
      System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (Block b : blocks) {
        if (b.end() <= 100_000 || b.end() % 100_000 == 0 || b.end() == items) {
          System.out.printf("| %,d | %.1f | %.1f | %.1f | %.1f | %,d | %,d | %,d | %,d | %,d |%n", b.end(), b.meanUs(),
              b.p50Us(), b.p99Us(), b.cpuUs(), b.stats().liveStories(), b.stats().anchorKeys(), b.stats().termKeys(),
              b.stats().frequencyKeys(), b.stats().originals());
        }
      }
      System.out.println();
      Block first = blocks.getFirst();
      Block last = blocks.getLast();
      System.out.printf("per item, first block (archive <= %,d): wall %.1f µs, CPU %.1f µs%n", first.end(),
          first.meanUs(), first.cpuUs());
      atSize(100_000);
      System.out.printf("per item, last block (archive <= %,d): wall %.1f µs, CPU %.1f µs; ratio to the first block: "
          + "wall %.2f, CPU %.2f%n", last.end(), last.meanUs(), last.cpuUs(), last.meanUs() / first.meanUs(),
          last.cpuUs() / first.cpuUs());
      System.out.printf("clustering thread, whole stream: %,d items in %.1f s wall (%.0f items/s), %.1f s CPU "
          + "(%.0f items/s)%n", items, wallNs / 1e9, items / (wallNs / 1e9), cpuNs / 1e9, items / (cpuNs / 1e9));
      if (prepareThreads > 0) {
        System.out.printf("clustering stage on %d threads (prepare on %d, add on 1): %,d items in %.1f s wall (%.0f items/s); "
            + "CPU per item: %.1f µs adding, %.1f µs preparing%n", prepareThreads + 1, prepareThreads, items,
            stageWallNs / 1e9, items / (stageWallNs / 1e9), cpuNs / 1e3 / items, prepareCpuNs / 1e3 / items);
      } else {
        System.out.printf("clustering stage on 1 thread (prepare and add): %,d items in %.1f s wall (%.0f items/s)%n",
            items, stageWallNs / 1e9, items / (stageWallNs / 1e9));
      }
      System.out.printf("decisions: %,d stories founded, %,d copies, %,d story instances generated; %,d items joined a "
          + "story founded by another instance (%,d of them another instance of the same template), %,d items outside the story their instance's first report went to%n",
          founded, copies, instances, intoOtherInstance, intoSameTemplate, splitFromInstance);
      System.out.printf("heap after System.gc(): %,d MiB with the clusterer, %,d MiB without; the clusterer holds "
          + "%,d MiB (%s)%n", heapWith >> 20, heapWithout >> 20, (heapWith - heapWithout) >> 20, finalStats);
      System.out.printf("GC during the measured stream: %,d collections, %,d ms%n", gcCount, gcMs);
      System.out.printf("decisions digest (SHA-256 of every membership in order): %s%n",
          java.util.HexFormat.of().formatHex(decisions.digest()));
    }

    private void atSize(int size) {
      blocks.stream().filter(b -> b.end() == size).findFirst().ifPresent(b ->
          System.out.printf("per item, block ending at %,d: wall %.1f µs, CPU %.1f µs%n", size, b.meanUs(), b.cpuUs()));
    }
  }

  private static java.security.MessageDigest sha256() {
    try {
      return java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static Result measure(ScaleStream.Corpus corpus, int items, int perDay, long seed, int batch,
      int prepareThreads) throws InterruptedException, java.util.concurrent.ExecutionException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // With preparing threads, the stage runs as the app's pipeline does: StreamingClusterer.prepare
    // on other threads, ahead, in order; add(PreparedItem) on this one.
    List<Long> preparerIds = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.ExecutorService preparers = prepareThreads == 0 ? null
        : java.util.concurrent.Executors.newFixedThreadPool(prepareThreads, task -> {
          Thread thread = new Thread(task, "prepare");
          thread.setDaemon(true);
          preparerIds.add(thread.threadId());
          return thread;
        });
    @SuppressWarnings("unchecked")
    java.util.concurrent.Future<PreparedItem>[] prepared = new java.util.concurrent.Future[batch];
    long[] gcBefore = gcTotals();
    Result result = new Result();
    StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);
    ScaleStream stream = new ScaleStream(corpus, items, perDay, seed);
    Map<Long, String> storyOfInstance = new HashMap<>();
    Map<String, Long> instanceOfStory = new HashMap<>();
    Map<String, Integer> templateOfStory = new HashMap<>();
    long[] latencies = new long[BLOCK];
    int inBlock = 0;
    long blockCpu = 0;
    Item[] pending = new Item[batch];
    long[] instanceOf = new long[batch];
    int[] templateOf = new int[batch];
    Membership[] decided = new Membership[batch];
    int done = 0;
    while (done < items) {
      int n = Math.min(batch, Math.min(items - done, BLOCK - inBlock));
      for (int i = 0; i < n; i++) {
        pending[i] = stream.next();
        instanceOf[i] = stream.lastInstance();
        templateOf[i] = stream.lastTemplate();
      }
      long prepareCpu0 = cpuOf(threads, preparerIds);
      long stage0 = System.nanoTime();
      long cpu0 = threads.getCurrentThreadCpuTime();
      if (preparers == null) {
        for (int i = 0; i < n; i++) {
          long start = System.nanoTime();
          decided[i] = clusterer.add(pending[i]);
          latencies[inBlock + i] = System.nanoTime() - start;
        }
      } else {
        StreamingClusterer owner = clusterer;
        for (int i = 0; i < n; i++) {
          Item item = pending[i];
          prepared[i] = preparers.submit(() -> owner.prepare(item));
        }
        for (int i = 0; i < n; i++) {
          PreparedItem ready = prepared[i].get();
          long start = System.nanoTime();
          decided[i] = clusterer.add(ready);
          latencies[inBlock + i] = System.nanoTime() - start;
          prepared[i] = null;
        }
      }
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      result.stageWallNs += System.nanoTime() - stage0;
      result.prepareCpuNs += cpuOf(threads, preparerIds) - prepareCpu0;
      blockCpu += cpu;
      result.cpuNs += cpu;
      for (int i = 0; i < n; i++) {
        Membership m = decided[i];
        result.wallNs += latencies[inBlock + i];
        result.decisions.update(m.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (m.founded()) {
          result.founded++;
          instanceOfStory.put(m.storyId(), instanceOf[i]);
          templateOfStory.put(m.storyId(), templateOf[i]);
        } else if (m.duplicateOf() != null) {
          result.copies++;
        }
        Long founder = instanceOfStory.get(m.storyId());
        if (founder != null && founder != instanceOf[i]) {
          result.intoOtherInstance++;
          if (templateOfStory.get(m.storyId()) == templateOf[i]) {
            result.intoSameTemplate++;
          }
        }
        String first = storyOfInstance.putIfAbsent(instanceOf[i], m.storyId());
        if (first != null && !first.equals(m.storyId())) {
          result.splitFromInstance++;
        }
        pending[i] = null;
        decided[i] = null;
      }
      inBlock += n;
      done += n;
      if (inBlock == BLOCK || done == items) {
        long[] sorted = Arrays.copyOf(latencies, inBlock);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e3;
        Block block = new Block(done, mean, BenchArgs.percentile(sorted, 50) / 1e3,
            BenchArgs.percentile(sorted, 99) / 1e3, blockCpu / 1e3 / inBlock, clusterer.stats());
        result.blocks.add(block);
        if (done % 100_000 == 0 || done <= 100_000) {
          System.out.printf("  %,d items: block wall %.1f µs/item (p50 %.1f, p99 %.1f), CPU %.1f µs/item, %s%n", done,
              block.meanUs(), block.p50Us(), block.p99Us(), block.cpuUs(), block.stats());
        }
        inBlock = 0;
        blockCpu = 0;
      }
    }
    if (preparers != null) {
      preparers.shutdown();
    }
    result.prepareThreads = prepareThreads;
    long[] gcAfter = gcTotals();
    result.gcCount = gcAfter[0] - gcBefore[0];
    result.gcMs = gcAfter[1] - gcBefore[1];
    result.instances = stream.instancesStarted();
    result.finalStats = clusterer.stats();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    gc();
    result.heapWith = memory.getHeapMemoryUsage().getUsed();
    // Keep the clusterer reachable until the first measurement is taken.
    if (clusterer.storyCount() < 0) {
      throw new AssertionError();
    }
    clusterer = null;
    gc();
    result.heapWithout = memory.getHeapMemoryUsage().getUsed();
    return result;
  }

  /** The CPU time of the given threads so far (the preparing threads; none without them). */
  private static long cpuOf(ThreadMXBean threads, List<Long> ids) {
    long total = 0;
    synchronized (ids) {
      for (long id : ids) {
        total += Math.max(0, threads.getThreadCpuTime(id));
      }
    }
    return total;
  }

  private static long[] gcTotals() {
    long count = 0;
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      ms += Math.max(0, gc.getCollectionTime());
    }
    return new long[] {count, ms};
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
