package dev.storywire.analysis.ar;

import dev.storywire.analysis.entities.CountryNames;
import dev.storywire.analysis.entities.KnownNames;
import dev.storywire.analysis.entities.LexiconEntry;
import dev.storywire.analysis.entities.Mention;
import dev.storywire.analysis.entities.NameKey;
import dev.storywire.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names in Arabic text, which has no capitals: CLDR country names, words whose key is a known
 * foreign name's key (the gazetteer) or the key of a Latin-script name of the same document
 * (alignment: بابوشكين beside Babuschkin), and words after trigger words (titles, شركة, ولاية,
 * قال). Proclitics are tried on and off. Adjacent name words make one name. Immutable.
 */
public final class ArabicNameFinder {
  /** An Arabic word, with its diacritics. */
  private static final Pattern WORD = Pattern.compile("[\\p{IsArabic}&&\\p{L}][\\p{IsArabic}&&[\\p{L}\\p{M}]]*");

  /** Diacritics (harakat, shadda, tanwin) and tatweel, which spelling variants differ by. */
  private static final Pattern DIACRITICS = Pattern.compile("[\\p{M}\\u0640]");

  /** Longest country name tried, in words ("جمهورية الكونغو الديمقراطية"). */
  private static final int MAX_COUNTRY_WORDS = 3;

  private final CountryNames countries;
  private final KnownNames known;

  public ArabicNameFinder(CountryNames countries, KnownNames known) {
    this.countries = countries;
    this.known = known;
  }

  /** A word of the text: as written, without diacritics, and where. */
  private record Word(String bare, int start, int end) {}

  /** A word found to be (part of) a name. */
  private record Hit(String surface, String name, EntityType type, int start, int end, int words) {}

