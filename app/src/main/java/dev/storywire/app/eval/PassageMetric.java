package dev.storywire.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * trafilatura's evaluation metric: after whitespace normalisation, each must-keep passage found in
 * the output is a true positive (missing: false negative), each must-drop passage found is a false
 * positive (absent: true negative); counts are summed over the corpus. A page that fails counts as
 * empty output.
 */
public final class PassageMetric {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private long tp;
  private long fn;
  private long fp;
  private long tn;
  private int pages;

  /** Scores one page: {@code page} holds its {@code with} and {@code without} passages. */
  public void add(JsonNode page, String output) {
    pages++;
    String text = normalise(output);
    for (JsonNode with : page.path("with")) {
      if (text.contains(normalise(with.asText()))) {
        tp++;
      } else {
        fn++;
      }
    }
    for (JsonNode without : page.path("without")) {
      if (text.contains(normalise(without.asText()))) {
        fp++;
      } else {
        tn++;
      }
    }
  }

  public int pages() {
    return pages;
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
  }

  /** Accuracy over all passages: (TP + TN) / all, as trafilatura's evaluation also reports it. */
  public double accuracy() {
    long all = tp + fn + fp + tn;
    return all == 0 ? 0 : (double) (tp + tn) / all;
  }

  static String normalise(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
