package dev.storywire.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.analysis.ItemAnalyzer;
import dev.storywire.cluster.ClusterConfig;
import dev.storywire.cluster.PairScorer;
import dev.storywire.extract.PageExtractor;
import dev.storywire.model.Extraction;
import dev.storywire.model.Format;
import dev.storywire.model.Hints;
import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.RawDocument;
import dev.storywire.model.SourceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code storywire eval pairs}: Storywire's same-story score on labelled article pairs in the
 * SemEval-2022 task 8 format (JSONL: {@code pair_id, lang1, lang2, text1, text2, overall}, where
 * {@code overall} runs from 1 = very similar to 4 = very dissimilar). Each text goes through the
 * real extraction and analysis; the pair is scored by the clustering's own scorer ({@link
 * PairScorer}).
 *
 * <p>Figures: Pearson r between the score and the negated {@code overall} (so higher is better);
 * the same-story decision on the pairs the labels settle ({@code overall} &le; 1.5 same, &ge; 3.5
 * different, the rest left out) as precision, recall and F1 at the clustering's join threshold,
 * and ROC AUC of the score; overall and per language pair. A word TF-IDF cosine is computed in
 * the same run as the baseline peer; having no threshold of its own, its decision figures are at
 * the threshold that gives it its best F1 (an oracle, which flatters it).
 */
public final class PairsEval {
  /** {@code overall} at or below this: the same story. */
  static final double SAME_AT_MOST = 1.5;

  /** {@code overall} at or above this: different stories. */
  static final double DIFFERENT_AT_LEAST = 3.5;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  private final PrintWriter log;
  private final ClusterConfig clusterConfig;
  private final PageExtractor extractor = new PageExtractor();
  private final ItemAnalyzer analyzer = ItemAnalyzer.create();

  public PairsEval(PrintWriter log) {
    this(log, ClusterConfig.DEFAULT);
  }

  /** With other scorer weights, for example a file {@code storywire train} wrote. */
  public PairsEval(PrintWriter log, ClusterConfig clusterConfig) {
    this.log = log;
    this.clusterConfig = clusterConfig;
  }

  /** One labelled pair with both scores. */
  record Scored(String langPair, double gold, double ours, double tfidf) {}

