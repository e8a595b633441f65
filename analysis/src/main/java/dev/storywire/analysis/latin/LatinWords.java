package dev.storywire.analysis.latin;

import java.util.Set;

/** Word lists that tell Latin-script names from capitalised ordinary words. */
final class LatinWords {
  private LatinWords() {}

  /**
   * Function words and frequent sentence openers (English, German, French, Spanish, Italian,
   * Portuguese, Dutch) in lower case: capitalised, they start sentences, not names ("The", "Today").
   */
  static final Set<String> COMMON =
      words(
          "a", "an", "the", "this", "that", "these", "those", "it", "its", "i", "we", "you", "he", "she",
          "they", "my", "our", "your", "his", "her", "their", "me", "us", "them", "and", "or", "but",
          "if", "so", "as", "at", "by", "for", "from", "in", "into", "of", "on", "to", "with", "about",
          "after", "before", "while", "when", "where", "what", "who", "why", "how", "which", "there",
          "here", "today", "yesterday", "tomorrow", "now", "then", "still", "also", "yet", "not", "no",
          "yes", "all", "some", "many", "most", "more", "every", "each", "one", "two", "new", "last",
          "first", "building", "was", "is", "are", "were", "be", "been", "has", "have", "had", "do",
          "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "just",
          "even", "only", "after", "over", "under", "mr", "mrs", "ms", "dr", "according", "meanwhile",
          "however", "although", "though", "because", "since", "during", "despite", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
          "april", "june", "july", "august", "september", "october", "november", "december",
          "der", "die", "das", "ein", "eine", "und", "oder", "aber", "im", "am", "le", "la", "les",
          "un", "une", "des", "et", "ou", "el", "los", "las", "una", "y", "il", "lo", "gli", "o", "os",
          "het", "een", "en", "de", "du", "en", "al", "let", "thus", "additionally", "moreover", "furthermore",
          "instead", "indeed", "please", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  /**
   * Acronyms of ordinary nouns (a GPU is not a name): left out as entities even though they are
   * written in capitals.
   */
  static final Set<String> COMMON_ACRONYMS =
      words(
          "AI", "CEO", "CTO", "CFO", "GPU", "CPU", "API", "PC", "TV", "USB", "IT", "PRO", "OK", "AM", "PM",
          "ID", "PDF", "URL", "FAQ", "APP", "LLM", "AGI", "VR", "AR", "IPO", "GDP", "PR", "HR", "DIY",
          "SUV", "EV", "CO", "NO", "LS");

  /** Last words that make a name an organisation ("Babuschkin Ventures", "Acme Inc"). */
  static final Set<String> ORGANIZATION_SUFFIXES =
      words(
          "inc", "corp", "corporation", "ltd", "llc", "plc", "ventures", "labs", "group", "capital",
          "bank", "university", "institute", "foundation", "partners", "technologies", "systems",
          "company", "co", "ag", "gmbh", "sa", "holdings", "motors", "airlines", "agency", "ministry",
          "council", "association", "fund", "research", "news", "times", "post", "media", "commission",
          "committee", "parliament", "assembly", "party", "office", "department", "court", "union",
          "government", "members", "league", "club", "team", "school", "college", "hospital", "church");

  /** Titles that make the next name a person. */
  static final Set<String> PERSON_TITLES =
      words("mr", "mrs", "ms", "dr", "prof", "president", "minister", "sir", "lady", "senator", "ceo", "founder");

  /** Lower-case words allowed inside a name between capitalised words ("Bank of America"). */
  static final Set<String> CONNECTORS = words("of", "de", "von", "van", "der", "da", "del", "al", "bin", "la", "le", "du");

  /** A set of words; duplicates in a hand-written list are harmless. */
  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }
}
