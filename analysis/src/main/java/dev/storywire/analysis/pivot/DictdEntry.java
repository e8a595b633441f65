package dev.storywire.analysis.pivot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The English translations of one FreeDict entry as dictd shows it: a headword line (the headword,
 * its pronunciation {@code /…/}, grammar {@code <…>}), then senses, numbered ({@code 1. …}) or
 * not. Each sense contributes its first line of content: translations separated by commas or
 * semicolons. Labels ({@code [min.]}), grammar, parenthesised remarks and cross-references ({@code
 * {…}}) are removed; lines of references and notes ({@code see: …}, {@code Synonyms: …}, {@code
 * Note: …}) and the further lines of a sense (definitions in the source language, examples) are
 * left out. Dictionaries imported from Wiktionary mark some senses by a number at the end of the
 * previous line ({@code meal 2.}) and an indented bare number whose following line is a
 * definition in the source language, not a translation: such senses contribute nothing.
 */
final class DictdEntry {
  /** Lines of cross-references or notes start with one of these words and a colon, not translations. */
  private static final Set<String> META = Set.of("see", "see also", "synonym", "synonyms", "antonym", "antonyms",
      "note", "notes", "example", "examples", "usage", "compare", "cf", "cf.");

  private DictdEntry() {}

  /** The translations of the entry, lower-cased, in entry order (duplicates kept). */
  static List<String> translations(String entry) {
    List<String> out = new ArrayList<>();
    boolean pending = true; // a sense has begun and its translation line is still to come
    int end = entry.indexOf('\n'); // the headword line is not read
    while (end >= 0 && end < entry.length()) {
      int start = end + 1;
      end = entry.indexOf('\n', start);
      String line = entry.substring(start, end < 0 ? entry.length() : end);
      int indent = 0;
      while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
        indent++;
      }
      if (indent == line.length()) {
        continue;
      }
      String content = line.substring(indent).stripTrailing();
      int number = senseNumber(content);
      if (number > 0) {
        content = content.substring(number).strip();
        if (content.isEmpty() && indent > 0) {
          pending = false; // an indented bare number: the line after it is a definition
          continue;
        }
        pending = true;
      } else if (isMeta(content)) {
        pending = false;
        continue;
      } else if (!pending) {
        continue;
      }
      String cleaned = abbreviationsApart(withoutPronunciations(clean(withoutTrailingNumber(content))));
      if (cleaned.isBlank()) {
        continue; // only grammar or a label: the translations follow
      }
      pending = false;
      int from = 0;
      for (int k = 0; k <= cleaned.length(); k++) {
        if (k == cleaned.length() || cleaned.charAt(k) == ',' || cleaned.charAt(k) == ';') {
          String t = cleaned.substring(from, k).strip();
          if (!t.isEmpty()) {
            out.add(t.toLowerCase(Locale.ROOT));
          }
          from = k + 1;
        }
      }
    }
    return out;
  }

  /** The length of a sense number ("12.") and the space after it at the start of the line, or 0. */
  private static int senseNumber(String line) {
    int k = 0;
    while (k < line.length() && line.charAt(k) >= '0' && line.charAt(k) <= '9') {
      k++;
    }
    if (k == 0 || k >= line.length() || line.charAt(k) != '.') {
      return 0;
    }
    k++;
    if (k < line.length() && !Character.isWhitespace(line.charAt(k))) {
      return 0; // "3.5 million", not a sense number
    }
    return k;
  }

  private static boolean isMeta(String line) {
    int colon = line.indexOf(':');
    return colon > 0 && colon <= 12 && META.contains(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
  }

  /** The line without a sense number left at its end ("meal 2."). */
  private static String withoutTrailingNumber(String line) {
    if (!line.endsWith(".")) {
      return line;
    }
    int k = line.length() - 1;
    while (k > 0 && line.charAt(k - 1) >= '0' && line.charAt(k - 1) <= '9') {
      k--;
    }
    return k < line.length() - 1 && k > 0 && Character.isWhitespace(line.charAt(k - 1)) ? line.substring(0, k - 1) : line;
  }

  /**
   * The line without pronunciations: {@code /…/} after a space or at the start, as in {@code
   * amplitude modulation AM, /ˈam/}; {@code video/display cards} keeps its slashes.
   */
  private static String withoutPronunciations(String line) {
    if (line.indexOf('/') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int k = 0;
    while (k < line.length()) {
      char c = line.charAt(k);
      int close = c == '/' && (k == 0 || Character.isWhitespace(line.charAt(k - 1))) ? line.indexOf('/', k + 1) : -1;
      if (close > k + 1 && (close + 1 == line.length() || !Character.isLetterOrDigit(line.charAt(close + 1)))) {
        out.append(' ');
        k = close + 1;
      } else {
        out.append(c);
        k++;
      }
    }
    return out.toString();
  }

  /**
   * An abbreviation glued to the end of the translation it abbreviates set apart ({@code United
   * StatesUS} is {@code United States US}): a lower-case letter followed by two or more capitals
   * that end the word.
   */
  private static String abbreviationsApart(String line) {
    StringBuilder out = null;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (k > 0 && Character.isLowerCase(line.charAt(k - 1)) && Character.isUpperCase(c)) {
        int end = k;
        while (end < line.length() && Character.isUpperCase(line.charAt(end))) {
          end++;
        }
        if (end - k >= 2 && (end == line.length() || !Character.isLetter(line.charAt(end)))) {
          if (out == null) {
            out = new StringBuilder(line.length() + 8).append(line, 0, k);
          }
          out.append(' ');
        }
      }
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? line : out.toString();
  }

  /** The line without parenthesised remarks (nested ones too), labels, grammar and cross-references. */
  private static String clean(String line) {
    if (line.indexOf('(') < 0 && line.indexOf('[') < 0 && line.indexOf('<') < 0 && line.indexOf('{') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int depth = 0;
    char close = 0;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (close != 0) { // inside [ ], < > or { }, which do not nest
        if (c == close) {
          close = 0;
          out.append(' ');
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        if (--depth == 0) {
          out.append(' ');
        }
      } else if (depth > 0) {
        continue;
      } else if ((c == '[' || c == '<' || c == '{') && line.indexOf(closing(c), k) > 0) {
        close = closing(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static char closing(char open) {
    return switch (open) {
      case '[' -> ']';
      case '<' -> '>';
      default -> '}';
    };
  }
}
