package dev.storywire.analysis.numbers;

import org.jspecify.annotations.Nullable;

/** The value of a Chinese numeral written in characters (三, 十二, 两百, 二十六万). */
final class ChineseNumeral {
  /** Digits, by character. */
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumeral() {}

  /** @return the value, or null when the run is not a well-formed numeral */
  static @Nullable Double parse(String numeral) {
    double total = 0;
    double section = 0;
    double digit = -1;
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      int d = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      double unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '万' -> 1e4;
        case '亿' -> 1e8;
        default -> -1;
      };
      if (unit < 0) {
        return null;
      }
      if (unit < 1e4) {
        section += (digit < 0 ? 1 : digit) * unit;
      } else {
        total = (total + section + Math.max(digit, 0)) * unit;
        section = 0;
      }
      digit = -1;
    }
    double value = total + section + Math.max(digit, 0);
    return value > 0 ? value : null;
  }
}
