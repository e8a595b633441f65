package dev.storywire.analysis.pivot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Chinese words with a few English content words each, derived from CC-CEDICT (CC BY-SA 4.0,
 * MDBG) by {@code analysis/tools/derive_cedict_glosses.py}; see the NOTICE beside the data. Text
 * is segmented by forward maximum matching against the headwords: at each position the longest
 * headword that starts there is taken; a character that starts none is skipped (single
 * characters are not in the table). Immutable after loading.
 */
final class ChineseGlosses {
  /** The bundled table: simplified headword, tab, space-separated English words. */
  static final String RESOURCE = "zh-en.tsv.gz";

  private final Map<String, List<String>> glosses;
  private final int longest;

  private ChineseGlosses(Map<String, List<String>> glosses) {
    this.glosses = glosses;
    this.longest = glosses.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** Loads the bundled table. */
  static ChineseGlosses load() {
    Map<String, List<String>> glosses = new HashMap<>(150_000);
    try (InputStream in = Objects.requireNonNull(ChineseGlosses.class.getResourceAsStream(RESOURCE), RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          glosses.put(line.substring(0, tab), List.of(line.substring(tab + 1).split(" ")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("bundled resource " + RESOURCE + " is unreadable", e);
    }
    return new ChineseGlosses(glosses);
  }

  /** The English words of each dictionary word of the text, in text order. */
  List<List<String>> translate(String text) {
    List<List<String>> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isHan(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int matched = 0;
      for (int len = Math.min(longest, text.length() - i); len >= 2; len--) {
        List<String> words = glosses.get(text.substring(i, i + len));
        if (words != null) {
          out.add(words);
          matched = len;
          break;
        }
      }
      i += matched > 0 ? matched : Character.charCount(text.codePointAt(i));
    }
    return out;
  }

  int size() {
    return glosses.size();
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
