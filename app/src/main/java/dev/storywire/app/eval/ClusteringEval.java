package dev.storywire.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storywire.app.Config;
import dev.storywire.app.FileTrees;
import dev.storywire.app.Storywire;
import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.Membership;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code storywire eval clustering}: every {@code <set>/docs.jsonl} below a folder in the
 * {@code xling_news} format ({@code id, lang, doc, event, story, title, text}) fed through the real
 * pipeline (archive, extraction, analysis, streaming clustering, index) in a deterministic
 * shuffled order, then compared with the labels, as the dataset's README defines:
 *
 * <ul>
 *   <li>pairwise, over all pairs of documents: a pair put together that shares an event is a true
 *       positive, one of different stories a false positive; pairs of one story but different
 *       events are not judged; recall is over event pairs, overall and cross-lingual only;
 *   <li>BCubed precision, recall and F1 over events.
 * </ul>
 *
 * Labels are qualified by their set, so sets never share an event by accident. A document that
 * yields no article is a story of its own and counted as a failure.
 */
public final class ClusteringEval {
  /** The default shuffle: any fixed seed makes the run repeatable; this one is documented. */
  public static final long DEFAULT_SEED = 20261201L;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintWriter log;

  /** A scorer weights file to cluster with instead of the shipped weights, or null. */
  private final @Nullable Path weights;
  private final @Nullable Path misses;
  private final Map<String, String> settings;

  public ClusteringEval(PrintWriter log) {
    this(log, null);
  }

  public ClusteringEval(PrintWriter log, @Nullable Path weights) {
    this(log, weights, null);
  }

  /**
   * @param weights scorer weights to use instead of the shipped ones, or null
   * @param misses where to write the wrong merges and missed event pairs ({@link #writeMisses}), or null
   */
  public ClusteringEval(PrintWriter log, @Nullable Path weights, @Nullable Path misses) {
    this(log, weights, misses, Map.of());
  }

  /**
   * @param settings configuration keys to run the pipeline with ({@code cluster.merge-threshold} …),
   *     as flags would give them
   */
  public ClusteringEval(PrintWriter log, @Nullable Path weights, @Nullable Path misses, Map<String, String> settings) {
    this.log = log;
    this.weights = weights;
    this.misses = misses;
    this.settings = Map.copyOf(settings);
  }

  /** One labelled document and the story Storywire put it in. */
  record Doc(String set, String id, String lang, String event, String story, String predicted) {}

  /**
   * Runs the benchmark in {@code orders} shuffled orders (seeds {@code seed}, {@code seed + 1} …)
   * and gives the mean of each figure, overall and by set, with the F1 of each order ({@code
   * f1_by_order}) and the lowest and highest ({@code f1_min}, {@code f1_max}). Pairwise figures
   * hang on a few joins of large stories, so one order can move them by a tenth either way; the
   * mean over a few orders is what a change is judged by. Misses, when asked for, are those of the
   * first order.
   */
  public EvalResult run(Path dataset, long seed, int orders) throws IOException {
    if (orders < 1) {
      throw new IllegalArgumentException("orders must be at least 1, not " + orders);
    }
    if (orders == 1) {
      return run(dataset, seed);
    }
    List<EvalResult> runs = new ArrayList<>();
    for (int k = 0; k < orders; k++) {
      runs.add(k == 0 ? run(dataset, seed) : new ClusteringEval(log, weights, null, settings).run(dataset, seed + k));
    }
    return mean(runs).extra("seed", seed);
  }

