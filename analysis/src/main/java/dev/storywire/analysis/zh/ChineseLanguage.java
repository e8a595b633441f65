package dev.storywire.analysis.zh;

import dev.storywire.analysis.dates.DateVocabulary;
import dev.storywire.analysis.numbers.NumberVocabulary;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/** Chinese: SmartChineseAnalyzer (HMM word segmentation), calendar words, units and multipliers. */
public final class ChineseLanguage {
  private ChineseLanguage() {}

  /** @return a new analyzer for Chinese text */
  public static Analyzer analyzer() {
    return new SmartChineseAnalyzer();
  }

  /** The numbers Chinese gives weekdays (一 Monday … 六 Saturday, 日/天 Sunday). */
  private static final String WEEKDAY_NUMBERS = "一二三四五六";

  /** Prefixes that make a weekday: 周三, 星期三, 礼拜三. */
  private static final String[] WEEKDAY_PREFIXES = {"周", "星期", "礼拜"};

  private static Map<String, DayOfWeek> weekdays() {
    Map<String, DayOfWeek> out = new HashMap<>();
    for (String prefix : WEEKDAY_PREFIXES) {
      for (int i = 0; i < WEEKDAY_NUMBERS.length(); i++) {
        out.put(prefix + WEEKDAY_NUMBERS.charAt(i), DayOfWeek.of(i + 1));
      }
      out.put(prefix + "日", DayOfWeek.SUNDAY);
      out.put(prefix + "天", DayOfWeek.SUNDAY);
    }
    return out;
  }

  /** Chinese calendar words; months are numeric (11月) and handled by the date patterns. */
  public static final DateVocabulary DATES = new DateVocabulary(
      Map.of(),
      weekdays(),
      Map.of("今天", 0, "今日", 0, "昨天", -1, "昨日", -1, "前天", -2, "明天", 1),
      Set.of());

  /** Chinese units (counted after digits or numerals) and the large-number multipliers. */
  public static final NumberVocabulary NUMBERS = new NumberVocabulary(
      Map.ofEntries(
          Map.entry("个月", "month"), Map.entry("年", "year"), Map.entry("天", "day"), Map.entry("小时", "hour"),
          Map.entry("人", "people"), Map.entry("名", "people"), Map.entry("%", "%"), Map.entry("％", "%"),
          Map.entry("元", "CNY"), Map.entry("人民币", "CNY"), Map.entry("港元", "HKD"), Map.entry("港币", "HKD"),
          Map.entry("美元", "USD"), Map.entry("欧元", "EUR"), Map.entry("英镑", "GBP"), Map.entry("日元", "JPY")),
      Map.of(),
      Map.of("万", 1e4, "亿", 1e8));
}
