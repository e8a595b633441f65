package dev.storywire.store;

import org.apache.lucene.analysis.Analyzer;
import org.jspecify.annotations.Nullable;

/**
 * Supplies the Lucene analyzer for a language. The index asks once per language and keeps the
 * answer; the provider owns (and closes) the analyzers it returns.
 */
@FunctionalInterface
public interface AnalyzerProvider {

  /**
   * @param iso639_1 a language code such as {@code ar} or {@code zh}, or null for text in no
   *     identified language
   * @return the analyzer for text in that language; never null (a generic one for unknown codes)
   */
  Analyzer forLanguage(@Nullable String iso639_1);
}
