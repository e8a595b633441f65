package dev.storywire.analysis.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.analysis.entities.CountryNames;
import dev.storywire.analysis.entities.Mention;
import dev.storywire.analysis.entities.NameKey;
import dev.storywire.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseNameFinderTest {
  private static final ChineseNameFinder FINDER = new ChineseNameFinder(ChineseLexicon.load(), CountryNames.load());

  @Test
  void lexiconNamesGetTheKeyOfTheirEnglishName() {
    List<Mention> found = FINDER.find("xAI在田纳西州孟菲斯市建造超级计算机");
    assertThat(found).extracting(Mention::key).containsExactly(NameKey.ofWord("Tennessee"), NameKey.ofWord("Memphis"));
    assertThat(found.getLast().type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void dottedNamesArePersonsKeyedOnTheFamilyName() {
    assertThat(FINDER.find("由埃隆·马斯克创立")).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("埃隆·马斯克");
      assertThat(m.type()).isEqualTo(EntityType.PERSON);
      assertThat(m.key()).isEqualTo(NameKey.ofWord("Musk"));
    });
  }

  @Test
  void unknownTransliterationsKeyThroughPinyin() {
    assertThat(FINDER.find("巴布施金离开了公司")).singleElement()
        .satisfies(m -> assertThat(m.key()).isEqualTo(NameKey.ofWord("Babushkin")));
  }

  @Test
  void countriesFromCldr() {
    assertThat(FINDER.find("其父母作为俄罗斯移民赴美")).extracting(Mention::key).contains(NameKey.ofWord("Russia"));
  }
}
