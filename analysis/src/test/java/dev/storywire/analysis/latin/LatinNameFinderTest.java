package dev.storywire.analysis.latin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.analysis.entities.LexiconEntry;
import dev.storywire.analysis.entities.Mention;
import dev.storywire.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LatinNameFinderTest {
  private static final LatinNameFinder FINDER =
      new LatinNameFinder(Map.of("Memphis", new LexiconEntry("Memphis", EntityType.PLACE)), Set.of("elon"));

  private static List<String> names(String text) {
    return FINDER.find(text).stream().map(Mention::text).toList();
  }

  @Test
  void sentenceInitialCommonWordsAreNotNames() {
    assertThat(names("Today was my last day at xAI. The company that I helped start with Elon Musk."))
        .containsExactly("xAI", "Elon Musk");
    assertThat(names("We both felt that a new AI company was needed.")).isEmpty();
  }

  @Test
  void possessivesAndContractionsAreCutOffAndContractedWordsAreNotNames() {
    assertThat(names("Kavanaugh's hearing and the Democrats' anger. It's late, I've said, Don't go, They're here."))
        .containsExactly("Kavanaugh", "Democrats");
    assertThat(names("Brett Kavanaugh’s future")).containsExactly("Brett Kavanaugh");
    assertThat(names("Conan O'Brien met Massimo D'Alema.")).containsExactly("Conan O'Brien", "Massimo D'Alema");
  }

  @Test
  void aSentenceOpenerTheTextAlsoWritesInLowerCaseIsNoName() {
    assertThat(names("People watched. Many people did. Remember it. Trump spoke.")).containsExactly("Remember", "Trump");
    assertThat(names("Additionally Trump spoke, and additionally Pence.")).containsExactly("Trump", "Pence");
    assertThat(names("Bank of America fell, and the bank said so.")).containsExactly("Bank of America");
    assertThat(names("In the U.S. a senator spoke on X.")).containsExactly("X"); // letters of abbreviations go
    assertThat(names("He met John F Kennedy.")).containsExactly("John F Kennedy");
  }

  @Test
  void mixedCaseWordsAndNamesInsideOtherScripts() {
    assertThat(names("نماذج OpenAI وGoogle DeepMind وAnthropic")).containsExactly("OpenAI", "Google DeepMind", "Anthropic");
    assertThat(names("联合创始人Igor Babuschkin于周三在X平台")).containsExactly("Igor Babuschkin", "X");
  }

  @Test
  void typesFromSuffixesGivenNamesTitlesAndTheLexicon() {
    assertThat(FINDER.find("He founded Babuschkin Ventures last year.")).singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
    assertThat(FINDER.find("He met Elon Musk there.")).singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
    assertThat(FINDER.find("She spoke to Dr Jane Holloway there.")).singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
    assertThat(FINDER.find("It was built in Memphis quickly.")).singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.PLACE));
    assertThat(FINDER.find("He met Igor Babuschkin there.", Set.of("Babuschkin"))).singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
  }

  @Test
  void handlesAndUrls() {
    assertThat(Handles.handles("— Igor Babuschkin (@ibab) August 13, 2025, mail a@b.com")).containsExactly("ibab");
    assertThat(Handles.urls("see https://x.com/ibab/status/1. Then")).containsExactly("https://x.com/ibab/status/1");
  }
}
