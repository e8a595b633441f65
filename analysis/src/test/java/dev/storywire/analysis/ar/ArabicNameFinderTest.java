package dev.storywire.analysis.ar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.analysis.entities.CountryNames;
import dev.storywire.analysis.entities.KnownNames;
import dev.storywire.analysis.entities.LexiconEntry;
import dev.storywire.analysis.entities.Mention;
import dev.storywire.analysis.entities.NameKey;
import dev.storywire.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArabicNameFinderTest {
  private static final ArabicNameFinder FINDER = new ArabicNameFinder(
      CountryNames.load(),
      KnownNames.of(List.of(new LexiconEntry("Tennessee", EntityType.PLACE), new LexiconEntry("Elon Musk", EntityType.PERSON))));

  @Test
  void triggersGiveNamesAndTypes() {
    List<Mention> found = FINDER.find("مشروع إنشاء الحاسوب العملاق في ممفيس بولاية تينيسي في ثلاثة أشهر", Map.of());
    assertThat(found).extracting(Mention::text).containsExactly("ممفيس", "تينيسي");
    assertThat(found).allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PLACE));
    assertThat(found.getFirst().key()).isEqualTo(NameKey.ofWord("Memphis"));
  }

  @Test
  void latinNamesOfTheSameDocumentAlignWithProcliticsStripped() {
    List<Mention> found = FINDER.find("وقاد بابوشكين فرق الهندسة", Map.of(NameKey.ofWord("Babuschkin"), EntityType.PERSON));
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("بابوشكين");
      assertThat(m.type()).isEqualTo(EntityType.PERSON);
    });
  }

  @Test
  void theGazetteerKnowsForeignNamesButNotArabicWords() {
    assertThat(FINDER.find("زار تينيسي", Map.of())).extracting(Mention::key).containsExactly(NameKey.ofWord("Tennessee"));
    assertThat(FINDER.find("الذكاء الاصطناعي والتقنية الحديثة", Map.of())).isEmpty();
  }

  @Test
  void countryNamesFromCldr() {
    List<Mention> found = FINDER.find("هاجر والداه من روسيا إلى الولايات المتحدة", Map.of());
    assertThat(found).extracting(Mention::key).containsExactly(NameKey.ofWord("Russia"), NameKey.of("United States", EntityType.PLACE));
  }
}
