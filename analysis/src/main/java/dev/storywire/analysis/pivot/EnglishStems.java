package dev.storywire.analysis.pivot;

import dev.storywire.analysis.en.EnglishLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
