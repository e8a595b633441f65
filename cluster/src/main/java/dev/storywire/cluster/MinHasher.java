package dev.storywire.cluster;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets and their LSH band keys, for near-duplicate candidates in
 * constant time per item (Broder 1997; Leskovec, Rajaraman, Ullman, Mining of Massive Datasets §3.4).
 */
final class MinHasher {

  /** 128 hash functions estimate a Jaccard of 0.8 to within about ±0.035 (one standard deviation). */
  static final int SIGNATURE_LENGTH = 128;

  /** 32 bands of 4 rows: a pair at Jaccard 0.8 shares a band with probability > 0.9999, at 0.3 with 0.23. */
  static final int BANDS = 32;

  static final int ROWS_PER_BAND = SIGNATURE_LENGTH / BANDS;

  /**
   * A long article has a few thousand shingles; beyond this the smallest hashes are kept, which is
   * a content-based sample, so copies still sample the same shingles.
   */
  static final int MAX_SHINGLES = 4096;

  /** Fewer shingles than this cannot tell a copy from a coincidence; only exact copies are caught. */
  static final int MIN_SHINGLES = 8;

  private static final long[] SEEDS = seeds();

  private MinHasher() {}

  /** The signature of the distinct shingles, or an empty array when there are too few of them. */
  static long[] signature(long[] shingles) {
    long[] distinct = smallestDistinct(shingles);
    if (distinct.length < MIN_SHINGLES) {
      return new long[0];
    }
    long[] signature = new long[SIGNATURE_LENGTH];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : distinct) {
      for (int i = 0; i < SIGNATURE_LENGTH; i++) {
        signature[i] = Math.min(signature[i], mix(shingle ^ SEEDS[i]));
      }
    }
    return signature;
  }

  /** The distinct shingles in ascending order, at most {@link #MAX_SHINGLES} of the smallest. */
  private static long[] smallestDistinct(long[] shingles) {
    long[] sorted = shingles.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length && n < MAX_SHINGLES; i++) {
      if (n == 0 || sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  /** One key per band of a non-empty signature; the band number is part of the key. */
  static long[] bandKeys(long[] signature) {
    if (signature.length == 0) {
      return new long[0];
    }
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long key = mix(band + 1L);
      for (int row = 0; row < ROWS_PER_BAND; row++) {
        key = mix(key ^ signature[band * ROWS_PER_BAND + row]);
      }
      keys[band] = key;
    }
    return keys;
  }

  /** The share of equal positions: an unbiased estimate of the Jaccard similarity of the sets. */
  static double estimateJaccard(long[] a, long[] b) {
    if (a.length == 0 || a.length != b.length) {
      return 0;
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      equal += a[i] == b[i] ? 1 : 0;
    }
    return (double) equal / a.length;
  }

  /** The SplitMix64 finaliser: a fast, well-mixing bijection on longs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[SIGNATURE_LENGTH];
    for (int i = 0; i < SIGNATURE_LENGTH; i++) {
      seeds[i] = mix(0x9e3779b97f4a7c15L * (i + 1));
    }
    return seeds;
  }
}
