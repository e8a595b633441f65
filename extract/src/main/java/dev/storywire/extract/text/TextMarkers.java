package dev.storywire.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words that mark chrome in plain-text captures, grouped by what they mark. The related-link
 * prefixes are shared with HTML extraction.
 */
public final class TextMarkers {
  /**
   * "Read also" prefixes: a line starting with one is a related link, not body. Taught by Arabic
   * and Chinese news captures (اقرأ أيضًا، 相关阅读) and the usual European equivalents.
   */
  static final List<String> RELATED_PREFIXES = List.of(
      "اقرأ أيضًا", "اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضا", "اقرأ المزيد", "شاهد أيضا", "للمزيد",
      "read also", "read more", "see also", "also read", "related:", "more:",
      "相关阅读", "延伸阅读", "相关新闻", "相关文章", "推荐阅读", "阅读更多",
      "lire aussi", "à lire aussi", "voir aussi", "lesen sie auch", "lesen sie mehr", "mehr zum thema",
      "leer también", "lea también", "leia também", "leggi anche", "читайте также");

  /**
   * Image-caption markers at the end of a line: a capture keeps the image's alt text or caption as
   * its own line (Chinese pages append 插图/配图 to the headline used as alt text).
   */
  static final List<String> CAPTION_SUFFIXES = List.of(
      "插图", "配图", "图片", "资料图", "组图", "صورة", "(صورة)", "(photo)", "(image)", "(foto)", "(picture)");

  /** Image-caption markers at the start of a line ("Image: …", "Photo: …"). */
  static final List<String> CAPTION_PREFIXES = List.of(
      "image:", "photo:", "picture:", "foto:", "bild:", "图:", "图片:", "图片：", "صورة:");

  /** Ticker headers that may precede a run of timed items (news-site "latest" boxes). */
  static final List<String> TICKER_HEADERS = List.of(
      "最新快讯", "快讯", "实时快讯", "7x24快讯", "滚动新闻", "最新资讯", "latest news", "breaking news", "latest",
      "news feed", "live", "آخر الأخبار", "عاجل", "الأخبار العاجلة", "dernières infos", "en direct",
      "eilmeldungen", "neueste meldungen", "últimas noticias", "ultime notizie");

  /** Characters that end a sentence in the scripts we read; a line ending in one is prose, not a title. */
  static final String SENTENCE_FINAL = ".。!！;；:：,，";

  /** Characters that end a question; a short question between paragraphs is a heading. */
  static final String QUESTION_FINAL = "?？؟";

  private static final Pattern SEPARATOR = Pattern.compile("^[\\s:：\\-–—|»>•]+");

  private TextMarkers() {}

  /** @return the text after a related-link prefix, or null when the line has none */
  public static @Nullable String afterRelatedPrefix(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String p : RELATED_PREFIXES) {
      if (lower.startsWith(p)) {
        return SEPARATOR.matcher(line.substring(p.length())).replaceFirst("").strip();
      }
    }
    return null;
  }

  /** @return the caption text without its marker, or null when the line is not marked as a caption */
  static @Nullable String captionText(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String s : CAPTION_SUFFIXES) {
      if (lower.endsWith(s) && lower.length() > s.length()) {
        return line.substring(0, line.length() - s.length()).strip();
      }
    }
    for (String p : CAPTION_PREFIXES) {
      if (lower.startsWith(p)) {
        return line.substring(p.length()).strip();
      }
    }
    return null;
  }

  static boolean isTickerHeader(String line) {
    String l = line.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s:：|]+$", "");
    return TICKER_HEADERS.contains(l);
  }

  static boolean endsSentence(String line) {
    return !line.isEmpty() && SENTENCE_FINAL.indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  static boolean endsQuestion(String line) {
    return !line.isEmpty() && QUESTION_FINAL.indexOf(line.charAt(line.length() - 1)) >= 0;
  }
}