  /** The mean of each figure of the runs (of one benchmark in several orders). */
  static EvalResult mean(List<EvalResult> runs) {
    EvalResult first = runs.getFirst();
    EvalResult out = new EvalResult().items(first.items())
        .precision(round(meanOf(runs, EvalResult::precision)))
        .recall(round(meanOf(runs, EvalResult::recall)))
        .f1(round(meanOf(runs, EvalResult::f1)))
        .msPerItem(meanOf(runs, EvalResult::msPerItem))
        .failures(runs.stream().mapToInt(r -> r.failures() == null ? 0 : r.failures()).max().orElse(0));
    if (first.toJson().has("dataset")) {
      out.dataset(first.toJson().get("dataset").asText());
    }
    for (String key : List.of("stories", "recall_crosslingual", "bcubed_precision", "bcubed_recall", "bcubed_f1")) {
      out.extra(key, round(meanOf(runs, r -> ((Number) r.extra(key)).doubleValue())));
    }
    List<Double> f1s = runs.stream().map(r -> round(r.f1())).toList();
    out.extra("orders", runs.size()).extra("f1_by_order", f1s)
        .extra("f1_min", Collections.min(f1s)).extra("f1_max", Collections.max(f1s));
    if (first.extra("by_set") instanceof Map<?, ?> sets) {
      Map<String, Object> bySet = new LinkedHashMap<>();
      for (Object set : sets.keySet()) {
        ObjectNode mean = JSON.createObjectNode();
        ((ObjectNode) sets.get(set)).fieldNames().forEachRemaining(field -> mean.put(field,
            round(meanOf(runs, r -> ((ObjectNode) ((Map<?, ?>) r.extra("by_set")).get(set)).get(field).asDouble()))));
        bySet.put(set.toString(), mean);
      }
      out.extra("by_set", bySet);
    }
    return out;
  }

  private static double meanOf(List<EvalResult> runs, java.util.function.Function<EvalResult, @Nullable Double> figure) {
    return runs.stream().mapToDouble(r -> {
      Double value = figure.apply(r);
      return value == null ? 0 : value;
    }).average().orElse(0);
  }

