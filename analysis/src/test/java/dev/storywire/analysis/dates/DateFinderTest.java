package dev.storywire.analysis.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.analysis.ar.ArabicLanguage;
import dev.storywire.analysis.en.EnglishLanguage;
import dev.storywire.analysis.zh.ChineseLanguage;
import dev.storywire.model.DateMention;
import dev.storywire.model.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
  private static final DateFinder FINDER =
      new DateFinder(List.of(ArabicLanguage.DATES, ChineseLanguage.DATES, EnglishLanguage.DATES));
  private static final LocalDate REFERENCE = LocalDate.of(2025, 8, 13); // a Wednesday
  private static final Locale DEFAULT = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(DEFAULT);
  }

  private static List<DateMention> resolve(String text, @Nullable LocalDate reference) {
    return FINDER.find(text).stream().map(c -> c.resolve(reference)).flatMap(Optional::stream).toList();
  }

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource(delimiter = '|', value = {
    "Posted August 13, 2025 by the team|2025-08-13|en",
    "Posted 13 August 2025 by the team|2025-08-13|tr",
    "نشر في 13 أغسطس 2025|2025-08-13|en",
    "نشر في 13 آب 2025|2025-08-13|en",
    "نشر في ١٣ آب/أغسطس ٢٠٢٥|2025-08-13|tr",
    "2025年11月28日，北京|2025-11-28|en",
    "updated 2025-11-28 at noon|2025-11-28|en",
    "am 28.11.2025 veröffentlicht|2025-11-28|tr",
    "AUGUST 13, 2025|2025-08-13|tr"
  })
  void explicitDays(String text, String iso, String locale) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    assertThat(resolve(text, null)).singleElement().satisfies(d -> {
      assertThat(d.iso()).isEqualTo(iso);
      assertThat(d.granularity()).isEqualTo(Granularity.DAY);
      assertThat(d.relative()).isFalse();
    });
  }

  @Test
  void yearsAlone() {
    assertThat(resolve("تأسيسها في 2023", null)).singleElement().satisfies(d -> {
      assertThat(d.iso()).isEqualTo("2023");
      assertThat(d.granularity()).isEqualTo(Granularity.YEAR);
    });
    assertThat(resolve("于2023年共同创立", null)).extracting(DateMention::iso).containsExactly("2023");
    assertThat(resolve("2025年11月", null)).extracting(DateMention::iso).containsExactly("2025-11");
  }

  @Test
  void relativeExpressionsResolveAgainstTheReferenceDay() {
    assertThat(resolve("على منصة X يوم الأربعاء", REFERENCE)).extracting(DateMention::iso).containsExactly("2025-08-13");
    assertThat(resolve("于周三在X平台", REFERENCE)).extracting(DateMention::iso).containsExactly("2025-08-13");
    assertThat(resolve("星期一", REFERENCE)).extracting(DateMention::iso).containsExactly("2025-08-11");
    assertThat(resolve("on Monday", REFERENCE)).extracting(DateMention::iso).containsExactly("2025-08-11");
    assertThat(resolve("وقال أمس", REFERENCE)).extracting(DateMention::iso).containsExactly("2025-08-12");
    assertThat(resolve("昨天", REFERENCE)).extracting(DateMention::iso).containsExactly("2025-08-12");
    assertThat(resolve("11月28日专稿", REFERENCE)).extracting(DateMention::iso).containsExactly("2025-11-28");
    assertThat(resolve("Today was my last day", REFERENCE)).first().satisfies(d -> assertThat(d.relative()).isTrue());
  }

  @Test
  void withoutAReferenceRelativeExpressionsStayUnresolved() {
    assertThat(resolve("于周三在X平台正式宣布", null)).isEmpty();
    assertThat(resolve("يوم الأربعاء", null)).isEmpty();
  }

  @Test
  void theDayThatIsNotToday() {
    assertThat(resolve("أتذكر اليوم الذي التقيت فيه", REFERENCE)).isEmpty();
  }

  @Test
  void ambiguousArabicWeekdaysNeedTheWordDay() {
    assertThat(resolve("صلاة الجمعة", REFERENCE)).isEmpty();
    assertThat(resolve("يوم الجمعة", REFERENCE)).extracting(DateMention::iso).containsExactly("2025-08-08");
  }
}
