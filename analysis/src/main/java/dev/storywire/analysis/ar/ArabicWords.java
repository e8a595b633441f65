package dev.storywire.analysis.ar;

import dev.storywire.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Word lists that find names in Arabic text, where names carry no capital letters. */
final class ArabicWords {
  private ArabicWords() {}

  /**
   * Proclitics that attach to a word (and, with, to, so, like, the), longest first: a name is
   * tried with and without them, since بابوشكين and وبابوشكين are the same name but بلجيكا is not
   * ب + لجيكا.
   */
  static final List<String> PROCLITICS = List.of("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك");

  /** A stem shorter than this after stripping a proclitic is not a name. */
  static final int MIN_STEM = 3;

  /**
   * Words before a name that say what it names: titles and roles (person), "company", "platform"
   * (organisation), "state", "city" (place), and speech verbs whose subject is usually a person.
   */
  static final Map<String, EntityType> TRIGGERS = Map.ofEntries(
      Map.entry("الرئيس", EntityType.PERSON), Map.entry("السيد", EntityType.PERSON), Map.entry("السيدة", EntityType.PERSON),
      Map.entry("الدكتور", EntityType.PERSON), Map.entry("المؤسس", EntityType.PERSON), Map.entry("الملياردير", EntityType.PERSON),
      Map.entry("الوزير", EntityType.PERSON), Map.entry("رئيس", EntityType.PERSON), Map.entry("مؤسس", EntityType.PERSON),
      Map.entry("قال", EntityType.PERSON), Map.entry("أعلن", EntityType.PERSON), Map.entry("أكد", EntityType.PERSON),
      Map.entry("صرح", EntityType.PERSON), Map.entry("أضاف", EntityType.PERSON), Map.entry("كتب", EntityType.PERSON),
      Map.entry("شركة", EntityType.ORGANIZATION), Map.entry("منصة", EntityType.ORGANIZATION),
      Map.entry("مجموعة", EntityType.ORGANIZATION), Map.entry("جامعة", EntityType.ORGANIZATION),
      Map.entry("بنك", EntityType.ORGANIZATION), Map.entry("صحيفة", EntityType.ORGANIZATION),
      Map.entry("وكالة", EntityType.ORGANIZATION),
      Map.entry("ولاية", EntityType.PLACE), Map.entry("مدينة", EntityType.PLACE), Map.entry("عاصمة", EntityType.PLACE),
      Map.entry("جزيرة", EntityType.PLACE), Map.entry("إقليم", EntityType.PLACE), Map.entry("مقاطعة", EntityType.PLACE));

  /** Place words that also mark the name before them as a place ("ممفيس بولاية تينيسي": a city in a state). */
  static final Set<String> PLACE_AFTER = words("ولاية", "مقاطعة", "إقليم");

  /**
   * Frequent function and content words that are never names, so that neither a trigger nor a
   * key match makes a name of them.
   */
  static final Set<String> COMMON = words(
      "في", "من", "على", "إلى", "الى", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "كان",
      "كانت", "يكون", "لا", "ما", "لم", "لن", "قد", "ثم", "أو", "بعد", "قبل", "حول", "عند", "كل", "بين", "أيضا",
      "أيضًا", "خلال", "إن", "أن", "إنه", "أنه", "أنها", "إذ", "إذا", "حيث", "كما", "لكن", "منذ", "حتى", "عبر",
      "نحو", "دون", "غير", "هو", "هي", "هم", "نحن", "أنا", "له", "لها", "لهم", "فيه", "فيها", "وقد", "وهو", "وهي",
      "يوم", "اليوم", "أمس", "عام", "سنة", "شهر", "فقط", "جديد", "جديدة", "ليس", "ليست", "بل", "أي", "لدى",
      "ضد", "بشأن", "مرة", "وقت", "أول", "آخر", "كبير", "كبيرة", "عدة", "بعض", "جميع", "مثل", "أكثر", "أقل",
      "الآن", "هناك", "هنا", "بينما", "عندما", "لأن", "رغم", "سوف", "يجب", "يمكن", "كيف", "ماذا", "لماذا", "متى");

  /**
   * Endings of Arabic words that transliterated names do not have: the feminine ة, the feminine
   * plural ات and the attached pronouns (his, her, their, your, our).
   */
  static final List<String> NATIVE_ENDINGS = List.of("ة", "ات", "ه", "ها", "هم", "هما", "هن", "كم", "كن", "نا");

  /** Letters that spell out a long vowel; transliterations use them for every vowel. */
  static final String LONG_VOWELS = "اويى";

  /** Skeletons of this many consonants or fewer are shared by many Arabic words ... */
  static final int SHORT_KEY = 3;

  /** ... so a gazetteer match on one needs this many spelled-out vowels (تينيسي, not عملاقة). */
  static final int VOWELS_FOR_SHORT_KEY = 2;

  /** A word used with a key match (gazetteer or alignment) must have at least this many letters. */
  static final int MIN_KEYED_WORD = 4;

  /** A set of words; duplicates in a hand-written list are harmless. */
  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }
}