  public EvalResult run(Path file, int limit) throws IOException {
    List<JsonNode> rows = read(file, limit);
    Instant firstSeen = Instant.now();
    List<Item[]> items = new ArrayList<>();
    int failures = 0;
    long nanos = 0;
    for (JsonNode row : rows) {
      long start = System.nanoTime();
      Item a = item(row.path("pair_id").asText() + "/1", row.path("text1").asText(""), row.path("lang1").asText(null), firstSeen);
      Item b = item(row.path("pair_id").asText() + "/2", row.path("text2").asText(""), row.path("lang2").asText(null), firstSeen);
      nanos += System.nanoTime() - start;
      if (a == null || b == null) {
        failures++;
        log.println("pair " + row.path("pair_id").asText() + ": a text yielded no article");
      }
      items.add(new Item[] {a, b});
    }
    PairScorer scorer = new PairScorer(clusterConfig);
    items.stream().flatMap(p -> java.util.Arrays.stream(p)).filter(java.util.Objects::nonNull).forEach(scorer::observe);
    TfIdf tfidf = new TfIdf(rows);
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      Item[] pair = items.get(i);
      long start = System.nanoTime();
      double ours = pair[0] == null || pair[1] == null ? 0 : scorer.score(pair[0], pair[1]).probability();
      nanos += System.nanoTime() - start;
      scored.add(new Scored(row.path("lang1").asText() + "-" + row.path("lang2").asText(), row.path("overall").asDouble(),
          ours, tfidf.cosine(row.path("text1").asText(""), row.path("text2").asText(""))));
    }
    double threshold = clusterConfig.joinThreshold();
    EvalResult result = figures(scored, Scored::ours, threshold).dataset(file.getFileName().toString())
        .msPerItem(rows.isEmpty() ? 0 : nanos / 1e6 / rows.size()).failures(failures);
    Map<String, List<Scored>> byPair = new TreeMap<>();
    scored.forEach(s -> byPair.computeIfAbsent(s.langPair(), k -> new ArrayList<>()).add(s));
    Map<String, Object> pairs = new LinkedHashMap<>();
    byPair.forEach((key, list) -> pairs.put(key, figures(list, Scored::ours, threshold).toJson()));
    result.extra("by_pair", pairs);
    result.peer("tfidf", figures(scored, Scored::tfidf, bestThreshold(scored, Scored::tfidf)));
    return result;
  }

  private static EvalResult figures(List<Scored> scored, java.util.function.ToDoubleFunction<Scored> score, double threshold) {
    List<Scored> decided = decided(scored);
    int[] c = counts(decided, score, threshold); // tp, fp, fn
    double precision = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double recall = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    EvalResult r = new EvalResult().items(scored.size()).extra("pairs", scored.size()).precision(precision).recall(recall)
        .f1(f1(c));
    double pearson = pearson(scored, score);
    if (Double.isFinite(pearson)) {
      r.extra("pearson", round(pearson));
    }
    double auc = auc(decided, score);
    if (Double.isFinite(auc)) {
      r.extra("auc", round(auc));
    }
    r.extra("threshold", round(threshold));
    return r;
  }

  /** The pairs the labels settle (same or different), for the decision figures. */
  static List<Scored> decidedPairs(List<Scored> scored) {
    return decided(scored);
  }

  private static List<Scored> decided(List<Scored> scored) {
    return scored.stream().filter(s -> s.gold() <= SAME_AT_MOST || s.gold() >= DIFFERENT_AT_LEAST).toList();
  }

  /** @return {tp, fp, fn} of the decision "score at least the threshold" on decided pairs */
  private static int[] counts(List<Scored> decided, java.util.function.ToDoubleFunction<Scored> score, double threshold) {
    int[] c = new int[3];
    for (Scored s : decided) {
      boolean same = s.gold() <= SAME_AT_MOST;
      boolean predicted = score.applyAsDouble(s) >= threshold;
      c[0] += same && predicted ? 1 : 0;
      c[1] += !same && predicted ? 1 : 0;
      c[2] += same && !predicted ? 1 : 0;
    }
    return c;
  }

  private static double f1(int[] c) {
    return c[0] == 0 ? 0 : 2.0 * c[0] / (2 * c[0] + c[1] + c[2]);
  }

  /** Pearson r of the score with the negated gold {@code overall} (higher score, more similar). */
  static double pearson(List<Scored> scored, java.util.function.ToDoubleFunction<Scored> score) {
    int n = scored.size();
    if (n < 2) {
      return Double.NaN;
    }
    double mx = scored.stream().mapToDouble(score).average().orElse(0);
    double my = scored.stream().mapToDouble(s -> -s.gold()).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (Scored s : scored) {
      double dx = score.applyAsDouble(s) - mx;
      double dy = -s.gold() - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  /** ROC AUC of the score for "same story" against "different": the chance a same pair outscores a different one (ties half). */
  static double auc(List<Scored> decided, java.util.function.ToDoubleFunction<Scored> score) {
    List<Double> same = decided.stream().filter(s -> s.gold() <= SAME_AT_MOST).map(score::applyAsDouble).toList();
    List<Double> different = decided.stream().filter(s -> s.gold() >= DIFFERENT_AT_LEAST).map(score::applyAsDouble).toList();
    if (same.isEmpty() || different.isEmpty()) {
      return Double.NaN;
    }
    double wins = 0;
    for (double s : same) {
      for (double d : different) {
        wins += s > d ? 1 : s == d ? 0.5 : 0;
      }
    }
    return wins / ((double) same.size() * different.size());
  }

  /** The threshold (one of the scores) that gives the best F1 on the decided pairs. */
  private static double bestThreshold(List<Scored> scored, java.util.function.ToDoubleFunction<Scored> score) {
    List<Scored> decided = decided(scored);
    double best = 0;
    double bestF1 = -1;
    for (Scored candidate : decided) {
      double t = score.applyAsDouble(candidate);
      double f1 = f1(counts(decided, score, t));
      if (f1 > bestF1 || (f1 == bestF1 && t < best)) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }

  /**
   * A text of the pair as an item: the task's texts are a title, two spaces, then the body; the
   * body goes through the plain-text extractor with the title as a hint, as a JSONL input would.
   */
  @Nullable Item item(String key, String text, @Nullable String lang, Instant firstSeen) {
    int cut = text.indexOf("  ");
    String title = cut > 0 ? text.substring(0, cut).strip() : null;
    String body = cut > 0 ? text.substring(cut).strip() : text.strip();
    RawDocument doc = new RawDocument(key, 0, Format.TEXT, body.getBytes(StandardCharsets.UTF_8), "UTF-8",
        new SourceRef("semeval", null, null), firstSeen, new Hints(title, null));
    if (!(extractor.extract(doc) instanceof Extraction.Page page)) {
      return null;
    }
    return analyzer.analyze(doc, page.page()).stream().filter(i -> i.kind() == ItemKind.ARTICLE).findFirst().orElse(null);
  }

  static List<JsonNode> read(Path file, int limit) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a pairs file: " + file + " (expected the SemEval-2022 task 8 JSONL)");
    }
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null && (limit <= 0 || rows.size() < limit)) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode row;
        try {
          row = JSON.readTree(line);
        } catch (IOException e) {
          throw new IOException(file.getFileName() + " line " + number + " is not JSON: " + e.getMessage(), e);
        }
        if (!row.path("overall").isNumber() || !row.has("text1") || !row.has("text2")) {
          throw new IOException(file.getFileName() + " line " + number + " lacks text1, text2 or a numeric overall");
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }

  /** The baseline: cosine of word TF-IDF vectors, IDF over every text of the file. */
  private static final class TfIdf {
    private final Map<String, Integer> df = new HashMap<>();
    private final int docs;

    TfIdf(List<JsonNode> rows) {
      for (JsonNode row : rows) {
        for (String field : List.of("text1", "text2")) {
          counts(row.path(field).asText("")).keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        }
      }
      docs = rows.size() * 2;
    }

    double cosine(String a, String b) {
      Map<String, Double> va = vector(a);
      Map<String, Double> vb = vector(b);
      double dot = 0;
      for (Map.Entry<String, Double> e : va.entrySet()) {
        dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
      }
      double na = Math.sqrt(va.values().stream().mapToDouble(x -> x * x).sum());
      double nb = Math.sqrt(vb.values().stream().mapToDouble(x -> x * x).sum());
      return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private Map<String, Double> vector(String text) {
      Map<String, Double> v = new HashMap<>();
      counts(text).forEach((w, n) -> v.put(w, n * (Math.log((1.0 + docs) / (1 + df.getOrDefault(w, 0))) + 1)));
      return v;
    }

    private static Map<String, Integer> counts(String text) {
      Map<String, Integer> counts = new HashMap<>();
      Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
      while (m.find()) {
        counts.merge(m.group(), 1, Integer::sum);
      }
      return counts;
    }
  }
}
