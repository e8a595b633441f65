package dev.storywire.analysis.zh;

import dev.storywire.analysis.entities.Ordered;
import dev.storywire.analysis.entities.LexiconEntry;
import dev.storywire.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Chinese proper nouns with their English names and a character → pinyin table, both derived
 * from CC-CEDICT (CC BY-SA 4.0, MDBG) by {@code analysis/tools/derive_cedict_lexicon.py}; see the
 * NOTICE beside the data. Immutable after loading.
 */
public final class ChineseLexicon {
  /** Bundled proper nouns: simplified form, English name, type hint. */
  private static final String NAMES = "names.tsv.gz";

  /** Bundled toneless pinyin of single characters. */
  private static final String PINYIN = "pinyin.tsv.gz";

  private final Map<String, LexiconEntry> names;
  private final Map<Integer, String> pinyin;
  private final int longestName;

  private ChineseLexicon(Map<String, LexiconEntry> names, Map<Integer, String> pinyin) {
    this.names = Ordered.copyOf(names);
    this.pinyin = Ordered.copyOf(pinyin);
    this.longestName = names.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** Loads the bundled lexicon. */
  public static ChineseLexicon load() {
    Map<String, LexiconEntry> names = new HashMap<>();
    for (String[] row : rows(NAMES)) {
      names.put(row[0], new LexiconEntry(row[1], EntityType.valueOf(row[2])));
    }
    Map<Integer, String> pinyin = new HashMap<>();
    for (String[] row : rows(PINYIN)) {
      pinyin.put(row[0].codePointAt(0), row[1]);
    }
    return new ChineseLexicon(names, pinyin);
  }

  private static List<String[]> rows(String resource) {
    try (InputStream in = Objects.requireNonNull(ChineseLexicon.class.getResourceAsStream(resource), resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("bundled resource " + resource + " is unreadable", e);
    }
  }

  /** @return every proper noun by its simplified form */
  public Map<String, LexiconEntry> names() {
    return names;
  }

  /** @return the length of the longest proper noun, in chars */
  public int longestName() {
    return longestName;
  }

  /** @return the toneless pinyin of a character ({@code ü} as {@code u}), or "" when unknown */
  public String pinyin(int codePoint) {
    String p = pinyin.get(codePoint);
    return p == null ? "" : p.replace('v', 'u');
  }
}
