package dev.storywire.analysis.pivot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * One dictionary in dictd format: an index ({@code NAME.index}: headword, offset and length in
 * base64 digits, tab-separated) and the entries it points into ({@code NAME.dict.dz}, dictzip, which
 * any gzip reader reads, or plain {@code NAME.dict}). Only located here; {@link #read()} reads it.
 *
 * @param index the index file
 * @param dict the entries, compressed or not
 */
record DictdFile(Path index, Path dict) {
  /** One index line: a headword and where its entry lies in the uncompressed entries. */
  record Entry(String headword, int offset, int length) {}

  /** A read dictionary: its index lines, in file order, and the uncompressed entries. */
  record Contents(List<Entry> entries, byte[] body) {
    /** The text of one entry. */
    String text(Entry entry) {
      return new String(body, entry.offset(), entry.length(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The dictionary {@code name} in {@code directory}, compressed entries preferred.
   *
   * @return empty when its index or its entries are not there
   */
  static Optional<DictdFile> find(Path directory, String name) {
    Path index = directory.resolve(name + ".index");
    Path dict = directory.resolve(name + ".dict.dz");
    if (!Files.isRegularFile(dict)) {
      dict = directory.resolve(name + ".dict");
    }
    return Files.isRegularFile(index) && Files.isRegularFile(dict) ? Optional.of(new DictdFile(index, dict))
        : Optional.empty();
  }

  /**
   * Reads the index and the entries. Index lines of the dictionary's own description ({@code
   * 00database…}), malformed lines and lines pointing outside the entries are left out.
   */
  Contents read() throws IOException {
    byte[] body;
    try (InputStream in = dict.getFileName().toString().endsWith(".dz")
        ? new GZIPInputStream(Files.newInputStream(dict), 1 << 16) : Files.newInputStream(dict)) {
      body = in.readAllBytes();
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] cols = line.split("\t");
        if (cols.length < 3 || cols[0].startsWith("00database") || cols[0].startsWith("00-database")) {
          continue;
        }
        long offset = base64(cols[1]);
        long length = base64(cols[2]);
        if (offset < 0 || length < 0 || offset + length > body.length) {
          continue;
        }
        entries.add(new Entry(cols[0], (int) offset, (int) length));
      }
    }
    return new Contents(entries, body);
  }

  /** A dictd index number: base64 digits, most significant first; -1 when not one. */
  static long base64(String digits) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    long value = 0;
    for (int k = 0; k < digits.length(); k++) {
      int digit = alphabet.indexOf(digits.charAt(k));
      if (digit < 0 || value > (Long.MAX_VALUE >> 6)) {
        return -1;
      }
      value = value * 64 + digit;
    }
    return digits.isEmpty() ? -1 : value;
  }
}
