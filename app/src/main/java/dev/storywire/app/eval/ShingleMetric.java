package dev.storywire.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Zyte article-extraction benchmark's metric, as its {@code evaluate.py} defines it: texts are
 * cut into word tokens (Python's Unicode {@code \w+}: letters, numbers, underscore), compared as
 * multisets of 4-token shingles (a text shorter than that is one shingle of all its tokens); per
 * page, TP, FP and FN are normalised to sum to 1 so long pages weigh no more than short ones;
 * precision is the mean over pages with TP+FP &gt; 0, recall the mean over pages with TP+FN &gt; 0,
 * F1 their harmonic mean.
 */
public final class ShingleMetric {
  static final int SHINGLE_TOKENS = 4;

  private final List<double[]> pages = new ArrayList<>();

  /** Scores one page: the gold text against what a system extracted. */
  public void add(String expected, String actual) {
    pages.add(score(expected, actual));
  }

  public int pages() {
    return pages.size();
  }

  public double precision() {
    return pages.stream().filter(s -> s[0] + s[1] > 0).mapToDouble(s -> pagePrecision(s[0], s[1], s[2])).average().orElse(0);
  }

  public double recall() {
    return pages.stream().filter(s -> s[0] + s[2] > 0).mapToDouble(s -> pageRecall(s[0], s[1], s[2])).average().orElse(0);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double pagePrecision(double tp, double fp, double fn) {
    return fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
  }

  private static double pageRecall(double tp, double fp, double fn) {
    return fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
  }

  /** @return {tp, fp, fn} normalised to sum to 1, or all zero when both texts have no token */
  static double[] score(String expected, String actual) {
    Map<String, Integer> gold = shingles(expected);
    Map<String, Integer> got = shingles(actual);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> g : gold.entrySet()) {
      int a = got.getOrDefault(g.getKey(), 0);
      tp += Math.min(a, g.getValue());
      fn += Math.max(0, g.getValue() - a);
    }
    for (Map.Entry<String, Integer> a : got.entrySet()) {
      fp += Math.max(0, a.getValue() - gold.getOrDefault(a.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new double[3] : new double[] {tp / sum, fp / sum, fn / sum};
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; !tokens.isEmpty() && i < Math.max(1, tokens.size() - SHINGLE_TOKENS + 1); i++) {
      out.merge(String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_TOKENS))), 1, Integer::sum);
    }
    return out;
  }

  /** Python's {@code re.findall(r'\w+', text)} with Unicode semantics. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  /**
   * Python's Unicode {@code \w}: what {@code str.isalnum()} accepts (letters of every kind, and
   * characters with a numeric value) plus the underscore. Unlike Java's Unicode {@code \w}, it
   * excludes combining marks, which split words in Indic scripts exactly as the upstream scorer does.
   */
  static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }
}
