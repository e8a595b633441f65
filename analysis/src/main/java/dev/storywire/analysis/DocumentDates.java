package dev.storywire.analysis;

import dev.storywire.analysis.dates.DateCandidate;
import dev.storywire.model.AnalyzedParagraph;
import dev.storywire.model.DateMention;
import dev.storywire.model.Granularity;
import dev.storywire.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The dates of one article: its reference day, the resolved mentions and the event days, most
 * salient first. Relative expressions in a quote with a dated attribution (an embedded post) are
 * resolved against the quote's own date.
 */
final class DocumentDates {
  /** Salience of an event day named by a relative expression ("on Wednesday"): reports say when it happened so. */
  private static final double RELATIVE_SALIENCE = 2;

  /** Extra salience of a day named in the lead paragraph, which says what happened when. */
  private static final double LEAD_SALIENCE = 1;

  private DocumentDates() {}

  /**
   * The reference day: the published day, else the latest explicit day of the text (quotes and
   * their attributions included) that is not after the first-seen day; null when there is none.
   */
  static @Nullable LocalDate reference(
      @Nullable LocalDate published, List<List<DateCandidate>> candidates, List<AnalyzedParagraph> paragraphs, LocalDate firstSeen) {
    if (published != null) {
      return published;
    }
    List<LocalDate> days = new ArrayList<>();
    candidates.forEach(list -> list.forEach(c -> c.explicitDate().ifPresent(days::add)));
    paragraphs.forEach(p -> {
      if (p.attribution() != null && p.attribution().date() != null) {
        days.add(p.attribution().date());
      }
    });
    return days.stream().filter(d -> !d.isAfter(firstSeen)).max(Comparator.naturalOrder()).orElse(null);
  }

  /** The day a paragraph's relative dates resolve against: a dated quote's own day, else the reference. */
  static @Nullable LocalDate referenceFor(AnalyzedParagraph paragraph, @Nullable LocalDate reference) {
    if (paragraph.role() == Role.QUOTE && paragraph.attribution() != null && paragraph.attribution().date() != null) {
      return paragraph.attribution().date();
    }
    return reference;
  }

  /** The mentions of one paragraph that could be resolved, in order. */
  static List<DateMention> resolve(List<DateCandidate> candidates, @Nullable LocalDate reference) {
    return candidates.stream().map(c -> c.resolve(reference)).flatMap(Optional::stream).toList();
  }

  /**
   * Event days: days resolved from relative expressions, and days in the lead paragraph, ordered
   * by salience and then by first appearance.
   *
   * @param mentions the resolved mentions per paragraph
   * @param lead index of the lead paragraph, or -1
   */
  static List<String> eventDays(List<List<DateMention>> mentions, int lead) {
    Map<String, Double> score = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      for (DateMention m : mentions.get(i)) {
        if (m.granularity() != Granularity.DAY) {
          continue;
        }
        double s = (m.relative() ? RELATIVE_SALIENCE : 0) + (i == lead ? LEAD_SALIENCE : 0);
        if (s > 0) {
          score.merge(m.iso(), s, Double::sum);
        }
      }
    }
    List<String> days = new ArrayList<>(score.keySet());
    days.sort(Comparator.comparing((String d) -> -score.get(d)));
    return days;
  }
}
