package dev.storywire.analysis;

import dev.storywire.model.Attribution;
import dev.storywire.model.ExtractedPage;
import dev.storywire.model.FlashEntry;
import dev.storywire.model.Format;
import dev.storywire.model.Hints;
import dev.storywire.model.Link;
import dev.storywire.model.Paragraph;
import dev.storywire.model.RawDocument;
import dev.storywire.model.Role;
import dev.storywire.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link ExtractedPage}s from the two seed captures the way an extractor would, without
 * using the extract module (a sibling stage): the first line (or the image caption) is the title,
 * question lines are headings, the "read also" line is a related link, consecutive Latin lines in
 * the Arabic page are one embedded post whose signature becomes the attribution, and the Chinese
 * ticker (after 最新快讯) becomes flash entries.
 */
final class SeedPages {
  static final String ARABIC = "000_6571981fc28c5b9a.txt";
  static final String CHINESE = "004_1c4daa1ff2b208cf.txt";

  /** When the seeds were fetched, for the tests: after the event, before nothing in them. */
  static final Instant FIRST_SEEN = Instant.parse("2025-11-28T14:00:00Z");

  /** The signature of an embedded post: "— Name (@handle) Month d, yyyy". */
  private static final Pattern SIGNATURE = Pattern.compile("^(.*?)—\\s*(.+?)\\s*\\(@(\\w+)\\)\\s*(.+)$");
  private static final DateTimeFormatter POST_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final Pattern LATIN_LINE = Pattern.compile("^[\\p{IsLatin}\\p{Punct}\\p{N}\\s…—’“”]+$");
  private static final Pattern TIME = Pattern.compile("^\\d{1,2}:\\d{2}$");
  private static final Pattern CJK_DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
  private static final String TRUNCATION = "...";

  private SeedPages() {}

  static Path seeds() {
    String samples = System.getProperty("storywire.samples");
    Path dir = samples != null ? Path.of(samples, "seeds") : Path.of("..", "samples", "seeds");
    return Files.isDirectory(dir) ? dir : Path.of("..", "samples", "seeds");
  }

  static List<String> lines(String name) {
    try {
      return Files.readAllLines(seeds().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RawDocument raw(String name) {
    try {
      byte[] bytes = Files.readAllBytes(seeds().resolve(name));
      return new RawDocument(name, 1, Format.TEXT, bytes, "UTF-8", SourceRef.ofName(name), FIRST_SEEN, Hints.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Arabic page: title line, body, two question headings, one embedded English post, a related link. */
  static ExtractedPage arabic() {
    List<String> lines = lines(ARABIC).stream().filter(l -> !l.isBlank()).toList();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Link> related = new ArrayList<>();
    StringBuilder quote = new StringBuilder();
    for (String line : lines.subList(1, lines.size())) {
      if (LATIN_LINE.matcher(line).matches()) {
        Matcher sig = SIGNATURE.matcher(line);
        if (sig.matches()) {
          appendLine(quote, sig.group(1));
          Attribution by = new Attribution(sig.group(2), sig.group(3), LocalDate.parse(sig.group(4).strip(), POST_DATE), null);
          paragraphs.add(new Paragraph(Role.QUOTE, quote.toString(), by));
          quote.setLength(0);
        } else {
          appendLine(quote, line);
        }
      } else if (line.startsWith("اقرأ أيضًا")) {
        related.add(new Link(line.substring(line.indexOf(':') + 1).strip(), null));
      } else {
        paragraphs.add(new Paragraph(line.strip().endsWith("؟") ? Role.HEADING : Role.BODY, line, null));
      }
    }
    return page(lines.getFirst(), paragraphs, related, List.of(), "ar");
  }

  private static void appendLine(StringBuilder quote, String line) {
    if (!line.isBlank()) {
      quote.append(quote.isEmpty() ? "" : "\n").append(line.strip());
    }
  }

  /** The Chinese page: body paragraphs, an image caption carrying the title, then the ticker. */
  static ExtractedPage chinese() {
    List<String> lines = lines(CHINESE).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    int ticker = lines.indexOf("最新快讯");
    String title = null;
    List<Paragraph> paragraphs = new ArrayList<>();
    for (String line : lines.subList(0, ticker)) {
      if (line.endsWith("插图")) {
        title = line.substring(0, line.length() - "插图".length()).strip();
      } else {
        paragraphs.add(Paragraph.body(line));
      }
    }
    return page(title, paragraphs, List.of(), flash(lines.subList(ticker + 1, lines.size())), "zh");
  }

  private static List<FlashEntry> flash(List<String> lines) {
    List<FlashEntry> out = new ArrayList<>();
    LocalDate day = null;
    LocalTime time = null;
    for (String line : lines) {
      Matcher date = CJK_DATE.matcher(line);
      if (date.matches()) {
        day = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
      } else if (TIME.matcher(line).matches()) {
        time = LocalTime.parse(line.length() == 4 ? "0" + line : line);
      } else {
        boolean truncated = line.endsWith(TRUNCATION) || line.endsWith("…");
        String text = truncated ? line.replaceFirst("(\\.\\.\\.|…)$", "") : line;
        out.add(new FlashEntry(day, time, text, truncated));
      }
    }
    return out;
  }

  private static ExtractedPage page(String title, List<Paragraph> paragraphs, List<Link> related, List<FlashEntry> flash, String lang) {
    return new ExtractedPage(title, paragraphs, related, flash, null, null, null, lang, List.of("test-seed-helper"));
  }
}
