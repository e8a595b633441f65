package dev.storywire.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storywire.model.Membership;
import dev.storywire.model.SearchHit;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class WireFormatTest {

  static final List<String> ITEM_FIELDS =
      List.of(
          "id", "kind", "lang", "title", "text", "summary", "published", "first_seen", "reference_date",
          "event_dates", "story", "url", "source", "truncated", "paragraphs", "related", "entities",
          "numbers", "dates", "membership");
  static final List<String> MEMBERSHIP_FIELDS = List.of("score", "matched", "shared", "text_similarity", "duplicate_of");
  static final List<String> STORY_FIELDS = List.of("id", "title", "languages", "event_dates", "updated", "items", "evidence");

  private final SeedFixture fixture = SeedFixture.load();

  @Test
  void itemHasEveryContractField() {
    Membership join = fixture.membershipOf(fixture.chinese.id());
    ObjectNode json = WireFormat.item(fixture.chinese, join);
    assertThat(names(json)).containsAll(ITEM_FIELDS);
    assertThat(json.get("id").asText()).isEqualTo(fixture.chinese.id());
    assertThat(json.get("kind").asText()).isEqualTo("article");
    assertThat(json.get("lang").asText()).isEqualTo("zh");
    assertThat(json.get("text").asText()).isEqualTo(fixture.chinese.text());
    assertThat(json.get("first_seen").asText()).isEqualTo("2025-11-28T05:40:00Z");
    assertThat(json.get("published").isNull()).isTrue();
    assertThat(json.get("event_dates").get(0).asText()).isEqualTo("2025-08-13");
    assertThat(json.get("story").asText()).isEqualTo(fixture.event.id());
    assertThat(json.get("url").asText()).isEqualTo("https://example.com/zh/babuschkin");
    assertThat(json.get("truncated").asBoolean()).isFalse();
    assertThat(names(json.get("membership"))).containsAll(MEMBERSHIP_FIELDS);
    assertThat(json.get("membership").get("matched").asText()).isEqualTo(fixture.arabic.id());
    assertThat(names(json.get("membership").get("shared").get(0))).containsExactly("anchor", "label", "weight");
    assertThat(names(json.get("entities").get(0))).contains("text", "key", "type");
    assertThat(json.get("entities").get(0).get("type").asText()).isEqualTo("person");
    assertThat(names(json.get("numbers").get(0))).contains("text", "value", "unit");
    assertThat(json.get("numbers").get(0).get("value").asDouble()).isEqualTo(3.0);
    assertThat(names(json.get("dates").get(0))).containsExactly("text", "iso", "granularity", "relative");
    assertThat(json.get("dates").get(0).get("granularity").asText()).isEqualTo("day");
  }

  @Test
  void paragraphsCarryLanguageRoleAndAttribution() {
    ObjectNode json = WireFormat.item(fixture.arabic, null);
    JsonNode paragraphs = json.get("paragraphs");
    JsonNode quote =
        StreamSupport.stream(paragraphs.spliterator(), false)
            .filter(p -> p.get("role").asText().equals("quote"))
            .findFirst()
            .orElseThrow();
    assertThat(quote.get("lang").asText()).isEqualTo("en");
    assertThat(names(quote.get("attribution"))).containsExactly("author", "handle", "date", "url");
    assertThat(quote.get("attribution").get("handle").asText()).isEqualTo("@ibab");
    assertThat(quote.get("attribution").get("date").asText()).isEqualTo("2025-08-13");
    assertThat(paragraphs.get(0).has("attribution")).isFalse();
    assertThat(StreamSupport.stream(paragraphs.spliterator(), false).map(p -> p.get("role").asText()))
        .contains("body", "heading", "quote");
    assertThat(json.get("related").get(0).fieldNames()).toIterable().containsExactly("text", "url");
    assertThat(json.get("story").isNull()).isTrue();
    assertThat(json.get("membership").isNull()).isTrue();
  }

  @Test
  void storyHasItemsAndOneEvidencePerMember() {
    ObjectNode json = WireFormat.story(fixture.event);
    assertThat(names(json)).containsAll(STORY_FIELDS);
    assertThat(json.get("languages")).hasSize(2);
    assertThat(json.get("items")).hasSize(2);
    assertThat(names(json.get("items").get(0))).containsExactly("id", "kind", "lang", "title", "published");
    JsonNode evidence = json.get("evidence");
    assertThat(evidence).hasSize(2);
    assertThat(names(evidence.get(1))).contains("item").containsAll(MEMBERSHIP_FIELDS);
    assertThat(evidence.get(0).get("score").asDouble()).isEqualTo(1.0);
    assertThat(evidence.get(0).get("matched").isNull()).isTrue();
    assertThat(evidence.get(1).get("item").asText()).isEqualTo(fixture.chinese.id());
    assertThat(evidence.get(1).get("shared").get(0).get("label").asText()).isEqualTo("Babuschkin");
  }

  @Test
  void hitHasItsFiveFields() {
    ObjectNode json = WireFormat.hit(new SearchHit("i1", "s1", null, "t", 0.5));
    assertThat(names(json)).containsExactly("id", "story", "lang", "title", "score");
    assertThat(json.get("lang").isNull()).isTrue();
  }

  @Test
  void nonFiniteNumbersAreWrittenAsNull() {
    ObjectNode json = WireFormat.hit(new SearchHit("i1", "s1", "en", "t", Double.NaN));
    assertThat(json.get("score").isNull()).isTrue();
    assertThat(json.toString()).doesNotContain("NaN");
  }

  @Test
  void wireNamesDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      ObjectNode json = WireFormat.item(fixture.arabic, null);
      assertThat(json.get("kind").asText()).isEqualTo("article");
      assertThat(json.get("dates").get(0).get("granularity").asText()).isEqualTo("day");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void mapperWritesTimesAsIsoStrings() throws Exception {
    assertThat(WireFormat.mapper().writeValueAsString(Instant.parse("2025-08-13T10:00:00Z")))
        .isEqualTo("\"2025-08-13T10:00:00Z\"");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
