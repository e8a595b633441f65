package dev.storywire.analysis.pivot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Entries in the layouts of FreeDict's dictd files, written here with words of our own. */
class DictdEntryTest {
  @Test
  void pronunciationGrammarAndLabelsAreNotTranslations() {
    assertThat(DictdEntry.translations("Rakete /ʁaˈkeːtə/ <fem, n, sg>\n [astron.] rocket <n>, missile <n>\n"))
        .containsExactly("rocket", "missile");
  }

  @Test
  void everyNumberedSenseCountsAndSeparatorsSplit() {
    assertThat(DictdEntry.translations("sauter /sote/ <v>\n1. jump, leap\n2. skip; omit\n"))
        .containsExactly("jump", "leap", "skip", "omit");
  }

  @Test
  void referencesNotesExamplesAndDefinitionsAreLeftOut() {
    String entry = """
        Staaten /ˈʃtaːtn̩/ <pl>
        states <n>, countries (of the world) <n>
           Synonym: {Länder}
         see: {Staat}, {Bundesstaaten}
        "Viele Staaten"  - many states
        """;
    assertThat(DictdEntry.translations(entry)).containsExactly("states", "countries");
    assertThat(DictdEntry.translations("pöytä /pøytæ/ <n>\ntable\nhuonekalu, jonka ääressä syödään\n"))
        .as("the line after a translation defines the word in its own language").containsExactly("table");
  }

  @Test
  void wiktionaryImportsSenseMarkersOfDefinitionsGiveNothing() {
    String entry = """
        kanclerz /ˈkant͡slɛʃ/ <n>
        1. chancellor 2.
        szef rządu w niektórych krajach
         3.
        (historia) urzędnik dworski
        2. vice-chancellor
        kierownik uczelni
        """;
    assertThat(DictdEntry.translations(entry)).containsExactly("chancellor", "vice-chancellor");
  }

  @Test
  void aSenseWhoseFirstLineIsOnlyGrammarTakesTheNextLine() {
    assertThat(DictdEntry.translations("ねこ /neko/\n(noun (common))\ncat, feline\n")).containsExactly("cat", "feline");
    assertThat(DictdEntry.translations("ndizi /ndizi/ <n>\n\n1.\nbanana\n2.\nplantain\n   Synonym: {x}\n"))
        .containsExactly("banana", "plantain");
  }

  @Test
  void abbreviationsAndTheirPronunciationsAfterATranslationAreSetApart() {
    assertThat(DictdEntry.translations("Vereinigte Staaten /fɛɐ̯ˈʔaɪ̯nɪçtə ˈʃtaːtn̩/\nUnited StatesUS,  /ˈʊs/\n"))
        .containsExactly("united states us");
    assertThat(DictdEntry.translations("Grafikkarten /x/ <pl>\nvideo/display cards, iPhone cases\n"))
        .as("slashes between words and one capital inside a word stay").containsExactly("video/display cards", "iphone cases");
  }

  @Test
  void anEntryWithoutTranslationsGivesNone() {
    assertThat(DictdEntry.translations("Wort /vɔʁt/\n see: {Wörter}\n")).isEmpty();
    assertThat(DictdEntry.translations("Wort /vɔʁt/")).isEmpty();
  }
}
