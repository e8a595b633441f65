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
    Representation representation) {

  public Item {
    paragraphs = List.copyOf(paragraphs);
    related = List.copyOf(related);
    eventDates = List.copyOf(eventDates);
    entities = List.copyOf(entities);
    numbers = List.copyOf(numbers);
    dates = List.copyOf(dates);
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
