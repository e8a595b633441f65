package dev.storywire.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.storywire.model.AnalyzedParagraph;
import dev.storywire.model.Attribution;
import dev.storywire.model.DateMention;
import dev.storywire.model.Entity;
import dev.storywire.model.Item;
import dev.storywire.model.Link;
import dev.storywire.model.Membership;
import dev.storywire.model.NumberMention;
import dev.storywire.model.SearchHit;
import dev.storywire.model.SharedAnchor;
import dev.storywire.model.Story;
import dev.storywire.model.StoryMember;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of items, stories and search hits, shared by the HTTP API and the command line
 * (which prints one object per line). Field names are snake_case and stable: other tools rely on
 * them. Absent values are JSON {@code null}, never missing, except a paragraph's optional
 * {@code attribution}. Times are ISO 8601 strings.
 */
public final class WireFormat {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private WireFormat() {}

  /** A mapper configured for this format (ISO 8601 dates); a copy the caller may change. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /** Serialises a node as compact JSON on one line. */
  static String write(com.fasterxml.jackson.databind.JsonNode node) {
    return node.toString();
  }

  /**
   * An item with its analysis and, when known, why it is in its story.
   *
   * @param membership the item's membership, or null when it is in no story
   */
  public static ObjectNode item(Item item, @Nullable Membership membership) {
    ObjectNode out = NODES.objectNode();
    out.put("id", item.id());
    out.put("kind", item.kind().wireName());
    out.put("lang", item.lang());
    out.put("title", item.title());
    out.put("text", item.text());
    out.put("summary", item.summary());
    out.put("published", item.published());
    out.put("first_seen", item.firstSeen().toString());
    out.put("reference_date", item.referenceDate());
    out.set("event_dates", strings(item.eventDates()));
    out.put("story", membership == null ? null : membership.storyId());
    out.put("url", item.source().url());
    out.put("source", item.source().outlet() != null ? item.source().outlet() : item.source().name());
    out.put("source_name", item.source().name());
    out.set("authors", strings(item.authors()));
    out.put("image", item.image());
    out.put("truncated", item.truncated());
    out.set("paragraphs", paragraphs(item.paragraphs()));
    out.set("related", related(item.related()));
    out.set("entities", entities(item.entities()));
    out.set("numbers", numbers(item.numbers()));
    out.set("dates", dates(item.dates()));
    out.set("membership", membership == null ? NODES.nullNode() : membership(membership));
    return out;
  }

  /** A story: its members in the order they joined, and one piece of evidence per member. */
  public static ObjectNode story(Story story) {
    ObjectNode out = NODES.objectNode();
    out.put("id", story.id());
    out.put("title", story.title());
    out.set("languages", strings(story.languages()));
    out.set("event_dates", strings(story.eventDates()));
    out.put("updated", story.updated());
    ArrayNode items = out.putArray("items");
    ArrayNode evidence = out.putArray("evidence");
    for (StoryMember member : story.members()) {
      items.add(member(member));
      evidence.add(evidence(member));
    }
    return out;
  }

  /** One search result. */
  public static ObjectNode hit(SearchHit hit) {
    ObjectNode out = NODES.objectNode();
    out.put("id", hit.itemId());
    out.put("story", hit.storyId());
    out.put("lang", hit.lang());
    out.put("title", hit.title());
    putNumber(out, "score", hit.score());
    return out;
  }

  private static ObjectNode member(StoryMember member) {
    ObjectNode out = NODES.objectNode();
    out.put("id", member.id());
    out.put("kind", member.kind().wireName());
    out.put("lang", member.lang());
    out.put("title", member.title());
    out.put("published", member.published());
    return out;
  }

  private static ObjectNode evidence(StoryMember member) {
    ObjectNode out = NODES.objectNode();
    out.put("item", member.id());
    membershipFields(out, member.membership());
    return out;
  }

  private static ObjectNode membership(Membership membership) {
    ObjectNode out = NODES.objectNode();
    membershipFields(out, membership);
    return out;
  }

  private static void membershipFields(ObjectNode out, Membership membership) {
    putNumber(out, "score", membership.score());
    out.put("matched", membership.matchedItem());
    ArrayNode shared = out.putArray("shared");
    for (SharedAnchor anchor : membership.shared()) {
      ObjectNode node = shared.addObject();
      node.put("anchor", anchor.anchor());
      node.put("label", anchor.label());
      putNumber(node, "weight", anchor.weight());
    }
    putNumber(out, "text_similarity", membership.textSimilarity());
    out.put("duplicate_of", membership.duplicateOf());
    if (membership.joinedStory() != null) {
      out.put("joined_story", membership.joinedStory()); // the story it went to, since merged into this one
    }
    if (!membership.merged().isEmpty()) {
      ArrayNode merged = out.putArray("merged"); // stories this item showed to be this one, merged into it
      membership.merged().forEach(merged::add);
    }
  }

  private static ArrayNode paragraphs(List<AnalyzedParagraph> paragraphs) {
    ArrayNode out = NODES.arrayNode();
    for (AnalyzedParagraph p : paragraphs) {
      ObjectNode node = out.addObject();
      node.put("lang", p.lang());
      node.put("role", p.role().wireName());
      node.put("text", p.text());
      if (p.attribution() != null) {
        node.set("attribution", attribution(p.attribution()));
      }
    }
    return out;
  }

  private static ObjectNode attribution(Attribution a) {
    ObjectNode out = NODES.objectNode();
    out.put("author", a.author());
    out.put("handle", a.handle());
    out.put("date", a.date() == null ? null : a.date().toString());
    out.put("url", a.url());
    return out;
  }

  private static ArrayNode related(List<Link> links) {
    ArrayNode out = NODES.arrayNode();
    for (Link link : links) {
      out.addObject().put("text", link.text()).put("url", link.url());
    }
    return out;
  }

  private static ArrayNode entities(List<Entity> entities) {
    ArrayNode out = NODES.arrayNode();
    for (Entity e : entities) {
      out.addObject()
          .put("text", e.text())
          .put("key", e.key())
          .put("type", e.type().wireName())
          .put("count", e.count());
    }
    return out;
  }

  private static ArrayNode numbers(List<NumberMention> numbers) {
    ArrayNode out = NODES.arrayNode();
    for (NumberMention n : numbers) {
      ObjectNode node = out.addObject().put("text", n.text());
      putNumber(node, "value", n.value());
      node.put("unit", n.unit());
    }
    return out;
  }

  private static ArrayNode dates(List<DateMention> dates) {
    ArrayNode out = NODES.arrayNode();
    for (DateMention d : dates) {
      out.addObject()
          .put("text", d.text())
          .put("iso", d.iso())
          .put("granularity", d.granularity().name().toLowerCase(Locale.ROOT))
          .put("relative", d.relative());
    }
    return out;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode out = NODES.arrayNode();
    values.forEach(out::add);
    return out;
  }

  /** JSON has no NaN or infinity: such a value is written as null rather than as invalid JSON. */
  private static void putNumber(ObjectNode node, String name, double value) {
    if (Double.isFinite(value)) {
      node.put(name, value);
    } else {
      node.putNull(name);
    }
  }
}
