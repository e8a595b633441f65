package dev.storywire.bench;

import dev.storywire.app.Config;
import dev.storywire.app.FileTrees;
import dev.storywire.app.InputOutcome;
import dev.storywire.app.Storywire;
import dev.storywire.ingest.warc.WarcRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * WARC ingest beside plain ingest of the same pages: the HTML pages of the Zyte and htmldate
 * benchmark folders, once as files and once wrapped as response records of one reproducible
 * {@code .warc.gz} (fixed capture date, pages in path order, byte-identical pages once), each
 * through the real {@code ingest} into a fresh data directory. Two rounds in one JVM: cold, then warm.
 */
public final class WarcBenchmark {
  static final List<String> PAGE_SETS = List.of("zyte_article_extraction", "htmldate_eval");
  /** The capture date of every record: fixed so that the WARC is the same file on every run. */
  static final Instant CAPTURED = Instant.parse("2026-12-01T00:00:00Z");

  private WarcBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path datasets = Path.of(args.length > 0 ? args[0] : System.getProperty("storywire.datasets", "../shared/datasets"));
    List<Path> folders = PAGE_SETS.stream().map(s -> datasets.resolve(s).resolve("html")).filter(Files::isDirectory).toList();
    if (folders.isEmpty()) {
      System.err.println("bench: no page folders under " + datasets.toAbsolutePath() + "; nothing to measure");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("storywire-warc-bench-");
    try {
      Path warc = work.resolve("pages.warc.gz");
      long start = System.nanoTime();
      int pages = writeWarc(folders, warc);
      System.out.printf("machine: %d cores, max heap %d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
      System.out.printf("warc: %d distinct pages, %d bytes, written in %.1f s%n", pages, Files.size(warc),
          (System.nanoTime() - start) / 1e9);
      for (String pass : List.of("cold", "warm")) {
        run(pass + " files", folders, work);
        run(pass + " warc ", List.of(warc), work);
      }
    } finally {
      FileTrees.delete(work);
    }
  }

  private static int writeWarc(List<Path> folders, Path warc) throws IOException {
    Set<String> seen = new HashSet<>();
    int pages = 0;
    try (OutputStream out = Files.newOutputStream(warc)) {
      for (Path file : pageFiles(folders)) {
        byte[] html = gunzip(file);
        if (seen.add(java.util.HexFormat.of().formatHex(sha256(html)))) {
          URI target = URI.create("https://bench.storywire.invalid/" + file.getParent().getParent().getFileName() + "/"
              + file.getFileName().toString().replace(".html.gz", ""));
          out.write(WarcRecords.response(target, CAPTURED, 200, List.of(Map.entry("Content-Type", "text/html")),
              html, Map.of()));
          pages++;
        }
      }
    }
    return pages;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  private static List<Path> pageFiles(List<Path> folders) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(p -> p.toString().endsWith(".html.gz")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private static void run(String pass, List<Path> inputs, Path work) throws IOException {
    Path data = Files.createTempDirectory(work, "data-");
    try {
      System.gc();
      long start = System.nanoTime();
      List<InputOutcome> outcomes;
      int items;
      try (Storywire storywire = Storywire.open(Config.load(data, Map.of(), Map.of()))) {
        outcomes = storywire.ingest(inputs);
        items = storywire.index().itemCount();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long processed = outcomes.stream().filter(o -> o.status() == InputOutcome.Status.NEW
          || o.status() == InputOutcome.Status.REJECTED).count();
      System.out.printf("%s: %d pages in %.1f s = %.1f pages/s; %d items%n", pass, processed, seconds,
          processed / seconds, items);
    } finally {
      FileTrees.delete(data);
    }
  }
}
