package dev.storywire.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph with its language and sentences.
 *
 * @param lang ISO 639-1 code, or null when the paragraph is in no identifiable language (digits,
 *     a symbol line, too little text)
 */
public record AnalyzedParagraph(
    Role role, @Nullable String lang, String text, List<String> sentences, @Nullable Attribution attribution) {

  public AnalyzedParagraph {
    sentences = List.copyOf(sentences);
  }
}
