package dev.storywire.analysis.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/** Sentences of a paragraph by ICU's rules for its language. Thread-safe. */
public final class Sentences {
  private static final ThreadLocal<BreakIterator> ROOT =
      ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ULocale.ROOT));

  private static final ThreadLocal<BreakIterator> WORDS =
      ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

  private Sentences() {}

  /** @return the trimmed, non-empty sentences of {@code text} */
  public static List<String> of(String text) {
    BreakIterator it = ROOT.get();
    it.setText(text);
    List<String> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String sentence = text.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        out.add(sentence);
      }
    }
    return out;
  }

  /**
   * Cuts {@code text} to at most {@code max} characters at a word (or, in CJK, character) boundary.
   *
   * @return the text itself when short enough, else a cut without trailing punctuation
   */
  public static String cut(String text, int max) {
    String t = text.strip();
    if (t.length() <= max) {
      return t;
    }
    BreakIterator words = WORDS.get();
    words.setText(t);
    int end = words.preceding(max + 1);
    if (end <= 0) {
      end = max;
    }
    return t.substring(0, end).strip().replaceAll("[\\p{P}\\s]+$", "");
  }
}
