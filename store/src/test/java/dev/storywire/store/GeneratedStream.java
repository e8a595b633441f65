package dev.storywire.store;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** A stream of {@code length} pseudo-random bytes from a seed, made on the fly, never held whole. */
final class GeneratedStream extends InputStream {
  private final SplittableRandom random;
  private long remaining;

  GeneratedStream(long length, long seed) {
    this.random = new SplittableRandom(seed);
    this.remaining = length;
  }

  @Override
  public int read() {
    if (remaining == 0) {
      return -1;
    }
    remaining--;
    return random.nextInt(256);
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (remaining == 0) {
      return -1;
    }
    int n = (int) Math.min(len, remaining);
    for (int i = 0; i < n; i++) {
      b[off + i] = (byte) random.nextInt(256);
    }
    remaining -= n;
    return n;
  }

  static String sha256(long length, long seed) throws IOException, NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new GeneratedStream(length, seed)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static boolean sameContent(InputStream actual, long length, long seed) throws IOException {
    try (InputStream expected = new GeneratedStream(length, seed)) {
      byte[] a = new byte[1 << 16];
      byte[] e = new byte[1 << 16];
      for (int n = actual.readNBytes(a, 0, a.length); n > 0; n = actual.readNBytes(a, 0, a.length)) {
        if (expected.readNBytes(e, 0, n) != n || !java.util.Arrays.equals(a, 0, n, e, 0, n)) {
          return false;
        }
      }
      return expected.read() == -1;
    }
  }
}
