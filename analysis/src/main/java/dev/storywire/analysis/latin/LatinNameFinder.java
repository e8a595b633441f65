package dev.storywire.analysis.latin;

import dev.storywire.analysis.entities.LexiconEntry;
import dev.storywire.analysis.entities.Mention;
import dev.storywire.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names written in Latin script, in any text: runs of capitalised or mixed-case words ({@code Igor
 * Babuschkin}, {@code xAI}, {@code Google DeepMind}), without sentence-initial common words or
 * acronyms of common nouns. Immutable and thread-safe.
 */
public final class LatinNameFinder {
  /**
   * Latin letters, ASCII ones listed first: they are most letters, and a match on them skips the
   * script lookup (a binary search) that {@code \p{IsLatin}} does for every character.
   */
  private static final String LATIN_LETTER = "a-zA-Z\\p{IsLatin}";

  /** A Latin word: letters, digits, apostrophes and inner hyphens. */
  private static final Pattern WORD = Pattern.compile(
      "[" + LATIN_LETTER + "][" + LATIN_LETTER + "\\p{Nd}'’]*(?:-[" + LATIN_LETTER + "\\p{Nd}]+)*");

  /** Characters after which a word starts a sentence. */
  private static final String SENTENCE_END = ".!?:;\"“”«»\n…—";

  /** Names longer than this (in words) are headlines in title case, not names. */
  private static final int MAX_NAME_WORDS = 5;

  /** Personal names have at most this many words ("Igor Babuschkin", "Mary Ann Smith"). */
  private static final int MAX_PERSON_WORDS = 3;

  private final Map<String, LexiconEntry> known;
  private final Set<String> givenNames;

  /**
   * @param known names known by their Latin spelling (the lexicon's English names, countries)
   * @param givenNames lower-case given names: a run of plain words starting with one is a person
   */
  public LatinNameFinder(Map<String, LexiconEntry> known, Set<String> givenNames) {
    this.known = Map.copyOf(known);
    this.givenNames = Set.copyOf(givenNames);
  }

