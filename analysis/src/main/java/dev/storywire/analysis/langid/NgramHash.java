package dev.storywire.analysis.langid;

/**
 * The 64-bit hash that keys n-grams in the model file. It is computed one character at a time, so
 * the hashes of all prefixes of an n-gram (its back-off n-grams) come for free:
 * {@code finish(step(step(SEED, a), b), 2)} is the hash of "ab".
 */
final class NgramHash {
  static final long SEED = 0x5157_7C1D_3A9B_E2F1L;
  private static final long MULTIPLIER = 0x9E37_79B9_7F4A_7C15L;

  private NgramHash() {}

  static long step(long state, char c) {
    return Long.rotateLeft((state ^ c) * MULTIPLIER, 23);
  }

  static long finish(long state, int length) {
    long h = state ^ ((long) length << 56);
    h ^= h >>> 33;
    h *= 0xFF51_AFD7_ED55_8CCDL;
    h ^= h >>> 33;
    h *= 0xC4CE_B9FE_1A85_EC53L;
    h ^= h >>> 33;
    return h;
  }

  static long of(CharSequence ngram) {
    long state = SEED;
    for (int i = 0; i < ngram.length(); i++) {
      state = step(state, ngram.charAt(i));
    }
    return finish(state, ngram.length());
  }
}
