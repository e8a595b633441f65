package dev.storywire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.app.eval.PageFiles;
import dev.storywire.extract.PageExtractor;
import dev.storywire.model.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A fingerprint of everything the extractor returns for every page of the Zyte, trafilatura and
 * htmldate sets, each page extracted twice (with its URL and without one), at a fixed capture
 * time: a change meant to be only faster must leave it unchanged. Prints one line per page and
 * URL case (page, SHA-256 of the extraction's full record text) to the optional output file, and
 * the digest of all of them on standard output.
 *
 * <p>Usage: {@code ExtractionDigest DATASETS_DIR [PER_PAGE_FILE]}
 */
public final class ExtractionDigest {
  /** A fixed capture time, so relative dates ("2 hours ago") resolve the same in every run. */
  static final Instant FETCHED = Instant.parse("2026-12-01T12:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionDigest() {}

  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
    Map<String, String> urls = new TreeMap<>(); // page file -> URL
    Path zyte = datasets.resolve("zyte_article_extraction");
    JSON.readTree(zyte.resolve("ground-truth.json").toFile()).properties()
        .forEach(e -> urls.put(zyte.resolve("html").resolve(e.getKey() + ".html.gz").toString(), e.getValue().path("url").asText(null)));
    Path traf = datasets.resolve("trafilatura_eval");
    JSON.readTree(traf.resolve("evaldata.json").toFile()).properties()
        .forEach(e -> urls.put(traf.resolve("html").resolve(e.getValue().path("file").asText() + ".gz").toString(), e.getKey()));
    Path dates = datasets.resolve("htmldate_eval");
    for (String line : Files.readAllLines(dates.resolve("gold_dates.tsv")).subList(1, Files.readAllLines(dates.resolve("gold_dates.tsv")).size())) {
      String[] f = line.split("\t");
      if (f.length >= 4) {
        urls.put(dates.resolve("html").resolve(f[1] + ".gz").toString(), f[3]);
      }
    }
    List<Path> files;
    try (Stream<Path> a = Files.list(zyte.resolve("html")); Stream<Path> b = Files.list(traf.resolve("html"));
        Stream<Path> c = Files.list(dates.resolve("html"))) {
      files = Stream.of(a, b, c).flatMap(s -> s).filter(p -> p.toString().endsWith(".gz")).sorted().toList();
    }
    PageExtractor extractor = new PageExtractor();
    MessageDigest all = sha256();
    int pages = 0;
    try (PrintWriter out = args.length > 1 ? new PrintWriter(Files.newBufferedWriter(Path.of(args[1]))) : null) {
      for (Path file : files) {
        byte[] bytes = gunzip(file);
        String key = datasets.relativize(file).toString();
        for (String url : new String[] {urls.get(file.toString()), null}) {
          Extraction x = extractor.extract(PageFiles.html(key, bytes, url, FETCHED));
          byte[] record = x.toString().getBytes(StandardCharsets.UTF_8);
          all.update(key.getBytes(StandardCharsets.UTF_8));
          all.update(record);
          if (out != null) {
            out.println(key + (url == null ? " -" : " url") + " " + HexFormat.of().formatHex(sha256().digest(record)));
          }
        }
        pages++;
      }
    }
    System.out.println(pages + " pages, digest " + HexFormat.of().formatHex(all.digest()));
  }

  private static MessageDigest sha256() throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256");
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
