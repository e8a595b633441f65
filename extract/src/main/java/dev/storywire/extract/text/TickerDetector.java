package dev.storywire.extract.text;

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
import org.jspecify.annotations.Nullable;

/**
 * Finds tickers by structure: runs of at least {@link #MIN_ENTRIES} (time line, text line) pairs,
 * with optional date lines that date the entries after them and an optional header line before.
 */
final class TickerDetector {
  /** Fewer timed pairs than this is more likely a timeline inside an article than a ticker. */
  static final int MIN_ENTRIES = 3;

  /** A header above a ticker is a label, not a sentence. */
  static final int MAX_HEADER_CHARS = 24;

  private static final Pattern TIME_LINE = Pattern.compile("^([01]?\\d|2[0-3])[:：]([0-5]\\d)$");
  private static final Pattern TRUNCATION = Pattern.compile("(\\.\\.\\.|…)$");

  private TickerDetector() {}

  /** Marks the ticker lines in {@code used} and returns the entries, in page order. */
  static List<FlashEntry> find(List<String> lines, boolean[] used) {
    List<FlashEntry> all = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int end = tryRun(lines, i, used, all);
      i = end > i ? end : i + 1;
    }
    return all;
  }

  /** @return the index after the ticker starting at {@code start}, or {@code start} when there is none */
  private static int tryRun(List<String> lines, int start, boolean[] used, List<FlashEntry> out) {
    List<FlashEntry> entries = new ArrayList<>();
    LocalDate date = null;
    int j = start;
    while (j < lines.size() && !used[j]) {
      Optional<ParsedDate> d = DateParser.whole(lines.get(j));
      LocalTime time = time(lines.get(j));
      if (d.isPresent() && time == null) {
        date = d.get().date();
        j++;
      } else if (time != null && isEntryText(lines, j + 1)) {
        entries.add(entry(date, time, lines.get(j + 1)));
        j += 2;
      } else {
        break;
      }
    }
    if (entries.size() < MIN_ENTRIES) {
      return start;
    }
    markHeader(lines, start, used);
    for (int k = start; k < j; k++) {
      used[k] = true;
    }
    out.addAll(entries);
    return j;
  }

  private static void markHeader(List<String> lines, int start, boolean[] used) {
    int h = start - 1;
    if (h >= 0 && !used[h] && isHeader(lines.get(h))) {
      used[h] = true;
    }
  }

  private static boolean isHeader(String line) {
    return line.codePointCount(0, line.length()) <= MAX_HEADER_CHARS && TextMarkers.isTickerHeader(line);
  }

  private static boolean isEntryText(List<String> lines, int j) {
    if (j >= lines.size()) {
      return false;
    }
    String l = lines.get(j);
    return time(l) == null && DateParser.whole(l).isEmpty();
  }

  private static FlashEntry entry(@Nullable LocalDate date, LocalTime time, String line) {
    Matcher m = TRUNCATION.matcher(line);
    boolean truncated = m.find();
    String text = truncated ? line.substring(0, m.start()).strip() : line;
    return new FlashEntry(date, time, text, truncated);
  }

  static @Nullable LocalTime time(String line) {
    Matcher m = TIME_LINE.matcher(line.strip());
    return m.matches() ? LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
  }
}