  /**
   * The names {@link #find(String)} found in {@code text}, typed again knowing the document's
   * standalone names: the same spans as {@link #find(String, Set)} without scanning twice. A
   * mention whose type stays is returned as it is: its key depends only on its text and type.
   */
  public List<Mention> retype(String text, List<Mention> found, Set<String> standalone) {
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      List<String> words = List.of(m.text().split(" "));
      EntityType type = typeOf(text, m.start(), words, standalone);
      out.add(type == m.type() ? m : Mention.of(m.text(), m.text(), type, m.start(), m.end()));
    }
    return out;
  }

  /** A word and where it stands. */
  private record Word(String text, int start, int end) {}

  /** @return the Latin-script names in {@code text}, in order */
  public List<Mention> find(String text) {
    return find(text, Set.of());
  }

  /**
   * @param standalone names the same document also writes as one word ("Babuschkin"): a run of
   *     plain words ending in one of them is a person's full name ("Igor Babuschkin")
   * @return the Latin-script names in {@code text}, in order
   */
  public List<Mention> find(String text, Set<String> standalone) {
    List<Mention> out = new ArrayList<>();
    List<Word> run = new ArrayList<>();
    LowerCaseWords lowerCase = new LowerCaseWords(text);
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int end = m.end() - cliticLength(m.group());
      boolean contraction = end < m.end() && isVerbClitic(text, end, m.end());
      Word word = new Word(text.substring(m.start(), end), m.start(), end);
      boolean nameWord = !contraction && isNameWord(word.text());
      boolean adjacent = !run.isEmpty() && onlySpaceBetween(text, run.getLast().end(), word.start());
      if (adjacent && (nameWord || isConnector(word.text()))) {
        run.add(word);
      } else {
        flush(text, run, out, standalone, lowerCase);
        if (nameWord && !isCommonOpener(text, word.start(), word.text())) {
          run.add(word);
        }
      }
      if (end < m.end()) { // a possessive or contraction ends the name: "Kavanaugh's lawyers"
        flush(text, run, out, standalone, lowerCase);
      }
    }
    flush(text, run, out, standalone, lowerCase);
    return out;
  }

  private void flush(String text, List<Word> run, List<Mention> out, Set<String> standalone, LowerCaseWords lowerCase) {
    while (!run.isEmpty() && isConnector(run.getLast().text())) {
      run.removeLast();
    }
    if (!run.isEmpty() && opensWithOrdinaryWord(text, run, lowerCase)) {
      run.removeFirst();
    }
    if (run.size() == 1 && isAbbreviationLetter(text, run.getFirst())) {
      run.clear();
    }
    if (!run.isEmpty() && run.size() <= MAX_NAME_WORDS) {
      int start = run.getFirst().start();
      int end = run.getLast().end();
      List<String> words = run.stream().map(Word::text).toList();
      String name = text.substring(start, end);
      out.add(Mention.of(name, name, typeOf(text, start, words, standalone), start, end));
    }
    run.clear();
  }

  /**
   * Whether the run's first word is an ordinary word opening a sentence: capitalised there, and
   * written in lower case elsewhere in the same text ("People said …" and "… the people";
   * "Additionally Trump said" and "… additionally"). A word the text writes only capitalised stays
   * a name, wherever it stands; a name is not cut to start at a connector ("Bank of America").
   */
  private static boolean opensWithOrdinaryWord(String text, List<Word> run, LowerCaseWords lowerCase) {
    Word first = run.getFirst();
    return sentenceStart(text, first.start()) && !hasInnerUpper(first.text())
        && (run.size() == 1 || !isConnector(run.get(1).text())) && lowerCase.contains(lower(first.text()));
  }

  /**
   * A single letter of a dotted abbreviation: "U" and "S" of "U.S.". A letter standing alone is a
   * name ("X", the platform), also at the end of a sentence.
   */
  private static boolean isAbbreviationLetter(String text, Word word) {
    if (word.text().codePointCount(0, word.text().length()) != 1) {
      return false;
    }
    int end = word.end();
    boolean dottedOn = end + 1 < text.length() && text.charAt(end) == '.' && Character.isLetter(text.charAt(end + 1));
    return dottedOn || word.start() > 0 && text.charAt(word.start() - 1) == '.';
  }

  /**
   * The length of an English clitic at the end of a word, with its apostrophe: the possessive
   * ("Kavanaugh's", "Democrats'") or a contracted verb ("It's", "I've", "don't"); 0 for none. An
   * apostrophe inside a name ("O'Brien", "D'Alema") is not a clitic.
   */
  static int cliticLength(String word) {
    int n = word.length();
    if (n >= 2 && isApostrophe(word.charAt(n - 1))) {
      return 1;
    }
    for (String clitic : CLITICS) {
      int at = n - clitic.length() - 1;
      if (at >= 1 && isApostrophe(word.charAt(at)) && word.regionMatches(true, at + 1, clitic, 0, clitic.length())) {
        return clitic.length() + 1 + (clitic.equals("t") && Character.toLowerCase(word.charAt(at - 1)) == 'n' ? 1 : 0);
      }
    }
    return 0;
  }

  /** Whether the clitic between {@code from} and {@code to} contracts a verb: the word before it is no name. */
  private static boolean isVerbClitic(String text, int from, int to) {
    String clitic = text.substring(from, to).toLowerCase(Locale.ROOT);
    return !(clitic.length() == 1 || clitic.length() == 2 && clitic.charAt(1) == 's');
  }

  /** English clitics after an apostrophe, the possessive "s" among them. */
  private static final List<String> CLITICS = List.of("s", "t", "ve", "m", "re", "ll", "d");

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /**
   * The words a text writes starting in lower case, found on first use: most texts have no
   * sentence-initial one-word name to check, and then the walk is never made.
   */
  private static final class LowerCaseWords {
    private final String text;
    private @Nullable Set<String> words;

    LowerCaseWords(String text) {
      this.text = text;
    }

    boolean contains(String lowerCase) {
      if (words == null) {
        words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
          if (Character.isLowerCase(m.group().codePointAt(0))) {
            String word = m.group();
            words.add(word.substring(0, word.length() - cliticLength(word)));
          }
        }
      }
      return words.contains(lowerCase);
    }
  }

  private EntityType typeOf(String text, int start, List<String> words, Set<String> standalone) {
    LexiconEntry entry = known.get(String.join(" ", words));
    if (entry != null) {
      return entry.type();
    }
    String last = lower(words.getLast());
    if (LatinWords.ORGANIZATION_SUFFIXES.contains(last) && words.size() > 1) {
      return EntityType.ORGANIZATION;
    }
    boolean plain = words.stream().allMatch(LatinNameFinder::isPlainCapitalised);
    boolean knownPerson = givenNames.contains(lower(words.getFirst())) || standalone.contains(words.getLast());
    if (plain && words.size() > 1 && words.size() <= MAX_PERSON_WORDS && (knownPerson || titled(text, start))) {
      return EntityType.PERSON;
    }
    return EntityType.OTHER;
  }

  /** Whether the word before {@code start} is a personal title ("Dr", "President"). */
  private static boolean titled(String text, int start) {
    Matcher m = WORD.matcher(text.substring(Math.max(0, start - 20), start));
    String previous = null;
    while (m.find()) {
      previous = m.group();
    }
    return previous != null && LatinWords.PERSON_TITLES.contains(lower(previous));
  }

  /** @return whether a word, in any case, is a common function word or sentence opener ("the", "today") */
  public static boolean isCommonWord(String word) {
    return LatinWords.COMMON.contains(lower(word));
  }

  /** A capitalised word, a mixed-case word (xAI, DeepMind) or an acronym that is not a common noun. */
  static boolean isNameWord(String word) {
    if (LatinWords.COMMON_ACRONYMS.contains(word)) {
      return false;
    }
    return Character.isUpperCase(word.codePointAt(0)) || hasInnerUpper(word);
  }

  /** Whether a letter after the first is upper case; a loop, as this runs for every word of every text. */
  private static boolean hasInnerUpper(String word) {
    int i = Character.charCount(word.codePointAt(0));
    while (i < word.length()) {
      int cp = word.codePointAt(i);
      if (Character.isUpperCase(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean isPlainCapitalised(String word) {
    return Character.isUpperCase(word.codePointAt(0))
        && word.codePoints().skip(1).allMatch(Character::isLowerCase);
  }

  private static boolean isConnector(String word) {
    return LatinWords.CONNECTORS.contains(word);
  }

  /** A capitalised common word at the start of a sentence ("The", "Today", "We"). */
  private static boolean isCommonOpener(String text, int start, String word) {
    return LatinWords.COMMON.contains(lower(word)) && (sentenceStart(text, start) || isPlainCapitalised(word));
  }

  private static boolean sentenceStart(String text, int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return SENTENCE_END.indexOf(c) >= 0 || !Character.isLetterOrDigit(c) && c != ',';
      }
    }
    return true;
  }

  private static boolean onlySpaceBetween(String text, int from, int to) {
    return to - from == 1 && text.charAt(from) == ' ';
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
