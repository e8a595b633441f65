package dev.storywire.analysis;

import dev.storywire.analysis.dates.DateCandidate;
import dev.storywire.analysis.dates.DateFinder;
import dev.storywire.analysis.text.Sentences;
import dev.storywire.model.AnalyzedParagraph;
import dev.storywire.model.Role;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Headlines and one-line summaries of items. */
final class Titles {
  /** An article's title made from its first sentence is cut to this many characters. */
  static final int ARTICLE_TITLE_MAX = 160;

  /** A flash item's title: a ticker line, short enough for a list. */
  static final int FLASH_TITLE_MAX = 60;

  /** A summary is one line. */
  static final int SUMMARY_MAX = 200;

  /**
   * A leading clause with fewer letters than this, once its dates are removed, is a dateline or a
   * time qualifier ("北京时间", "2026年初", "OSLO"), not a headline; the ticker of the Chinese seed
   * page taught it.
   */
  static final int MIN_HEADLINE_LETTERS = 5;

  /** Where a clause ends, in Latin, Arabic and CJK punctuation. */
  private static final Pattern CLAUSE_END = Pattern.compile("[，,。！？!?；;：:、]|\\.\\s|،");

  private Titles() {}

  /** @return the page's title, else the first sentence of the body, cut; "" for neither */
  static String article(@Nullable String pageTitle, List<AnalyzedParagraph> paragraphs) {
    if (pageTitle != null && !pageTitle.isBlank()) {
      return pageTitle.strip();
    }
    return paragraphs.stream()
        .flatMap(p -> p.sentences().stream())
        .findFirst()
        .map(s -> Sentences.cut(s, ARTICLE_TITLE_MAX))
        .orElse("");
  }

  /** @return the leading sentences of the first body paragraph that fit in one line */
  static String summary(List<AnalyzedParagraph> paragraphs) {
    AnalyzedParagraph lead = paragraphs.stream()
        .filter(p -> p.role() == Role.BODY && !p.sentences().isEmpty())
        .findFirst()
        .orElse(paragraphs.isEmpty() ? null : paragraphs.getFirst());
    if (lead == null || lead.sentences().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String sentence : lead.sentences()) {
      if (!out.isEmpty() && out.length() + 1 + sentence.length() > SUMMARY_MAX) {
        break;
      }
      out.append(out.isEmpty() ? "" : " ").append(sentence);
    }
    return Sentences.cut(out.toString(), SUMMARY_MAX);
  }

  /**
   * The first clause of a ticker line that says more than a date or a dateline ("2025年11月26日，香港…"
   * is titled from 香港…), cut to {@link #FLASH_TITLE_MAX}.
   */
  static String flash(String text, DateFinder dates) {
    int start = 0;
    var m = CLAUSE_END.matcher(text);
    while (m.find()) {
      String clause = text.substring(start, m.start());
      if (!datelineOnly(clause, dates)) {
        return Sentences.cut(clause, FLASH_TITLE_MAX);
      }
      start = m.end();
    }
    return Sentences.cut(text.substring(start), FLASH_TITLE_MAX);
  }

  private static boolean datelineOnly(String clause, DateFinder dates) {
    StringBuilder rest = new StringBuilder(clause);
    for (DateCandidate d : dates.find(clause).reversed()) {
      rest.delete(d.start(), d.end());
    }
    return rest.codePoints().filter(Character::isLetter).count() < MIN_HEADLINE_LETTERS;
  }
}
