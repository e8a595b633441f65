package dev.storywire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.analysis.ItemAnalyzer;
import dev.storywire.analysis.text.Sentences;
import dev.storywire.model.Entity;
import dev.storywire.model.Format;
import dev.storywire.model.Hints;
import dev.storywire.model.Ids;
import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.Paragraph;
import dev.storywire.model.RawDocument;
import dev.storywire.model.Representation;
import dev.storywire.model.SourceRef;
import dev.storywire.model.ExtractedPage;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A reproducible stream of realistic items for the clustering scale benchmark, derived from real
 * documents analysed once by the real analysis stage.
 *
 * <p><b>Base.</b> Story templates from the datasets: an {@code xling_news} event (its reports in
 * English, Arabic and Chinese), a connected group of SemEval-2022 Task 8 articles that annotators
 * rated the same story ({@code overall <= 1.5}; every other article is a template of its own), and
 * each Zyte benchmark article body. Every report of a template is analysed by {@link ItemAnalyzer}
 * in {@link #VARIANTS} versions of its text: as written, about 30 % of its sentences dropped, its
 * paragraphs after the lead reordered with another 30 % of the sentences dropped, and its first half only (a brief).
 *
 * <p><b>Stream.</b> Story instances start at random (exponential gaps) so that {@code perDay}
 * items arrive per simulated day; each instance takes the next template of a shuffled cycle over
 * all templates, has a heavy-tailed number of reports (35 % single reports, the rest 2 plus a
 * geometric count, mean 5; 3.6 overall, at most 80), the first at its start and the others an exponential
 * delay later (mean 10 hours, at most 6 days). A report is one (base report, version) of its
 * template, each combination once before any repeats; a repeat is a syndicated copy. Within an
 * instance everything of a template is kept, so its reports share what real reports of one event
 * share; between instances of the same template, what makes the story itself is replaced:
 * anchors (entities, handles, URLs) and terms carried by at most {@code specificMax} templates (default
 * 100 of about 2,500: all but the vocabulary and names that more than 4 % of the templates share)
 * are each replaced by one drawn, per instance, from the pool of such anchors (of the same kind)
 * or terms (of the same language) of all templates; day anchors are shifted to the instance's
 * days; shingles and content hashes are salted with the instance, so instances are never copies of
 * each other. Common anchors and words (countries, big names, the language's vocabulary) stay, so
 * different stories share them as real ones do. Items are emitted in time order; ids, URLs and
 * outlets (one of 400) are new for each report. Everything is a function of the seed.
 */
final class ScaleStream implements Iterator<Item> {

  static final int VARIANTS = 4;
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant BASE_SEEN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration MEAN_DELAY = Duration.ofHours(10);
  private static final Duration MAX_DELAY = Duration.ofDays(6);
  private static final double SINGLE_REPORT_SHARE = 0.35;
  private static final double GEOMETRIC_P = 1.0 / 4;
  private static final int MAX_REPORTS = 80;
  private static final int OUTLETS = 400;
  private static final Pattern DAY = Pattern.compile("d:\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("d:\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("d:\\d{4}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One analysed report version, with its anchors and terms split into kept and replaced ones. */
  record Base(Item item, String[] keptAnchors, String[] replacedAnchors, String[] dateAnchors,
      Map<String, Integer> keptTerms, String[] replacedTerms, int[] replacedCounts) {}

  /** A template: its reports' versions ([report][version]) and its main day, or null. */
  record Template(String name, List<Base[]> reports, LocalDate day) {}

  /** The analysed templates and the replacement pools, shared by every stream of one run. */
  record Corpus(List<Template> templates, Map<Character, List<String>> anchorPool, Map<String, List<String>> termPool,
      Map<String, String> surfaceOfEntity, int reports, int analysed, Map<String, Integer> reportsByLanguage) {}

  private record Instance(long number, int templateIndex, Template template, Instant start, long salt, int size, int[] combos) {}

  private record Pending(Instant time, long instance, int index) {}

  private final Corpus corpus;
  private final long items;
  private final Random random;
  private final double meanGapSeconds;
  private final PriorityQueue<Pending> pending = new PriorityQueue<>(
      (a, b) -> a.time().compareTo(b.time()) != 0 ? a.time().compareTo(b.time())
          : a.instance() != b.instance() ? Long.compare(a.instance(), b.instance()) : Integer.compare(a.index(), b.index()));
  private final Map<Long, Instance> open = new HashMap<>();
  private final Map<Long, Integer> left = new HashMap<>();
  private final List<Integer> cycle = new ArrayList<>();
  private int cyclePos;
  private Instant nextStart = START;
  private long instances;
  private long emitted;
  private long lastInstance;
  private int lastTemplate;

  ScaleStream(Corpus corpus, long items, int perDay, long seed) {
    this.corpus = corpus;
    this.items = items;
    this.random = new Random(seed);
    this.meanGapSeconds = 86_400.0 * meanReports() / perDay;
    IntStream.range(0, corpus.templates().size()).forEach(cycle::add);
    cyclePos = cycle.size();
  }

  /** The instance of the last item returned by {@link #next()}. */
  long lastInstance() {
    return lastInstance;
  }

  /** The template of the last item returned by {@link #next()}. */
  int lastTemplate() {
    return lastTemplate;
  }

  long instancesStarted() {
    return instances;
  }

  @Override
  public boolean hasNext() {
    return emitted < items;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    while (pending.isEmpty() || !nextStart.isAfter(pending.peek().time())) {
      startInstance();
    }
    Pending p = pending.poll();
    Instance instance = open.get(p.instance());
    int remaining = left.merge(p.instance(), -1, Integer::sum);
    if (remaining == 0) {
      open.remove(p.instance());
      left.remove(p.instance());
    }
    emitted++;
    lastInstance = p.instance();
    lastTemplate = instance.templateIndex();
    return materialise(instance, p.index(), p.time());
  }

  private void startInstance() {
    if (cyclePos == cycle.size()) {
      Collections.shuffle(cycle, random);
      cyclePos = 0;
    }
    int templateIndex = cycle.get(cyclePos++);
    Template template = corpus.templates().get(templateIndex);
    int size = reportCount(random);
    int combos = template.reports().size() * VARIANTS;
    List<Integer> order = new ArrayList<>(IntStream.range(0, combos).boxed().toList());
    Collections.shuffle(order, random);
    Instance instance = new Instance(instances++, templateIndex, template, nextStart, random.nextLong(), size,
        order.stream().mapToInt(Integer::intValue).toArray());
    open.put(instance.number(), instance);
    left.put(instance.number(), size);
    for (int i = 0; i < size; i++) {
      Instant time = i == 0 ? nextStart : nextStart.plus(delay(random));
      pending.add(new Pending(time, instance.number(), i));
    }
    nextStart = nextStart.plusMillis((long) (-Math.log(1 - random.nextDouble()) * meanGapSeconds * 1000));
  }

  private static Duration delay(Random random) {
    long ms = (long) (-Math.log(1 - random.nextDouble()) * MEAN_DELAY.toMillis());
    return Duration.ofMillis(Math.min(ms, MAX_DELAY.toMillis()));
  }

  private static int reportCount(Random random) {
    if (random.nextDouble() < SINGLE_REPORT_SHARE) {
      return 1;
    }
    int n = 2;
    while (n < MAX_REPORTS && random.nextDouble() >= GEOMETRIC_P) {
      n++;
    }
    return n;
  }

  /** The mean of {@link #reportCount}, estimated once from its own fixed-seed sample. */
  private static double meanReports() {
    Random sample = new Random(1);
    long sum = 0;
    for (int i = 0; i < 200_000; i++) {
      sum += reportCount(sample);
    }
    return sum / 200_000.0;
  }

  private Item materialise(Instance instance, int index, Instant time) {
    Template template = instance.template();
    int combo = instance.combos()[index % instance.combos().length];
    Base base = template.reports().get(combo / VARIANTS)[combo % VARIANTS];
    Item item = base.item();
    long salt = instance.salt();
    long shift = template.day() == null ? 0
        : LocalDate.ofInstant(instance.start(), ZoneOffset.UTC).toEpochDay() - template.day().toEpochDay();

    Set<String> anchors = new LinkedHashSet<>(base.keptAnchors().length + base.replacedAnchors().length + 4);
    Collections.addAll(anchors, base.keptAnchors());
    Map<String, String> replaced = new HashMap<>();
    for (String key : base.replacedAnchors()) {
      String substitute = pick(corpus.anchorPool().get(key.charAt(0)), salt, key);
      replaced.put(key, substitute);
      anchors.add(substitute);
    }
    for (String key : base.dateAnchors()) {
      anchors.add(shiftDate(key, shift));
    }
    Map<String, Integer> terms = new HashMap<>(base.keptTerms());
    String[] replacedTerms = base.replacedTerms();
    for (int i = 0; i < replacedTerms.length; i++) {
      String term = replacedTerms[i];
      terms.merge(pick(corpus.termPool().get(languageOf(term)), salt, term), base.replacedCounts()[i], Integer::sum);
    }
    long[] shingles = item.representation().shingles().clone();
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = mix(shingles[i] ^ salt);
    }
    Representation rep = new Representation(anchors, terms, shingles,
        item.representation().contentHash() + ":" + Long.toHexString(salt));
    List<Entity> entities = new ArrayList<>(item.entities().size());
    for (Entity e : item.entities()) {
      String substitute = replaced.get("e:" + e.key());
      if (substitute == null) {
        entities.add(e);
      } else {
        String key = substitute.substring(2);
        entities.add(new Entity(corpus.surfaceOfEntity().getOrDefault(key, key), key, e.type(), e.count()));
      }
    }
    String documentKey = "scale/" + instance.number() + "/" + index;
    int outlet = (int) Math.floorMod(mix(salt + index), (long) OUTLETS);
    SourceRef source = new SourceRef(documentKey,
        "https://outlet" + outlet + ".example/" + instance.number() + "/" + index, "outlet " + outlet);
    String day = LocalDate.ofInstant(time, ZoneOffset.UTC).toString();
    return new Item(Ids.item(documentKey, 0), ItemKind.ARTICLE, documentKey, emitted, source, item.lang(), item.title(),
        item.summary(), item.paragraphs(), List.of(), time.toString(), time, day,
        item.eventDates().stream().map(d -> shiftDay(d, shift)).toList(), entities, item.numbers(), List.of(), false, rep);
  }

  private static String pick(List<String> pool, long salt, String key) {
    return pool.get((int) Math.floorMod(mix(salt ^ (key.hashCode() * 0x9e3779b97f4a7c15L)), (long) pool.size()));
  }

  private static String shiftDate(String key, long days) {
    if (DAY.matcher(key).matches()) {
      return "d:" + LocalDate.parse(key.substring(2)).plusDays(days);
    }
    if (MONTH.matcher(key).matches()) {
      return "d:" + LocalDate.parse(key.substring(2) + "-15").plusDays(days).toString().substring(0, 7);
    }
    return "d:" + LocalDate.parse(key.substring(2) + "-07-02").plusDays(days).toString().substring(0, 4);
  }

  private static String shiftDay(String iso, long days) {
    try {
      return LocalDate.parse(iso).plusDays(days).toString();
    } catch (RuntimeException e) {
      return iso;
    }
  }

  static String languageOf(String term) {
    int colon = term.indexOf(':');
    return colon < 0 ? "" : term.substring(0, colon);
  }

  /** The SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  // ---------------------------------------------------------------------------------------------
  // The corpus: templates read from the datasets and analysed once.

  /** A report as read: its template's name, title (or null) and text. */
  record Report(String template, String title, String text) {}

  /** Reports read from the datasets and their analysed versions ([report][version], null when not an article). */
  record Analysed(List<Report> reports, Item[][] items) {}

  static Corpus load(Path datasets, int specificMax, long seed) throws IOException {
    return corpus(analyse(datasets, seed), specificMax);
  }

  static Analysed analyse(Path datasets, long seed) throws IOException {
    List<Report> reports = new ArrayList<>();
    readXling(datasets.resolve("xling_news"), reports);
    readSemEval(datasets.resolve("semeval2022_task8_hfl/pairs.jsonl"), reports);
    readZyte(datasets.resolve("zyte_article_extraction/ground-truth.json"), reports);
    if (reports.isEmpty()) {
      throw new IOException("no documents found below " + datasets);
    }
    ItemAnalyzer analyzer = ItemAnalyzer.create();
    Item[][] analysed = new Item[reports.size()][VARIANTS];
    IntStream.range(0, reports.size() * VARIANTS).parallel().forEach(k -> {
      int r = k / VARIANTS;
      int v = k % VARIANTS;
      Report report = reports.get(r);
      List<String> texts = variant(report.text(), v, new Random(seed * 31 + k));
      List<Paragraph> paragraphs = texts.stream().map(Paragraph::body).toList();
      String key = "base/" + r + "/" + v;
      byte[] bytes = String.join("\n\n", texts).getBytes(StandardCharsets.UTF_8);
      RawDocument doc = new RawDocument(key, k, Format.TEXT, bytes, "UTF-8",
          SourceRef.ofName(key), BASE_SEEN, Hints.NONE);
      ExtractedPage page = new ExtractedPage(report.title(), paragraphs, List.of(), List.of(), null, null, null, null,
          List.of());
      analysed[r][v] = analyzer.analyze(doc, page).stream().filter(i -> i.kind() == ItemKind.ARTICLE).findFirst()
          .orElse(null);
    });
    return new Analysed(reports, analysed);
  }

  static Corpus corpus(Analysed input, int specificMax) {
    List<Report> reports = input.reports();
    Item[][] analysed = input.items();

    // Templates in order of first appearance; reports whose versions all analysed.
    Map<String, List<Item[]>> byTemplate = new LinkedHashMap<>();
    Map<String, Integer> reportsByLanguage = new TreeMap<>();
    int analysedCount = 0;
    for (int r = 0; r < reports.size(); r++) {
      boolean complete = true;
      for (Item item : analysed[r]) {
        complete &= item != null;
      }
      if (complete) {
        byTemplate.computeIfAbsent(reports.get(r).template(), t -> new ArrayList<>()).add(analysed[r]);
        reportsByLanguage.merge(String.valueOf(analysed[r][0].lang()), 1, Integer::sum);
        analysedCount++;
      }
    }

    // How many templates carry each anchor and term: the story-specific ones are replaced.
    Map<String, Integer> anchorTemplates = new HashMap<>();
    Map<String, Integer> termTemplates = new HashMap<>();
    Map<String, String> surfaces = new HashMap<>();
    for (List<Item[]> template : byTemplate.values()) {
      Set<String> anchors = new HashSet<>();
      Set<String> terms = new HashSet<>();
      for (Item[] versions : template) {
        for (Item item : versions) {
          anchors.addAll(item.representation().anchors());
          terms.addAll(item.representation().terms().keySet());
          item.entities().forEach(e -> surfaces.putIfAbsent(e.key(), e.text()));
        }
      }
      anchors.forEach(a -> anchorTemplates.merge(a, 1, Integer::sum));
      terms.forEach(t -> termTemplates.merge(t, 1, Integer::sum));
    }
    Map<Character, TreeSet<String>> anchorPool = new TreeMap<>();
    anchorTemplates.forEach((a, n) -> {
      if (n <= specificMax && replaceable(a)) {
        anchorPool.computeIfAbsent(a.charAt(0), c -> new TreeSet<>()).add(a);
      }
    });
    Map<String, TreeSet<String>> termPool = new TreeMap<>();
    termTemplates.forEach((t, n) -> {
      if (n <= specificMax) {
        termPool.computeIfAbsent(languageOf(t), l -> new TreeSet<>()).add(t);
      }
    });

    List<Template> templates = new ArrayList<>();
    for (Map.Entry<String, List<Item[]>> e : byTemplate.entrySet()) {
      List<Base[]> bases = new ArrayList<>();
      Map<String, Integer> days = new TreeMap<>();
      for (Item[] versions : e.getValue()) {
        Base[] row = new Base[VARIANTS];
        for (int v = 0; v < VARIANTS; v++) {
          row[v] = base(versions[v], anchorTemplates, termTemplates, specificMax);
          for (String a : versions[v].representation().anchors()) {
            if (DAY.matcher(a).matches()) {
              days.merge(a.substring(2), 1, Integer::sum);
            }
          }
        }
        bases.add(row);
      }
      LocalDate day = null; // the most frequent day, the earliest of equals (days is sorted)
      int best = 0;
      for (Map.Entry<String, Integer> d : days.entrySet()) {
        if (d.getValue() > best) {
          best = d.getValue();
          day = LocalDate.parse(d.getKey());
        }
      }
      templates.add(new Template(e.getKey(), bases, day));
    }
    Map<Character, List<String>> anchors = new TreeMap<>();
    anchorPool.forEach((k, v) -> anchors.put(k, List.copyOf(v)));
    Map<String, List<String>> terms = new TreeMap<>();
    termPool.forEach((k, v) -> terms.put(k, List.copyOf(v)));
    return new Corpus(templates, anchors, terms, surfaces, reports.size(), analysedCount, reportsByLanguage);
  }

  /** Entities, handles and URLs name what a story is about; days are shifted, numbers kept. */
  private static boolean replaceable(String anchor) {
    char kind = anchor.charAt(0);
    return anchor.length() > 2 && anchor.charAt(1) == ':' && (kind == 'e' || kind == 'h' || kind == 'u');
  }

  private static Base base(Item item, Map<String, Integer> anchorTemplates, Map<String, Integer> termTemplates,
      int specificMax) {
    List<String> kept = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (String a : item.representation().anchors()) {
      if (DAY.matcher(a).matches() || MONTH.matcher(a).matches() || YEAR.matcher(a).matches()) {
        dates.add(a);
      } else if (replaceable(a) && anchorTemplates.get(a) <= specificMax) {
        replaced.add(a);
      } else {
        kept.add(a);
      }
    }
    Map<String, Integer> keptTerms = new HashMap<>();
    List<String> replacedTerms = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    item.representation().terms().forEach((t, n) -> {
      if (termTemplates.get(t) <= specificMax) {
        replacedTerms.add(t);
        counts.add(n);
      } else {
        keptTerms.put(t, n);
      }
    });
    return new Base(item, kept.toArray(String[]::new), replaced.toArray(String[]::new), dates.toArray(String[]::new),
        keptTerms, replacedTerms.toArray(String[]::new), counts.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * A version of a text: 0 as written; 1 about 30 % of the sentences after the first dropped; 2 the
   * lead paragraph, then the other paragraphs shuffled, and 30 % of the sentences dropped (another
   * draw); 3 the first half of the sentences.
   */
  static List<String> variant(String text, int version, Random random) {
    List<List<String>> paragraphs = new ArrayList<>();
    for (String p : text.split("\\n+")) {
      if (!p.isBlank()) {
        paragraphs.add(Sentences.of(p.strip()));
      }
    }
    switch (version) {
      case 1 -> drop(paragraphs, 0.30, random);
      case 2 -> {
        if (paragraphs.size() > 2) {
          Collections.shuffle(paragraphs.subList(1, paragraphs.size()), random);
        }
        drop(paragraphs, 0.30, random);
      }
      case 3 -> {
        int total = paragraphs.stream().mapToInt(List::size).sum();
        int keep = Math.max(1, (total + 1) / 2);
        List<List<String>> brief = new ArrayList<>();
        for (List<String> p : paragraphs) {
          if (keep <= 0) {
            break;
          }
          brief.add(p.subList(0, Math.min(keep, p.size())));
          keep -= p.size();
        }
        paragraphs = brief;
      }
      default -> { }
    }
    return paragraphs.stream().filter(p -> !p.isEmpty()).map(p -> String.join(" ", p)).toList();
  }

  /** Drops each sentence but the very first with the given probability. */
  private static void drop(List<List<String>> paragraphs, double share, Random random) {
    boolean first = true;
    for (int i = 0; i < paragraphs.size(); i++) {
      List<String> kept = new ArrayList<>();
      for (String s : paragraphs.get(i)) {
        if (first || random.nextDouble() >= share) {
          kept.add(s);
        }
        first = false;
      }
      paragraphs.set(i, kept);
    }
  }

  private static void readXling(Path folder, List<Report> out) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(f -> f.getFileName().toString().equals("docs.jsonl")).sorted().toList();
    }
    for (Path file : files) {
      String set = file.getParent().getFileName().toString();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode doc = JSON.readTree(line);
          out.add(new Report("xling/" + set + "/" + doc.path("event").asText(), emptyToNull(doc.path("title").asText("")),
              doc.path("text").asText("")));
        }
      }
    }
  }

  /** Articles joined by "same story" ratings form one template; texts are deduplicated. */
  private static void readSemEval(Path file, List<Report> out) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    Map<String, Integer> indexOfText = new LinkedHashMap<>();
    List<int[]> same = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode pair = JSON.readTree(line);
        int a = indexOfText.computeIfAbsent(pair.path("text1").asText(""), t -> indexOfText.size());
        int b = indexOfText.computeIfAbsent(pair.path("text2").asText(""), t -> indexOfText.size());
        if (pair.path("overall").asDouble(4) <= 1.5) {
          same.add(new int[] {a, b});
        }
      }
    }
    int[] parent = IntStream.range(0, indexOfText.size()).toArray();
    for (int[] edge : same) {
      int ra = root(parent, edge[0]);
      int rb = root(parent, edge[1]);
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
    int i = 0;
    for (String text : indexOfText.keySet()) {
      if (!text.isBlank()) {
        int split = text.indexOf("  ");
        boolean titled = split > 0 && split < 300;
        out.add(new Report("semeval/" + root(parent, i), titled ? text.substring(0, split).strip() : null,
            titled ? text.substring(split).strip() : text));
      }
      i++;
    }
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void readZyte(Path file, List<Report> out) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    JsonNode truth = JSON.readTree(file.toFile());
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    Collections.sort(ids);
    for (String id : ids) {
      String body = truth.path(id).path("articleBody").asText("");
      if (!body.isBlank()) {
        out.add(new Report("zyte/" + id, null, body));
      }
    }
  }

  private static String emptyToNull(String s) {
    return s.isBlank() ? null : s;
  }
}
