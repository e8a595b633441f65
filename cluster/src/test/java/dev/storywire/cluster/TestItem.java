package dev.storywire.cluster;

import dev.storywire.model.AnalyzedParagraph;
import dev.storywire.model.Entity;
import dev.storywire.model.EntityType;
import dev.storywire.model.Ids;
import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.Representation;
import dev.storywire.model.Role;
import dev.storywire.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link Item}s for tests. Anchors and entities are written out explicitly, as analysis
 * would produce them; terms, shingles and the content hash are derived from the text by {@link
 * TestTokens}, a stand-in for analysis that is deliberately crude (character bigrams for Chinese),
 * which makes unrelated texts look more alike than real segmentation would: a harder test.
 */
final class TestItem {

  private String documentKey = "doc";
  private int index;
  private ItemKind kind = ItemKind.ARTICLE;
  private @Nullable String lang;
  private String title = "";
  private final List<String> paragraphs = new ArrayList<>();
  private @Nullable String published;
  private Instant firstSeen = Instant.parse("2025-08-13T12:00:00Z");
  private final List<String> eventDates = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private final Set<String> anchors = new LinkedHashSet<>();
  private @Nullable Map<String, Integer> terms;
  private long @Nullable [] shingles;
  private @Nullable String contentHash;
  private Map<String, Double> pivot = Map.of();

  static TestItem article(String documentKey, String lang) {
    TestItem item = new TestItem();
    item.documentKey = documentKey;
    item.lang = lang;
    return item;
  }

  static TestItem flash(String documentKey, int index, String lang) {
    TestItem item = article(documentKey, lang);
    item.kind = ItemKind.FLASH;
    item.index = index;
    return item;
  }

  /** Moves the item to another document: another id, the same content. */
  TestItem documentKey(String value) {
    this.documentKey = value;
    return this;
  }

  TestItem title(String value) {
    this.title = value;
    return this;
  }

  TestItem text(String... values) {
    paragraphs.addAll(List.of(values));
    return this;
  }

  TestItem published(@Nullable String iso) {
    this.published = iso;
    return this;
  }

  TestItem firstSeen(String iso) {
    this.firstSeen = Instant.parse(iso);
    return this;
  }

  TestItem eventDates(String... days) {
    eventDates.addAll(List.of(days));
    return this;
  }

  /** Adds an entity with its surface form and the {@code e:} anchor of its key. */
  TestItem entity(String surface, String key) {
    entities.add(new Entity(surface, key, EntityType.OTHER, 1));
    anchors.add("e:" + key);
    return this;
  }

  /** Adds raw anchors ({@code e:key}, {@code d:2025-08-13}, {@code n:3|month}, {@code h:@ibab}). */
  TestItem anchors(String... keys) {
    anchors.addAll(List.of(keys));
    return this;
  }

  TestItem anchors(Iterable<String> keys) {
    keys.forEach(anchors::add);
    return this;
  }

  /** Replaces the terms derived from the text. */
  TestItem terms(Map<String, Integer> value) {
    this.terms = value;
    return this;
  }

  /** Replaces the shingles derived from the text. */
  TestItem shingles(long[] value) {
    this.shingles = value;
    return this;
  }

  /** Replaces the content hash derived from the text. */
  TestItem contentHash(String value) {
    this.contentHash = value;
    return this;
  }

  /** Sets the English pivot translations analysis would give (stem to weight). */
  TestItem pivot(Map<String, Double> value) {
    this.pivot = value;
    return this;
  }

  String id() {
    return Ids.item(documentKey, index);
  }

  Item build() {
    String text = String.join("\n\n", paragraphs);
    String language = lang == null ? "xx" : lang;
    List<String> tokens = TestTokens.tokens(title + "\n" + text, language);
    Representation rep = new Representation(
        anchors,
        terms != null ? terms : TestTokens.terms(tokens, language),
        shingles != null ? shingles : TestTokens.shingles(TestTokens.tokens(text, language)),
        contentHash != null ? contentHash : Ids.sha256(normalise(text).getBytes(StandardCharsets.UTF_8)),
        pivot);
    return new Item(
        id(),
        kind,
        documentKey,
        0,
        SourceRef.ofName(documentKey),
        lang,
        title,
        "",
        paragraphs.stream().map(p -> new AnalyzedParagraph(Role.BODY, lang, p, List.of(p), null)).toList(),
        List.of(),
        published,
        firstSeen,
        null,
        eventDates,
        entities,
        List.of(),
        List.of(),
        false,
        rep);
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A copy of a term map with counts, for tests that write terms out. */
  static Map<String, Integer> counts(String... termsAndCounts) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < termsAndCounts.length; i += 2) {
      map.put(termsAndCounts[i], Integer.parseInt(termsAndCounts[i + 1]));
    }
    return map;
  }
}
