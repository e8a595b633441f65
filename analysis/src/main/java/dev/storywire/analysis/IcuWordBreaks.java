package dev.storywire.analysis;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerConfig;

/**
 * Word breaking for Lucene's ICUTokenizer with ICU4J's own word rules (UAX #29, with dictionaries
 * for CJK, Thai, Lao, Khmer and Burmese). Lucene's default config loads break rules that Lucene
 * compiled for ICU 77; ICU4J 79 rejects that data ("Header authentication failed"), so the rules
 * come from the ICU4J on the class path instead.
 */
final class IcuWordBreaks extends ICUTokenizerConfig {
  /** Rule status ranges of ICU word breaks (UBRK_WORD_*), for token types. */
  private static final int NUMBER_LIMIT = RuleBasedBreakIterator.WORD_NUMBER_LIMIT;
  private static final int LETTER_LIMIT = RuleBasedBreakIterator.WORD_LETTER_LIMIT;
  private static final int KANA_LIMIT = RuleBasedBreakIterator.WORD_KANA_LIMIT;

  @Override
  public RuleBasedBreakIterator getBreakIterator(int script) {
    return (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.ROOT);
  }

  @Override
  public String getType(int script, int ruleStatus) {
    if (ruleStatus < NUMBER_LIMIT) {
      return "<NUM>";
    }
    if (ruleStatus < LETTER_LIMIT) {
      return script == UScript.HANGUL ? "<HANGUL>" : "<ALPHANUM>";
    }
    return ruleStatus < KANA_LIMIT ? "<HIRAGANA>" : "<IDEOGRAPHIC>";
  }

  @Override
  public boolean combineCJ() {
    return true;
  }
}
