package dev.storywire.analysis.pivot;

import java.util.List;

/** A bilingual dictionary into English stems, read from installed files. Immutable after reading. */
sealed interface WordDictionary permits ArabicDictionary, FreeDictionary {
  /** The English stems of each dictionary word (or phrase) of the text, in text order. */
  List<List<String>> translate(String text);

  /** Headwords with translations. */
  int size();
}
