package dev.storywire.analysis.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.analysis.ar.ArabicLanguage;
import dev.storywire.analysis.en.EnglishLanguage;
import dev.storywire.analysis.zh.ChineseLanguage;
import dev.storywire.model.NumberMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberFinderTest {
  private static final NumberFinder FINDER =
      new NumberFinder(List.of(ArabicLanguage.NUMBERS, ChineseLanguage.NUMBERS, EnglishLanguage.NUMBERS));

  private static List<NumberMention> find(String text) {
    return FINDER.find(text, List.of());
  }

  @Test
  void arabicNumberWordsBeforeAUnit() {
    assertThat(find("بناء الحاسوب في ثلاثة أشهر فقط")).containsExactly(new NumberMention("ثلاثة أشهر", 3, "month"));
    assertThat(find("ثلاثة")).isEmpty();
  }

  @Test
  void chineseNumeralsAndMultipliers() {
    assertThat(find("仅用三个月时间")).containsExactly(new NumberMention("三个月", 3, "month"));
    assertThat(find("捐赠300万港元善款")).containsExactly(new NumberMention("300万港元", 3_000_000, "HKD"));
    assertThat(find("累计采购二十六万人")).containsExactly(new NumberMention("二十六万人", 260_000, "people"));
    assertThat(find("拥有33年辉煌历史")).containsExactly(new NumberMention("33年", 33, "year"));
  }

  @Test
  void digitsSeparatorsDecimalsCurrenciesAndPercent() {
    assertThat(find("١٢٣٬٤٥٦ دولار")).containsExactly(new NumberMention("١٢٣٬٤٥٦ دولار", 123_456, "USD"));
    assertThat(find("raised $5 million")).containsExactly(new NumberMention("$5 million", 5_000_000, "USD"));
    assertThat(find("up 12.5% on the year")).containsExactly(new NumberMention("12.5%", 12.5, "%"));
    assertThat(find("1,250 people")).containsExactly(new NumberMention("1,250 people", 1250, "people"));
  }

  @Test
  void yearsTimesAndModelNumbersAreNotQuantities() {
    assertThat(find("founded in 2023")).isEmpty();
    assertThat(find("于2023年共同创立")).isEmpty();
    assertThat(find("at 13:39")).isEmpty();
    assertThat(find("Radeon AI PRO R9700S")).isEmpty();
  }

  @Test
  void spansTakenByDatesAreSkipped() {
    assertThat(FINDER.find("13 أغسطس 2025", List.of(new int[] {0, 13}))).isEmpty();
  }

  @Test
  void formatWritesIntegersWithoutDecimals() {
    assertThat(NumberFinder.format(3_000_000)).isEqualTo("3000000");
    assertThat(NumberFinder.format(16.5)).isEqualTo("16.5");
  }
}
