package dev.storywire.app.eval;

import dev.storywire.extract.PageExtractor;
import dev.storywire.model.Extraction;
import dev.storywire.model.PageDate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code storywire eval dates}: the publication date Storywire finds on each page of htmldate's
 * evaluation set ({@code gold_dates.tsv}: source, file, gold date or empty, URL), scored as
 * htmldate's own comparison script does: the gold day is a true positive, any other day a false
 * positive, no output a false negative, or a true negative where the page has no gold date;
 * accuracy = (TP + TN) / pages, precision = TP / (TP + FP), recall = TP / (TP + FN), F = their
 * harmonic mean.
 */
public final class DateEval {
  private final PageExtractor extractor = new PageExtractor();
  private final PrintWriter log;

  public DateEval(PrintWriter log) {
    this.log = log;
  }

  /**
   * @param limit at most this many pages, in the file's order; 0 for all
   * @param showMisses whether to print each page where the date is missing or wrong
   */
  public EvalResult run(Path dataset, int limit, boolean showMisses) throws IOException {
    Path gold = dataset.resolve("gold_dates.tsv");
    if (!Files.isRegularFile(gold)) {
      throw new IOException("not a date benchmark: " + dataset + " holds no gold_dates.tsv (htmldate format)");
    }
    List<String> rows = Files.readAllLines(gold, StandardCharsets.UTF_8);
    int pages = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    int failures = 0;
    long nanos = 0;
    Instant firstSeen = Instant.now();
    for (String row : rows.subList(Math.min(1, rows.size()), rows.size())) { // the first line is the header
      String[] f = row.split("\t", -1);
      if (f.length < 4 || f[1].isBlank()) {
        continue;
      }
      if (limit > 0 && pages >= limit) {
        break;
      }
      pages++;
      String found;
      String rejected = null;
      try {
        byte[] bytes = PageFiles.read(dataset.resolve("html").resolve(f[1] + ".gz"));
        long start = System.nanoTime();
        Extraction x = extractor.extract(PageFiles.html(f[1], bytes, f[3].isBlank() ? null : f[3], firstSeen));
        found = published(x);
        rejected = x instanceof Extraction.Rejected r ? r.reason().name() : null;
        nanos += System.nanoTime() - start;
      } catch (IOException e) {
        failures++;
        log.println("failed page " + f[1] + ": " + e.getMessage());
        found = null;
      }
      String expected = f[2].strip();
      if (found == null && expected.isEmpty()) {
        tn++;
      } else if (found == null) {
        fn++;
      } else if (found.equals(expected)) {
        tp++;
      } else {
        fp++;
      }
      if (showMisses && !(found == null ? expected.isEmpty() : found.equals(expected))) {
        log.printf("miss %s gold=%s found=%s%s%n", f[1], expected.isEmpty() ? "-" : expected, found == null ? "-" : found,
            rejected == null ? "" : " (page rejected: " + rejected + ")");
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new EvalResult().dataset(dataset.getFileName().toString()).items(pages)
        .precision(precision).recall(recall)
        .f1(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
        .accuracy(pages == 0 ? 0 : (double) (tp + tn) / pages)
        .msPerItem(pages - failures == 0 ? 0 : nanos / 1e6 / (pages - failures))
        .failures(failures);
  }

  private static @Nullable String published(Extraction x) {
    PageDate d = switch (x) {
      case Extraction.Page p -> p.page().published();
      case Extraction.Rejected r -> r.published();
    };
    return d == null ? null : d.date().toString();
  }
}
