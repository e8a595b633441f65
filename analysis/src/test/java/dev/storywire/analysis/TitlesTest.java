package dev.storywire.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.analysis.ar.ArabicLanguage;
import dev.storywire.analysis.dates.DateFinder;
import dev.storywire.analysis.en.EnglishLanguage;
import dev.storywire.analysis.zh.ChineseLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {
  private final DateFinder dates =
      new DateFinder(List.of(ArabicLanguage.DATES, ChineseLanguage.DATES, EnglishLanguage.DATES));

  /** Lines of the Chinese seed's ticker once produced the headlines "北京时间" and "2026年初". */
  @Test
  void flashHeadlineSkipsDatesAndDatelines() {
    assertThat(Titles.flash("2025年11月28日，北京时间，行业消息人士遠坂小町在X平台发布惊人爆料，称AMD即将推出新显卡", dates))
        .isEqualTo("行业消息人士遠坂小町在X平台发布惊人爆料");
    assertThat(Titles.flash("2026年初，备受期待的M&M'S®全新门店即将在上海迪士尼度假区迪士尼小镇盛大启幕。", dates))
        .isEqualTo("备受期待的M&M'S®全新门店即将在上海迪士尼度假区迪士尼小镇盛大启幕");
    assertThat(Titles.flash("OSLO, Nov 3 — Norway's parliament approved the budget on Monday.", dates))
        .startsWith("Nov 3 — Norway's parliament");
  }

  @Test
  void aLineOfOnlyDatelinesStillGetsAHeadline() {
    assertThat(Titles.flash("北京时间，当地", dates)).isNotEmpty();
  }
}
