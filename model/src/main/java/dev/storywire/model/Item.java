package dev.storywire.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An analyzed article or flash item: the unit that is clustered, indexed and served.
 *
 * @param id stable id derived from the archived document and the item's position in it
 * @param documentKey the raw document it came from
 * @param archiveSeq the archive record that holds that document
 * @param lang the main language (ISO 639-1), or null when none could be identified
 * @param title the headline
 * @param summary a one-line summary
 * @param published the publication time the page states (ISO 8601), or null
 * @param firstSeen when Storywire first received the document
 * @param referenceDate the day relative dates were resolved against (ISO 8601), or null
 * @param eventDates the day(s) of the event the item reports (ISO 8601), most salient first
 * @param authors the article's authors as its page names them; empty when unknown (and for flash items)
 * @param image the article's lead image (absolute URL), or null
 */
public record Item(
    String id,
    ItemKind kind,
    String documentKey,
    long archiveSeq,
    SourceRef source,
    @Nullable String lang,
    String title,
    String summary,
    List<AnalyzedParagraph> paragraphs,
    List<Link> related,
    @Nullable String published,
    Instant firstSeen,
    @Nullable String referenceDate,
    List<String> eventDates,
    List<Entity> entities,
    List<NumberMention> numbers,
    List<DateMention> dates,
    boolean truncated,
    Representation representation,
    List<String> authors,
    @Nullable String image) {

  public Item {
    paragraphs = List.copyOf(paragraphs);
    related = List.copyOf(related);
    eventDates = List.copyOf(eventDates);
    entities = List.copyOf(entities);
    numbers = List.copyOf(numbers);
    dates = List.copyOf(dates);
    authors = authors == null ? List.of() : List.copyOf(authors); // absent in items stored before bylines
  }

  /** An item without byline or lead image. */
  public Item(String id, ItemKind kind, String documentKey, long archiveSeq, SourceRef source, @Nullable String lang,
      String title, String summary, List<AnalyzedParagraph> paragraphs, List<Link> related, @Nullable String published,
      Instant firstSeen, @Nullable String referenceDate, List<String> eventDates, List<Entity> entities,
      List<NumberMention> numbers, List<DateMention> dates, boolean truncated, Representation representation) {
    this(id, kind, documentKey, archiveSeq, source, lang, title, summary, paragraphs, related, published, firstSeen,
        referenceDate, eventDates, entities, numbers, dates, truncated, representation, List.of(), null);
  }

  /** The body text, paragraphs joined by blank lines. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (AnalyzedParagraph p : paragraphs) {
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      out.append(p.text());
    }
    return out.toString();
  }
}
