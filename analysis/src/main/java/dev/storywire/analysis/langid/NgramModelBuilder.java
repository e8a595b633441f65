package dev.storywire.analysis.langid;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * Converts Lingua's JSON language models ({@code language-models/<iso>/<order>s.json} in the
 * Lingua jar on the class path) into the {@link NgramModel} file. Each JSON file maps fractions
 * ({@code "numerator/denominator"}) to space-separated n-grams; the fraction is the n-gram's
 * probability (conditional on its prefix for orders above one), stored as {@code ln p} in a float,
 * computed as Lingua computes it ({@link #logProbability}).
 *
 * <p>Two passes over the JSON (count per bucket, then place), so the heap holds a {@code long}
 * and an {@code int} per (n-gram, language) pair, about 240 MB, and nothing else of size. The
 * output is a function of the input only (buckets and postings are sorted), so the file is
 * reproducible.
 */
public final class NgramModelBuilder {
  static final int DIRECTORY_BITS = 21;
  private static final String[] ORDER_NAMES = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

  private final ClassLoader loader;

  private NgramModelBuilder(ClassLoader loader) {
    this.loader = loader;
  }

  /** Writes the model file built from the Lingua models visible to this class's loader. */
  public static void build(Path target) throws IOException {
    new NgramModelBuilder(NgramModelBuilder.class.getClassLoader()).write(target);
  }

  /** Builds the model file into {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    build(Path.of(args[0]));
    System.out.printf("built %s in %.1f s%n", args[0], (System.nanoTime() - t0) / 1e9);
  }

  private interface Sink {
    void accept(long hash, int language, int value) throws IOException;
  }

  private void write(Path target) throws IOException {
    int buckets = 1 << DIRECTORY_BITS;
    int shift = 64 - DIRECTORY_BITS;
    int[] bucketStart = new int[buckets + 1];
    forEachNgram((hash, language, value) -> bucketStart[(int) (hash >>> shift) + 1]++);
    for (int b = 0; b < buckets; b++) {
      bucketStart[b + 1] += bucketStart[b];
    }
    int postingCount = bucketStart[buckets];
    // entries: key fragment (high 32 bits) and language (low 8); values: the float bits of ln p
    long[] entries = new long[postingCount];
    int[] values = new int[postingCount];
    int[] fill = Arrays.copyOf(bucketStart, buckets);
    forEachNgram((hash, language, value) -> {
      long fragment = (hash >>> (shift - 32)) & 0xFFFF_FFFFL;
      int at = fill[(int) (hash >>> shift)]++;
      entries[at] = (fragment << 32) | language;
      values[at] = value;
    });
    int keyCount = 0;
    for (int b = 0; b < buckets; b++) {
      sort(entries, values, bucketStart[b], bucketStart[b + 1]);
      for (int i = bucketStart[b]; i < bucketStart[b + 1]; i++) {
        if (i == bucketStart[b] || (entries[i] >>> 32) != (entries[i - 1] >>> 32)) {
          keyCount++;
        } else if (entries[i] == entries[i - 1]) {
          throw new IllegalStateException("hash collision (or duplicate n-gram) in language "
              + LangidLanguage.byOrdinal((int) (entries[i] & 0xFF)));
        }
      }
    }

    Files.createDirectories(target.toAbsolutePath().getParent());
    Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".tmp");
    try {
      try (RandomAccessFile file = new RandomAccessFile(temporary.toFile(), "rw")) {
        file.setLength(0);
        file.seek(NgramModel.HEADER_BYTES);
        CRC32 crc = new CRC32();
        OutputStream raw = Channels.newOutputStream(file.getChannel());
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc));
        writeBody(out, entries, values, bucketStart, keyCount);
        out.flush();
        long expected = NgramModel.expectedBytes(LangidLanguage.values().length, DIRECTORY_BITS, keyCount, postingCount);
        if (file.length() != expected) {
          throw new IllegalStateException("wrote " + file.length() + " bytes, expected " + expected);
        }
        file.seek(0);
        file.write(NgramModel.MAGIC);
        file.writeInt(NgramModel.VERSION);
        file.writeInt(LangidLanguage.values().length);
        file.writeInt(DIRECTORY_BITS);
        file.writeInt(keyCount);
        file.writeInt(postingCount);
        file.writeInt(NgramModel.POSTING_BYTES);
        file.writeLong(crc.getValue());
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Sorts a bucket's entries (a few dozen at most), their values alongside. */
  private static void sort(long[] entries, int[] values, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      long entry = entries[i];
      int value = values[i];
      int j = i - 1;
      while (j >= from && entries[j] > entry) {
        entries[j + 1] = entries[j];
        values[j + 1] = values[j];
        j--;
      }
      entries[j + 1] = entry;
      values[j + 1] = value;
    }
  }

  private static void writeBody(DataOutputStream out, long[] entries, int[] values, int[] bucketStart, int keyCount)
      throws IOException {
    LangidLanguage[] languages = LangidLanguage.values();
    for (LangidLanguage language : languages) {
      out.write(language.isoCode().getBytes(StandardCharsets.US_ASCII));
    }
    out.write(new byte[NgramModel.languagesBytes(languages.length) - 2 * languages.length]);
    int buckets = bucketStart.length - 1;
    // directory: first key of each bucket
    int key = 0;
    for (int b = 0; b < buckets; b++) {
      out.writeInt(key);
      key += keysIn(entries, bucketStart[b], bucketStart[b + 1]);
    }
    out.writeInt(key);
    // keys: fragment and first posting, then an end marker
    for (int b = 0; b < buckets; b++) {
      for (int i = bucketStart[b]; i < bucketStart[b + 1]; i++) {
        if (i == bucketStart[b] || (entries[i] >>> 32) != (entries[i - 1] >>> 32)) {
          out.writeInt((int) (entries[i] >>> 32));
          out.writeInt(i);
        }
      }
    }
    out.writeInt(0);
    out.writeInt(entries.length);
    for (int i = 0; i < entries.length; i++) {
      out.writeByte((int) (entries[i] & 0xFF));
      out.writeInt(values[i]);
    }
    if (key != keyCount) {
      throw new IllegalStateException("counted " + keyCount + " keys, wrote " + key);
    }
  }

  private static int keysIn(long[] entries, int from, int to) {
    int keys = 0;
    for (int i = from; i < to; i++) {
      if (i == from || (entries[i] >>> 32) != (entries[i - 1] >>> 32)) {
        keys++;
      }
    }
    return keys;
  }

  private void forEachNgram(Sink sink) throws IOException {
    for (LangidLanguage language : LangidLanguage.values()) {
      int found = 0;
      for (String order : ORDER_NAMES) {
        String resource = "language-models/" + language.isoCode() + "/" + order + ".json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
          if (in == null) {
            continue; // Lingua has only some orders for languages of their own script
          }
          found++;
          parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), language.ordinal(), sink, resource);
        }
      }
      if (found == 0) {
        throw new IOException("no Lingua language model for " + language + " on the class path (language-models/"
            + language.isoCode() + "/)");
      }
    }
  }

  /** Reads {@code {"language":"…","ngrams":{"n/d":"a b c",…}}}. */
  static void parse(String json, int language, Sink sink, String name) throws IOException {
    JsonCursor cursor = new JsonCursor(json, name);
    cursor.expect('{');
    while (true) {
      String field = cursor.string();
      cursor.expect(':');
      if (field.equals("ngrams")) {
        cursor.expect('{');
        if (!cursor.tryConsume('}')) {
          do {
            String fraction = cursor.string();
            cursor.expect(':');
            String ngrams = cursor.string();
            int slash = fraction.indexOf('/');
            float probability = Float.parseFloat(fraction.substring(0, slash))
                / Integer.parseInt(fraction.substring(slash + 1));
            float logProbability = logProbability(probability);
            if (!(logProbability <= 0) || Float.isInfinite(logProbability)) {
              throw new IOException(name + ": probability " + fraction + " out of (0, 1]");
            }
            int value = Float.floatToRawIntBits(logProbability);
            int start = 0;
            for (int i = 0; i <= ngrams.length(); i++) {
              if (i == ngrams.length() || ngrams.charAt(i) == ' ') {
                if (i > start) {
                  sink.accept(NgramHash.of(ngrams.subSequence(start, i)), language, value);
                }
                start = i + 1;
              }
            }
          } while (cursor.tryConsume(','));
          cursor.expect('}');
        }
      } else {
        cursor.string(); // "language": the directory already says which
      }
      if (!cursor.tryConsume(',')) {
        break;
      }
    }
    cursor.expect('}');
  }

  /**
   * ln p as Lingua 1.2.2 has it: the fraction's numerator as a float divided by its denominator
   * (done by the caller), and Kotlin's {@code ln(Float)}, which is {@code Math.log} rounded to float.
   */
  static float logProbability(float probability) {
    return (float) Math.log(probability);
  }

  /** Just enough JSON for these files: objects of strings. */
  private static final class JsonCursor {
    private final String text;
    private final String name;
    private int at;

    JsonCursor(String text, String name) {
      this.text = text;
      this.name = name;
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    void expect(char c) throws IOException {
      if (!tryConsume(c)) {
        throw new IOException(name + ": expected '" + c + "' at " + at);
      }
    }

    boolean tryConsume(char c) {
      skipSpace();
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    private boolean hasEscape(int from, int to) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == '\\') {
          return true;
        }
      }
      return false;
    }

    String string() throws IOException {
      expect('"');
      int end = text.indexOf('"', at);
      if (end < 0) {
        throw new IOException(name + ": unterminated string at " + at);
      }
      if (!hasEscape(at, end)) {
        String s = text.substring(at, end);
        at = end + 1;
        return s;
      }
      StringBuilder s = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return s.toString();
        }
        if (c != '\\') {
          s.append(c);
          continue;
        }
        char e = text.charAt(at++);
        switch (e) {
          case 'u' -> {
            s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          case 'n' -> s.append('\n');
          case 't' -> s.append('\t');
          case 'r' -> s.append('\r');
          case 'b' -> s.append('\b');
          case 'f' -> s.append('\f');
          default -> s.append(e);
        }
      }
      throw new IOException(name + ": unterminated string");
    }
  }
}
