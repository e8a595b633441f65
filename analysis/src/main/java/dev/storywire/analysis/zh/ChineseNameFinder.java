package dev.storywire.analysis.zh;

import dev.storywire.analysis.entities.CountryNames;
import dev.storywire.analysis.entities.LexiconEntry;
import dev.storywire.analysis.entities.Mention;
import dev.storywire.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Names in Chinese text: longest match against the lexicon and CLDR country names, names joined
 * with a middle dot (埃隆·马斯克), and unknown runs of transliteration characters keyed through
 * their pinyin. Latin names inside Chinese text are found by the Latin finder. Immutable.
 */
public final class ChineseNameFinder {
  /** A run of transliteration characters shorter than this is too often an ordinary word. */
  static final int MIN_TRANSLITERATED_RUN = 3;

  /** A run longer than this is ordinary text that happens to use those characters. */
  static final int MAX_TRANSLITERATED_RUN = 6;

  /** Dots that join the parts of a transliterated personal name. */
  private static final String NAME_DOTS = "·・•‧";

  /** Suffixes after a name that make it an organisation (商汤科技 is in the lexicon; 某某公司 is not). */
  private static final List<String> ORGANIZATION_SUFFIXES = List.of("公司", "集团", "大学", "银行", "研究所", "研究院", "协会", "基金会");

  /** Suffixes after a name that make it a place (孟菲斯市, 田纳西州). */
  private static final List<String> PLACE_SUFFIXES = List.of("市", "州", "省", "县", "区", "镇", "村");

  private final ChineseLexicon lexicon;
  private final Map<String, LexiconEntry> names;

  /**
   * Every proper prefix (of two or more characters) of a known name: matching grows a candidate
   * while it is a prefix, so most positions are given up after one lookup.
   */
  private final Set<String> prefixes = new HashSet<>();

  public ChineseNameFinder(ChineseLexicon lexicon, CountryNames countries) {
    this.lexicon = lexicon;
    Map<String, LexiconEntry> all = new HashMap<>(lexicon.names());
    countries.all().forEach(all::putIfAbsent);
    all.replaceAll((k, v) -> countries.find(k).orElse(v));
    this.names = all;
    for (String name : all.keySet()) {
      for (int len = 2; len < name.length(); len++) {
        prefixes.add(name.substring(0, len));
      }
    }
  }

  /** A name found at a position, before joining and typing. */
  private record Part(String text, String latin, EntityType type, int start, int end) {}

  /** @return the names in {@code text}, in order */
  public List<Mention> find(String text) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Part part = partAt(text, i);
      if (part == null) {
        i++;
        continue;
      }
      List<Part> parts = joined(text, part);
      out.add(mention(text, parts));
      i = parts.getLast().end();
    }
    return out;
  }

  /** Follows middle dots: 埃隆·马斯克 is one person. */
  private List<Part> joined(String text, Part first) {
    List<Part> parts = new ArrayList<>(List.of(first));
    while (true) {
      int dot = parts.getLast().end();
      if (dot + 1 >= text.length() || NAME_DOTS.indexOf(text.charAt(dot)) < 0) {
        return parts;
      }
      Part next = partAt(text, dot + 1);
      if (next == null) {
        return parts;
      }
      parts.add(next);
    }
  }

  private Mention mention(String text, List<Part> parts) {
    Part last = parts.getLast();
    int start = parts.getFirst().start();
    String surface = text.substring(start, last.end());
    if (parts.size() > 1) {
      return Mention.of(surface, last.latin(), EntityType.PERSON, start, last.end());
    }
    EntityType type = last.type() == EntityType.OTHER ? suffixType(text, last.end()) : last.type();
    return Mention.of(surface, last.latin(), type, start, last.end());
  }

  private static EntityType suffixType(String text, int end) {
    if (ORGANIZATION_SUFFIXES.stream().anyMatch(s -> text.startsWith(s, end))) {
      return EntityType.ORGANIZATION;
    }
    return PLACE_SUFFIXES.stream().anyMatch(s -> text.startsWith(s, end)) ? EntityType.PLACE : EntityType.OTHER;
  }

  private @Nullable Part partAt(String text, int i) {
    if (!isHan(text.codePointAt(i))) {
      return null;
    }
    LexiconEntry best = null;
    int bestEnd = i;
    for (int end = i + 2; end <= text.length(); end++) {
      String candidate = text.substring(i, end);
      LexiconEntry entry = names.get(candidate);
      if (entry != null) {
        best = entry;
        bestEnd = end;
      }
      if (!prefixes.contains(candidate)) {
        break;
      }
    }
    if (best != null) {
      return new Part(text.substring(i, bestEnd), personOrName(best), best.type(), i, bestEnd);
    }
    return transliterated(text, i);
  }

  /** For a person the lexicon's full name keys on its last word; keep it whole, NameKey decides. */
  private static String personOrName(LexiconEntry entry) {
    return entry.type() == EntityType.PERSON ? lastWord(entry.name()) : entry.name();
  }

  private static String lastWord(String name) {
    String[] words = name.split(" ");
    return words[words.length - 1];
  }

  private @Nullable Part transliterated(String text, int i) {
    int end = i;
    while (end < text.length() && TransliterationCharacters.is(text.charAt(end))) {
      end++;
    }
    boolean dotted = end < text.length() && NAME_DOTS.indexOf(text.charAt(end)) >= 0
        || i > 0 && NAME_DOTS.indexOf(text.charAt(i - 1)) >= 0;
    int min = dotted ? 2 : MIN_TRANSLITERATED_RUN;
    if (end - i < min || end - i > MAX_TRANSLITERATED_RUN) {
      return null;
    }
    String run = text.substring(i, end);
    return new Part(run, pinyinSpelling(run), EntityType.OTHER, i, end);
  }

  /**
   * The run spelled in pinyin for keying, with syllable-final "ng" dropped: transliterations use
   * 孟 (meng) for "Mem" and 斯 (si) for "s", so only the initial and a final n carry sound.
   */
  String pinyinSpelling(String run) {
    StringBuilder out = new StringBuilder();
    run.codePoints().forEach(cp -> out.append(lexicon.pinyin(cp).replaceAll("ng$", "")));
    return out.toString();
  }

  /** @return the lexicon entries whose Chinese form is a transliteration (foreign names) */
  public List<LexiconEntry> foreignNames() {
    List<LexiconEntry> out = new ArrayList<>();
    lexicon.names().forEach((zh, entry) -> {
      if (TransliterationCharacters.all(zh)) {
        out.add(entry);
      }
    });
    return out;
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
