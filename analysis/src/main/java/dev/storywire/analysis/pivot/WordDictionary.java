package dev.storywire.analysis.pivot;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A bilingual dictionary into English stems, read from installed files. Immutable after reading. */
sealed interface WordDictionary permits ArabicDictionary, FreeDictionary {
  /** The English stems of each dictionary word (or phrase) of the text, in text order. */
  default List<List<String>> translate(String text) {
    return translate(text, null);
  }

  /**
   * {@link #translate(String)}, given the text's terms by the analyzer of its language when the
   * caller has them already (a dictionary that meets text through that analyzer then does not
   * analyze the text again); null to let the dictionary work them out.
   */
  List<List<String>> translate(String text, @Nullable List<String> analyzedTerms);

  /** Headwords with translations. */
  int size();
}
