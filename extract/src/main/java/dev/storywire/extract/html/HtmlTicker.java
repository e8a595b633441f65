package dev.storywire.extract.html;

import dev.storywire.extract.date.DateParser;
import dev.storywire.extract.date.ParsedDate;
import dev.storywire.model.FlashEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds tickers in HTML by structure, as in plain text: a list or box whose consecutive children
 * each read "[date] HH:MM text". The ticker is removed from the page so it never reaches the article.
 */
final class HtmlTicker {
  /** Fewer timed items than this is a schedule inside an article, not a ticker (same as plain text). */
  static final int MIN_ENTRIES = 3;

  /** A ticker item is a headline or a teaser; a child longer than this is an article section. */
  static final int MAX_ITEM_CHARS = 400;

  /** An item with less text after its time is a bare label ("12:30 Uhr"). */
  static final int MIN_ITEM_TEXT_CHARS = 8;

  /** "[date] HH:MM [Uhr|h|am|pm|a. m.|p. m.] [separator] text". */
  private static final Pattern TIMED = Pattern.compile(
      "^(.{0,30}?)\\s*\\b([01]?\\d|2[0-3])[:：]([0-5]\\d)(?:\\s*(Uhr|h|[ap]\\.?\\s?m\\.?)(?![\\p{L}]))?\\s+[-–—|:]?\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TRUNCATION = Pattern.compile("\\s*(\\.\\.\\.|…)$");

  private HtmlTicker() {}

  /** Removes every ticker from {@code doc}; @return their entries in page order */
  static List<FlashEntry> extract(PageInventory page) {
    List<FlashEntry> all = new ArrayList<>();
    for (Element box : page.tickerBoxes) {
      if (box.parent() == null || !hasChildElements(box, MIN_ENTRIES)) {
        continue; // already removed with an enclosing ticker, or too small
      }
      List<FlashEntry> entries = entries(box);
      if (entries.size() >= MIN_ENTRIES) {
        all.addAll(entries);
        box.remove();
      }
    }
    return all;
  }

  /**
   * Whether {@code box} has at least {@code n} child elements, counted along its children:
   * {@code childrenSize()} would build and stash a child list on every box of the page.
   */
  private static boolean hasChildElements(Element box, int n) {
    int found = 0;
    for (Element child = box.firstElementChild(); child != null && found < n; child = child.nextElementSibling()) {
      found++;
    }
    return found >= n;
  }

  /** @return the entries when every child with text is a timed item, else empty */
  private static List<FlashEntry> entries(Element box) {
    List<FlashEntry> out = new ArrayList<>();
    for (Element child : box.children()) {
      String text = Texts.bounded(child, MAX_ITEM_CHARS);
      if (text.isBlank()) {
        continue;
      }
      FlashEntry e = text.length() > MAX_ITEM_CHARS ? null : entry(text);
      if (e == null) {
        return List.of();
      }
      out.add(e);
    }
    return out;
  }

  private static int hour24(int hour, @Nullable String suffix) {
    if (suffix == null || hour > 12) {
      return hour;
    }
    char c = Character.toLowerCase(suffix.charAt(0));
    return c == 'p' ? hour % 12 + 12 : c == 'a' ? hour % 12 : hour;
  }

  private static @Nullable FlashEntry entry(String text) {
    if (text.indexOf(':') < 0 && text.indexOf('：') < 0) {
      return null; // no time without its colon: most blocks are no ticker, and fail here cheaply
    }
    Matcher m = TIMED.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    String prefix = m.group(1).strip();
    Optional<ParsedDate> date = prefix.isEmpty() ? Optional.empty() : DateParser.whole(prefix);
    if (!prefix.isEmpty() && date.isEmpty()) {
      return null; // words before the time: a sentence that mentions a time, not a ticker item
    }
    String body = m.group(5).strip();
    Matcher t = TRUNCATION.matcher(body);
    boolean truncated = t.find();
    String itemText = truncated ? body.substring(0, t.start()).strip() : body;
    if (itemText.length() < MIN_ITEM_TEXT_CHARS) {
      return null;
    }
    LocalDate day = date.map(ParsedDate::date).orElse(null);
    LocalTime time = LocalTime.of(hour24(Integer.parseInt(m.group(2)), m.group(4)), Integer.parseInt(m.group(3)));
    return new FlashEntry(day, time, itemText, truncated);
  }
}