  public EvalResult run(Path dataset, long seed) throws IOException {
    Map<String, List<JsonNode>> sets = readSets(dataset);
    if (sets.isEmpty()) {
      throw new IOException("not a clustering benchmark: no */docs.jsonl below " + dataset + " (xling_news format)");
    }
    List<JsonNode> all = new ArrayList<>();
    sets.values().forEach(all::addAll);
    Collections.shuffle(all, new Random(seed));
    Path work = Files.createTempDirectory("storywire-eval-clustering-");
    try {
      Path input = work.resolve("docs.jsonl");
      try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
        for (JsonNode doc : all) {
          ObjectNode line = JSON.createObjectNode()
              .put("url", url(doc))
              .put("source", doc.path("set").asText())
              .put("title", doc.path("title").asText(""))
              .put("text", doc.path("text").asText(""));
          out.write(JSON.writeValueAsString(line));
          out.write('\n');
        }
      }
      long start = System.nanoTime();
      Map<String, String> storyOfUrl = new HashMap<>();
      Map<String, Membership> joinOfUrl = new HashMap<>();
      Map<String, String> urlOfItem = new HashMap<>();
      Map<String, String> flags = new HashMap<>(settings);
      if (weights != null) {
        flags.put("cluster.weights", weights.toString());
      }
      try (Storywire storywire = Storywire.open(Config.load(work.resolve("data"), Map.of(), flags))) {
        storywire.ingest(List.of(input));
        Map<String, Membership> membershipOfItem = new HashMap<>();
        for (Membership m : storywire.memberships()) {
          membershipOfItem.put(m.itemId(), m);
        }
        for (Item item : storywire.items()) {
          if (item.kind() == ItemKind.ARTICLE && item.source().url() != null) {
            urlOfItem.put(item.id(), item.source().url());
            Membership m = membershipOfItem.get(item.id());
            if (m != null && storyOfUrl.putIfAbsent(item.source().url(), m.storyId()) == null) {
              joinOfUrl.put(item.source().url(), m);
            }
          }
        }
      }
      double ms = (System.nanoTime() - start) / 1e6;
      List<Doc> docs = new ArrayList<>();
      int failures = 0;
      for (JsonNode doc : all) {
        String story = storyOfUrl.get(url(doc));
        if (story == null) {
          failures++;
          log.println("document " + doc.path("set").asText() + "/" + doc.path("id").asText() + " yielded no article");
          story = "unclustered:" + url(doc);
        }
        String set = doc.path("set").asText();
        docs.add(new Doc(set, doc.path("id").asText(), doc.path("lang").asText(), set + "/" + doc.path("event").asText(),
            set + "/" + doc.path("story").asText(), story));
      }
      EvalResult result = figures(docs).dataset(dataset.getFileName().toString())
          .msPerItem(docs.isEmpty() ? 0 : ms / docs.size()).failures(failures);
      Map<String, Object> bySet = new LinkedHashMap<>();
      for (String set : sets.keySet()) {
        bySet.put(set, figures(docs.stream().filter(d -> d.set().equals(set)).toList()).toJson());
      }
      result.extra("by_set", bySet).extra("seed", seed);
      if (misses != null) {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> keyOfUrl = new HashMap<>();
        all.forEach(doc -> {
          String key = doc.path("set").asText() + "/" + doc.path("id").asText();
          titles.put(key, doc.path("title").asText(""));
          keyOfUrl.put(url(doc), key);
        });
        Map<String, String> joins = new HashMap<>();
        joinOfUrl.forEach((url, m) -> joins.put(keyOfUrl.get(url), why(m, urlOfItem, keyOfUrl)));
        writeMisses(docs, titles, joins, misses);
      }
      return result;
    } finally {
      FileTrees.delete(work);
    }
  }

  static EvalResult figures(List<Doc> docs) {
    long tp = 0;
    long fp = 0;
    long eventPairs = 0;
    long crossEventPairs = 0;
    long crossTogether = 0;
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        Doc a = docs.get(i);
        Doc b = docs.get(j);
        boolean together = a.predicted().equals(b.predicted());
        boolean sameEvent = a.event().equals(b.event());
        boolean cross = !a.lang().equals(b.lang());
        if (sameEvent) {
          eventPairs++;
          tp += together ? 1 : 0;
          if (cross) {
            crossEventPairs++;
            crossTogether += together ? 1 : 0;
          }
        } else if (together && !a.story().equals(b.story())) {
          fp++;
        }
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = eventPairs == 0 ? 0 : (double) tp / eventPairs;
    double[] bcubed = bcubed(docs);
    return new EvalResult().items(docs.size())
        .extra("stories", docs.stream().map(Doc::predicted).distinct().count())
        .precision(precision).recall(recall)
        .extra("recall_crosslingual", crossEventPairs == 0 ? 0 : round((double) crossTogether / crossEventPairs))
        .f1(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
        .extra("bcubed_precision", round(bcubed[0]))
        .extra("bcubed_recall", round(bcubed[1]))
        .extra("bcubed_f1", round(bcubed[0] + bcubed[1] == 0 ? 0 : 2 * bcubed[0] * bcubed[1] / (bcubed[0] + bcubed[1])));
  }

  /**
   * Writes every pair the figures count against Storywire, one tab-separated line each: {@code
   * wrong-merge} (put together, different stories: costs precision) or {@code missed} (one event,
   * kept apart: costs recall), then for each document its set/id, language, event and title, and
   * the story ids Storywire gave them. Wrong merges first, each kind by set and id; then, for every
   * document, how it joined its story ({@code joined}: score, text similarity, the member matched,
   * the shared evidence).
   */
  static void writeMisses(List<Doc> docs, Map<String, String> titles, Map<String, String> joins, Path file)
      throws IOException {
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    List<Doc> sorted = docs.stream().sorted(java.util.Comparator.comparing(Doc::set).thenComparing(Doc::id)).toList();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        Doc a = sorted.get(i);
        Doc b = sorted.get(j);
        boolean together = a.predicted().equals(b.predicted());
        if (together && !a.story().equals(b.story())) {
          wrong.add(missLine("wrong-merge", a, b, titles));
        } else if (!together && a.event().equals(b.event())) {
          missed.add(missLine("missed", a, b, titles));
        }
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String line : wrong) {
        out.write(line);
      }
      for (String line : missed) {
        out.write(line);
      }
      for (Doc d : sorted) {
        String why = joins.get(d.set() + "/" + d.id());
        if (why != null) {
          out.write(String.join("\t", "joined", describe(d, titles), d.predicted(), why) + "\n");
        }
      }
    }
  }

  /**
   * How a document joined its story: the score, the text similarity, the member it matched (as
   * set/id), the shared evidence labels, strongest first, and the stories it merged; "founded" for
   * a document that started its story.
   */
  private static String why(Membership m, Map<String, String> urlOfItem, Map<String, String> keyOfUrl) {
    if (m.matchedItem() == null) {
      return "founded";
    }
    String matched = keyOfUrl.getOrDefault(urlOfItem.getOrDefault(m.matchedItem(), ""), m.matchedItem());
    StringBuilder shared = new StringBuilder();
    m.shared().forEach(a -> shared.append(shared.isEmpty() ? "" : ", ").append(a.label())
        .append(String.format(java.util.Locale.ROOT, " %.2f", a.weight())));
    return String.format(java.util.Locale.ROOT, "score %.3f\ttext %.3f\tmatched %s\tshared %s\tmerged %s", m.score(),
        m.textSimilarity(), matched, shared, m.merged());
  }

  private static String missLine(String kind, Doc a, Doc b, Map<String, String> titles) {
    return String.join("\t", kind, describe(a, titles), describe(b, titles), a.predicted(), b.predicted()) + "\n";
  }

  private static String describe(Doc d, Map<String, String> titles) {
    String title = titles.getOrDefault(d.set() + "/" + d.id(), "").replaceAll("\\s+", " ");
    return d.set() + "/" + d.id() + "\t" + d.lang() + "\t" + d.event() + "\t" + title;
  }

  /** @return {BCubed precision, BCubed recall} over events, averaged over documents */
  static double[] bcubed(List<Doc> docs) {
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> eventSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Doc d : docs) {
      clusterSize.merge(d.predicted(), 1, Integer::sum);
      eventSize.merge(d.event(), 1, Integer::sum);
      both.merge(d.predicted() + "\u0000" + d.event(), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (Doc d : docs) {
      int common = both.get(d.predicted() + "\u0000" + d.event());
      p += (double) common / clusterSize.get(d.predicted());
      r += (double) common / eventSize.get(d.event());
    }
    return docs.isEmpty() ? new double[2] : new double[] {p / docs.size(), r / docs.size()};
  }

  private static String url(JsonNode doc) {
    return "https://xling.invalid/" + doc.path("set").asText() + "/" + doc.path("id").asText();
  }

  private static Map<String, List<JsonNode>> readSets(Path dataset) throws IOException {
    Map<String, List<JsonNode>> sets = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dataset)) {
      files = walk.filter(f -> f.getFileName().toString().equals("docs.jsonl")).sorted().toList();
    }
    for (Path file : files) {
      String set = dataset.relativize(file.getParent()).toString();
      List<JsonNode> docs = new ArrayList<>();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode doc;
          try {
            doc = JSON.readTree(line);
          } catch (IOException e) {
            throw new IOException(file + " line " + number + " is not JSON: " + e.getMessage(), e);
          }
          if (!doc.hasNonNull("id") || !doc.hasNonNull("event") || !doc.hasNonNull("story")) {
            throw new IOException(file + " line " + number + " lacks id, event or story");
          }
          ((ObjectNode) doc).put("set", set.isEmpty() ? "." : set);
          docs.add(doc);
        }
      }
      sets.put(set.isEmpty() ? "." : set, docs);
    }
    return sets;
  }

  private static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }
}
