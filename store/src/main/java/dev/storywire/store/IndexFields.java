package dev.storywire.store;

import dev.storywire.model.AnalyzedParagraph;
import dev.storywire.model.Entity;
import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.Story;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/** The index's field names and how an item or a story becomes a Lucene document. */
final class IndexFields {
  /** Unique per document ({@code item:<id>}, {@code story:<id>}); the replace-by-id key. */
  static final String KEY = "key";
  static final String TYPE = "type";
  static final String TYPE_ITEM = "item";
  static final String TYPE_STORY = "story";
  static final String ID = "id";
  static final String STORY_ID = "story_id";
  /** Each story the item's arrival merged into its own (so that an old address finds the story). */
  static final String MERGED_STORY = "merged_story";
  static final String KIND = "kind";
  static final String LANG = "lang";
  static final String ENTITY_KEY = "entity_key";
  static final String ANCHOR = "anchor";
  static final String ARCHIVE_SEQ = "archive_seq";
  /** When the document was first put (kept on replace): the order of {@code items()}. */
  static final String PUT_ORDER = "put_order";
  static final String FIRST_SEEN = "first_seen";
  static final String PUBLISHED = "published";
  /** Published time when the page gives a readable one, else first seen: the flash feed's order. */
  static final String RECENCY = "recency";
  static final String ITEM_JSON = "item_json";
  static final String MEMBERSHIP_JSON = "membership_json";
  static final String STORY_JSON = "story_json";

  /**
   * The longest keyword (entity key, anchor) indexed, in characters. Lucene refuses terms over
   * 32,766 UTF-8 bytes (4 per character at most); a value this long is not a key, so it is skipped
   * rather than failing the whole item.
   */
  static final int MAX_KEYWORD_CHARS = 8_000;

  private IndexFields() {}

  static String itemKey(String id) {
    return TYPE_ITEM + ":" + id;
  }

  static String storyKey(String id) {
    return TYPE_STORY + ":" + id;
  }

  static Document item(Item item, Membership membership, long putOrder) {
    Document doc = common(TYPE_ITEM, item.id(), putOrder);
    doc.add(new StringField(STORY_ID, membership.storyId(), Field.Store.NO));
    for (String merged : membership.merged()) {
      doc.add(new StringField(MERGED_STORY, merged, Field.Store.NO));
    }
    doc.add(new StringField(KIND, item.kind().wireName(), Field.Store.NO));
    doc.add(new StringField(LANG, LanguageFieldAnalyzer.suffix(item.lang()), Field.Store.NO));
    addText(doc, item);
    addKeywords(doc, item);
    addSortKeys(doc, item);
    doc.add(new StoredField(ITEM_JSON, JsonCodec.encode(item)));
    doc.add(new StoredField(MEMBERSHIP_JSON, JsonCodec.encode(membership)));
    return doc;
  }

  static Document story(Story story, long putOrder) {
    Document doc = common(TYPE_STORY, story.id(), putOrder);
    doc.add(new StoredField(STORY_JSON, JsonCodec.encode(story)));
    return doc;
  }

  private static Document common(String type, String id, long putOrder) {
    Document doc = new Document();
    doc.add(new StringField(KEY, type + ":" + id, Field.Store.NO));
    doc.add(new StringField(TYPE, type, Field.Store.NO));
    doc.add(new StringField(ID, id, Field.Store.NO));
    doc.add(new NumericDocValuesField(PUT_ORDER, putOrder));
    doc.add(new StoredField(PUT_ORDER, putOrder));
    return doc;
  }

  /** Each paragraph in its own language's field; the title in the item's language. */
  private static void addText(Document doc, Item item) {
    doc.add(new TextField(LanguageFieldAnalyzer.TITLE_PREFIX + LanguageFieldAnalyzer.suffix(item.lang()),
        item.title(), Field.Store.NO));
    for (AnalyzedParagraph p : item.paragraphs()) {
      doc.add(new TextField(LanguageFieldAnalyzer.TEXT_PREFIX + LanguageFieldAnalyzer.suffix(p.lang()),
          p.text(), Field.Store.NO));
    }
  }

  private static void addKeywords(Document doc, Item item) {
    for (Entity e : item.entities()) {
      addKeyword(doc, ENTITY_KEY, e.key());
    }
    for (String anchor : item.representation().anchors()) {
      addKeyword(doc, ANCHOR, anchor);
    }
  }

  private static void addKeyword(Document doc, String field, String value) {
    if (!value.isEmpty() && value.length() <= MAX_KEYWORD_CHARS) {
      doc.add(new StringField(field, value, Field.Store.NO));
    }
  }

  private static void addSortKeys(Document doc, Item item) {
    doc.add(new NumericDocValuesField(ARCHIVE_SEQ, item.archiveSeq()));
    doc.add(new NumericDocValuesField(FIRST_SEEN, epochMillis(item.firstSeen())));
    if (item.published() != null) {
      doc.add(new SortedDocValuesField(PUBLISHED, new BytesRef(item.published())));
    }
    doc.add(new NumericDocValuesField(RECENCY, recency(item.published(), item.firstSeen())));
  }

  /** Epoch milliseconds of the published time when it reads as ISO 8601, else of first seen. */
  static long recency(@Nullable String published, Instant firstSeen) {
    Instant when = published == null ? null : parseIso(published);
    return epochMillis(when == null ? firstSeen : when);
  }

  /**
   * Reads an offset date-time, a local date-time or a date (as {@code PageDate.toIso} writes
   * them); local times and dates are taken as UTC. Returns null when it reads as none of them.
   */
  static @Nullable Instant parseIso(String iso) {
    try {
      if (iso.length() <= "yyyy-mm-dd".length()) {
        return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from, LocalDateTime::from);
      return t instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static long epochMillis(Instant instant) {
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException e) {
      return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
