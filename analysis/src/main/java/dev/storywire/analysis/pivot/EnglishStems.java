package dev.storywire.analysis.pivot;

import dev.storywire.analysis.en.EnglishLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English words stemmed by the same analyzer as English text ({@link EnglishLanguage}), so that a
 * translation meets the {@code en:} terms of English items; remembered per word (the dictionaries
 * have a few tens of thousands of distinct English words). Thread-safe.
 */
final class EnglishStems implements AutoCloseable {
  private final Analyzer analyzer = EnglishLanguage.analyzer();
  private final Map<String, String> stems = new ConcurrentHashMap<>();

  /** The stem of one word, or "" for a stop word. */
  String stem(String word) {
    return stems.computeIfAbsent(word, this::analyze);
  }

  /** The distinct stems of the words, in order, stop words left out. */
  List<String> distinctStems(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String word : words) {
      String stem = stem(word);
      if (!stem.isEmpty() && !out.contains(stem)) {
        out.add(stem);
      }
    }
    return out;
  }

  /** Placeholders of dictionary phrases ("flout sth.", "tell sb."), not words of a translation. */
  private static final Set<String> PLACEHOLDERS = Set.of("sth", "sb");

  /**
   * The stems most of a word's translations share, at most {@code max}, ties in translation order:
   * {@code administration}, {@code administrations} and {@code administering} outvote {@code
   * gyrating}. A translation counts each of its stems once; stop words and one-letter words count
   * for nothing.
   */
  List<String> sharedStems(List<String> translations, int max) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String translation : translations) {
      // words: letters and apostrophes; anything else separates them
      List<String> words = new ArrayList<>();
      int start = -1;
      for (int k = 0; k <= translation.length(); ) {
        int c = k < translation.length() ? translation.codePointAt(k) : ' ';
        boolean inWord = c == '\'' || Character.isLetter(c);
        if (inWord && start < 0) {
          start = k;
        } else if (!inWord && start >= 0) {
          String word = translation.substring(start, k);
          if (word.length() >= 2 && !PLACEHOLDERS.contains(word)) {
            words.add(word);
          }
          start = -1;
        }
        k += k < translation.length() ? Character.charCount(c) : 1;
      }
      for (String stem : distinctStems(words)) {
        counts.merge(stem, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }

  private String analyze(String word) {
    try (TokenStream ts = analyzer.tokenStream("pivot", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? term.toString() : "";
      while (ts.incrementToken()) {
        // a hyphenated word yields several tokens; the first stands for it
      }
      ts.end();
      return first;
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