  /**
   * @param aligned keys of the Latin-script names of the same document, with their types
   * @return the names in {@code text}, in order
   */
  public List<Mention> find(String text, Map<String, EntityType> aligned) {
    List<Word> words = words(text);
    List<Hit> hits = new ArrayList<>();
    int j = 0;
    while (j < words.size()) {
      Hit hit = country(words, j);
      if (hit == null) {
        hit = name(text, words, j, aligned);
      }
      if (hit != null) {
        hits.add(hit);
        j += hit.words();
      } else {
        j++;
      }
    }
    return merge(text, hits);
  }

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Word(DIACRITICS.matcher(m.group()).replaceAll(""), m.start(), m.end()));
    }
    return out;
  }

  private @Nullable Hit country(List<Word> words, int j) {
    List<String> firstForms = forms(words.get(j).bare());
    boolean longer = firstForms.stream().anyMatch(countries::startsLongerName);
    for (int n = longer ? Math.min(MAX_COUNTRY_WORDS, words.size() - j) : 1; n >= 1; n--) {
      StringBuilder rest = new StringBuilder();
      for (int k = j + 1; k < j + n; k++) {
        rest.append(' ').append(words.get(k).bare());
      }
      for (String first : firstForms) {
        Optional<LexiconEntry> entry = countries.find(first + rest);
        if (entry.isPresent()) {
          int start = words.get(j).start();
          int end = words.get(j + n - 1).end();
          return new Hit(first + rest, entry.get().name(), EntityType.PLACE, start, end, n);
        }
      }
    }
    return null;
  }

  private @Nullable Hit name(String text, List<Word> words, int j, Map<String, EntityType> aligned) {
    Word word = words.get(j);
    if (isCommon(word.bare())) {
      return null;
    }
    EntityType byContext = context(text, words, j);
    for (String form : hasArticle(word.bare()) ? List.<String>of() : forms(word.bare())) {
      EntityType type = keyed(form, aligned);
      if (type != null) {
        EntityType best = type == EntityType.OTHER && byContext != null ? byContext : type;
        return new Hit(form, form, best, word.start(), word.end(), 1);
      }
    }
    return byContext == null ? null : new Hit(word.bare(), word.bare(), byContext, word.start(), word.end(), 1);
  }

  /**
   * The type of a form whose key is a Latin name of the document or a known foreign name. A word
   * with the article is never a transliterated name; a gazetteer match must also look foreign.
   */
  private @Nullable EntityType keyed(String form, Map<String, EntityType> aligned) {
    if (form.length() < ArabicWords.MIN_KEYED_WORD || hasArticle(form) || isCommon(form)) {
      return null;
    }
    String key = NameKey.ofWord(form);
    EntityType type = aligned.get(key);
    if (type != null) {
      return type;
    }
    return looksForeign(form, key) ? known.find(key).map(LexiconEntry::type).orElse(null) : null;
  }

  /**
   * Whether a word looks like a transliteration rather than an Arabic word: transliterations spell
   * vowels out with long-vowel letters (بابوشكين, تينيسي), Arabic words leave short vowels unwritten
   * and take endings that transliterations do not (ة, pronoun suffixes). A first or last long
   * vowel is often a prefix or suffix (اصطناعي), so only interior ones count, and short skeletons
   * need more of them.
   */
  static boolean looksForeign(String form, String key) {
    if (ArabicWords.NATIVE_ENDINGS.stream().anyMatch(form::endsWith)) {
      return false;
    }
    String interior = form.substring(1, form.length() - 1);
    long vowels = interior.chars().filter(c -> ArabicWords.LONG_VOWELS.indexOf(c) >= 0).count();
    return vowels >= (key.length() <= ArabicWords.SHORT_KEY ? ArabicWords.VOWELS_FOR_SHORT_KEY : 1);
  }

  private static boolean hasArticle(String form) {
    for (String clitic : ArabicWords.PROCLITICS) {
      if (clitic.endsWith("ال") && form.startsWith(clitic)) {
        return true;
      }
    }
    return false;
  }

  /** The type a trigger word before (or a place word after) gives, if the word can be a name. */
  private static @Nullable EntityType context(String text, List<Word> words, int j) {
    String bare = words.get(j).bare();
    if (bare.length() < ArabicWords.MIN_STEM || hasArticle(bare)) {
      return null;
    }
    if (j > 0 && adjacent(text, words.get(j - 1), words.get(j))) {
      for (String form : triggerForms(words.get(j - 1).bare())) {
        EntityType type = ArabicWords.TRIGGERS.get(form);
        if (type != null) {
          return type;
        }
      }
    }
    if (j + 1 < words.size() && adjacent(text, words.get(j), words.get(j + 1))
        && triggerForms(words.get(j + 1).bare()).stream().anyMatch(ArabicWords.PLACE_AFTER::contains)) {
      return EntityType.PLACE;
    }
    return null;
  }

  private static boolean adjacent(String text, Word a, Word b) {
    return text.substring(a.end(), b.start()).isBlank();
  }

  /** The word as written, then without each proclitic that leaves a long enough stem. */
  static List<String> forms(String bare) {
    List<String> out = new ArrayList<>(List.of(bare));
    for (String clitic : ArabicWords.PROCLITICS) {
      if (bare.startsWith(clitic) && bare.length() - clitic.length() >= ArabicWords.MIN_STEM) {
        out.add(bare.substring(clitic.length()));
      }
    }
    return out;
  }

  /** A trigger as written or after a one-letter proclitic (لشركة, بولاية), never after the article. */
  private static List<String> triggerForms(String bare) {
    return forms(bare).stream().filter(f -> bare.length() - f.length() <= 1).toList();
  }

  private static boolean isCommon(String word) {
    return ArabicWords.COMMON.contains(word) || ArabicWords.TRIGGERS.containsKey(word);
  }

  /** Adjacent hits are one name; a person keys on the last word, anything else on all words. */
  private static List<Mention> merge(String text, List<Hit> hits) {
    List<Mention> out = new ArrayList<>();
    List<Hit> group = new ArrayList<>();
    for (Hit hit : hits) {
      if (!group.isEmpty() && !(group.getLast().type() != EntityType.PLACE && hit.type() != EntityType.PLACE
          && text.substring(group.getLast().end(), hit.start()).isBlank())) {
        out.add(mention(group));
        group.clear();
      }
      group.add(hit);
    }
    if (!group.isEmpty()) {
      out.add(mention(group));
    }
    return out;
  }

  private static Mention mention(List<Hit> group) {
    EntityType type = group.stream().map(Hit::type).filter(t -> t != EntityType.OTHER).findFirst().orElse(EntityType.OTHER);
    if (group.stream().anyMatch(h -> h.type() == EntityType.PERSON)) {
      type = EntityType.PERSON;
    }
    String name = String.join(" ", group.stream().map(Hit::name).toList());
    String text = String.join(" ", group.stream().map(Hit::surface).toList());
    Hit first = group.getFirst();
    Hit last = group.getLast();
    return Mention.of(text, name, type, first.start(), last.end());
  }
}
