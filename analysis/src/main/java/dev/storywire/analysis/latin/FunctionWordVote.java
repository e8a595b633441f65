package dev.storywire.analysis.latin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A cheap first opinion on the language of a Latin-script paragraph: a vote of its function
 * words, counting only words that belong to one language of the set (so "de", "in", "die" and
 * "a", shared by several, never vote). Body paragraphs of news are full of such words, so most are
 * settled here; short or mixed text gets no opinion and goes to the statistical detector.
 *
 * <p>Why: a paragraph costs the n-gram detector about 0.5 ms, a page has dozens, and the detector
 * was most of the pipeline's time on the extraction benchmarks' pages.
 */
public final class FunctionWordVote {
  /** Fewer words than this: too little evidence for a vote. */
  static final int MIN_WORDS = 8;

  /** The winner needs at least this many of its function words ... */
  static final int MIN_WINNER_VOTES = 3;

  /** ... and at least this many times the votes of the runner-up. */
  static final int MIN_MARGIN = 4;

  /** ... and they must be this share of the words at least (running text, not a list of names). */
  static final double MIN_SHARE = 0.08;

  /** The most frequent function words of each language (ISO 639-1), from common knowledge of each. */
  static final Map<String, List<String>> FUNCTION_WORDS = Map.ofEntries(
      Map.entry("en", List.of("the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "have", "this",
          "from", "which", "were", "has", "it", "be", "by", "not", "but", "they", "their", "said", "would", "been",
          "had", "will", "who", "its", "an", "at", "on", "or", "we", "he", "she", "his", "her", "there", "about")),
      Map.entry("de", List.of("der", "und", "das", "nicht", "ist", "mit", "sich", "auf", "für", "von", "dem", "den",
          "ein", "eine", "einen", "zu", "auch", "wird", "sind", "wurde", "es", "im", "bei", "nach", "noch", "wie",
          "aus", "oder", "aber", "hat", "haben", "werden", "sie", "ich", "wir", "sei", "einer", "über", "durch")),
      Map.entry("fr", List.of("le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "qui", "dans", "pour",
          "pas", "sur", "au", "avec", "ce", "il", "elle", "sont", "ont", "aux", "mais", "ou", "été", "cette", "ses",
          "nous", "vous", "leur", "plus", "aussi", "selon")),
      Map.entry("es", List.of("el", "los", "las", "y", "del", "que", "en", "por", "con", "para", "una", "es", "su",
          "se", "al", "lo", "como", "más", "pero", "sus", "ha", "fue", "este", "esta", "entre", "sobre", "también",
          "hasta", "desde", "muy", "según", "sin")),
      Map.entry("it", List.of("il", "di", "che", "è", "per", "una", "della", "non", "sono", "gli", "alla", "anche",
          "nel", "nella", "delle", "dei", "degli", "ha", "come", "più", "ma", "questo", "questa", "stato", "essere",
          "dal", "dalla", "sul", "sulla", "ci", "lo", "le")),
      Map.entry("pt", List.of("o", "os", "da", "do", "das", "dos", "não", "em", "um", "uma", "com", "para", "que",
          "se", "na", "no", "por", "mais", "como", "mas", "foi", "ao", "são", "pelo", "pela", "também", "está",
          "seu", "sua", "já", "ou", "nos")),
      Map.entry("nl", List.of("de", "het", "een", "en", "van", "is", "dat", "niet", "zijn", "op", "te", "met", "voor",
          "er", "maar", "ook", "als", "bij", "aan", "worden", "wordt", "naar", "heeft", "hebben", "dit", "deze",
          "door", "nog", "kan", "ze", "zich", "om", "uit")),
      Map.entry("sv", List.of("och", "att", "det", "som", "en", "är", "på", "för", "med", "av", "den", "till", "inte",
          "har", "ett", "om", "var", "de", "men", "sig", "från", "också", "kan", "eller", "när", "efter", "hade")),
      Map.entry("da", List.of("og", "at", "det", "som", "en", "er", "på", "for", "med", "af", "den", "til", "ikke",
          "har", "et", "om", "var", "de", "men", "sig", "fra", "også", "kan", "eller", "når", "efter", "havde")),
      Map.entry("nb", List.of("og", "at", "det", "som", "en", "er", "på", "for", "med", "av", "den", "til", "ikke",
          "har", "et", "om", "var", "de", "men", "seg", "fra", "også", "kan", "eller", "når", "etter", "hadde")),
      Map.entry("fi", List.of("ja", "on", "ei", "että", "se", "oli", "ovat", "hän", "kun", "mutta", "myös", "tai",
          "joka", "jotka", "sen", "niin", "kuin", "ole", "vain", "mukaan", "jo", "nyt", "vuonna")),
      Map.entry("pl", List.of("w", "i", "na", "się", "z", "nie", "do", "że", "to", "jest", "o", "jak", "po", "przez",
          "dla", "od", "za", "oraz", "są", "był", "była", "było", "tym", "także", "ale", "ich", "jego", "już")),
      Map.entry("cs", List.of("a", "v", "se", "na", "je", "že", "s", "z", "do", "to", "o", "jsou", "by", "za", "jako",
          "od", "pro", "ale", "také", "byl", "byla", "bylo", "jeho", "který", "která", "které", "už", "podle")),
      Map.entry("ro", List.of("și", "în", "de", "la", "cu", "a", "care", "este", "din", "pe", "nu", "un", "o", "să",
          "mai", "pentru", "au", "fost", "sunt", "ca", "acest", "această", "sau", "lui", "după", "către")),
      Map.entry("hu", List.of("a", "az", "és", "hogy", "nem", "is", "egy", "van", "meg", "de", "volt", "már", "csak",
          "mint", "pedig", "vagy", "még", "után", "szerint", "ezt", "azt", "amely", "lesz", "kell")),
      Map.entry("tr", List.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "ama",
          "olan", "en", "kadar", "sonra", "ise", "değil", "var", "yok", "şey", "ya", "her", "onun")),
      Map.entry("id", List.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan",
          "pada", "juga", "ke", "karena", "ada", "oleh", "mereka", "sudah", "saat", "bisa", "kata", "telah")),
      Map.entry("vi", List.of("và", "của", "là", "có", "được", "cho", "không", "với", "này", "các", "những", "trong",
          "đã", "người", "một", "để", "khi", "cũng", "từ", "theo", "đến", "về")),
      Map.entry("hr", List.of("i", "je", "u", "na", "da", "se", "su", "za", "od", "s", "koji", "koja", "koje", "ali",
          "kao", "bio", "bila", "što", "iz", "će", "nije", "ili", "prema", "također")),
      Map.entry("tl", List.of("ang", "ng", "sa", "na", "mga", "at", "ay", "ito", "si", "ni", "hindi", "kay", "para",
          "siya", "nila", "kanilang", "noong", "rin", "din", "lamang")));

  /** What separates words: anything but letters (compiled once, not at every call of split). */
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  /** Word → its one language; words listed for several languages are left out. */
  private static final Map<String, String> UNIQUE = unique();

  private FunctionWordVote() {}

  /**
   * @return the language whose function words clearly dominate {@code text}, or null when the vote
   *     is not decisive (ask the statistical detector)
   */
  public static @Nullable String decide(String text) {
    Map<String, Integer> votes = new HashMap<>();
    int words = 0;
    for (String word : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
      if (word.isEmpty()) {
        continue;
      }
      words++;
      String lang = UNIQUE.get(word);
      if (lang != null) {
        votes.merge(lang, 1, Integer::sum);
      }
    }
    return words < MIN_WORDS ? null : winner(votes, words);
  }

  /**
   * Whether {@code text} is consistent with being in {@code lang}: it has at least one function word
   * that only {@code lang} uses and none that only another language uses. Weaker than
   * {@link #decide}, so only for confirming what the rest of the document says.
   */
  public static boolean agrees(String text, String lang) {
    boolean any = false;
    for (String word : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
      String owner = UNIQUE.get(word);
      if (owner != null) {
        if (!owner.equals(lang)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static @Nullable String winner(Map<String, Integer> votes, int words) {
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> vote : votes.entrySet()) {
      int n = vote.getValue();
      if (n > first) {
        second = first;
        first = n;
        best = vote.getKey();
      } else if (n > second) {
        second = n;
      }
    }
    boolean decisive = first >= MIN_WINNER_VOTES && first >= MIN_MARGIN * Math.max(1, second)
        && first >= MIN_SHARE * words;
    return decisive ? best : null;
  }

  private static Map<String, String> unique() {
    Map<String, String> owner = new HashMap<>();
    Set<String> shared = new java.util.HashSet<>();
    FUNCTION_WORDS.forEach((lang, list) -> {
      for (String word : list) {
        String previous = owner.putIfAbsent(word, lang);
        if (previous != null && !previous.equals(lang)) {
          shared.add(word);
        }
      }
    });
    shared.forEach(owner::remove);
    return Map.copyOf(owner);
  }
}
