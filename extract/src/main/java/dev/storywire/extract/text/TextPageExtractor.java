package dev.storywire.extract.text;

import dev.storywire.extract.date.DateParser;
import dev.storywire.extract.date.ParsedDate;
import dev.storywire.model.ExtractedPage;
import dev.storywire.model.Extraction;
import dev.storywire.model.FlashEntry;
import dev.storywire.model.Hints;
import dev.storywire.model.Link;
import dev.storywire.model.PageDate;
import dev.storywire.model.Paragraph;
import dev.storywire.model.RejectReason;
import dev.storywire.model.Role;
import java.lang.Character.UnicodeScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plain-text page capture, one paragraph or chrome element per line: removes tickers,
 * related links, captions and embedded-post signatures, then finds the title, headings and a
 * dateline by generic line rules. Thread-safe: all state lives in one {@link Run} per call.
 */
public final class TextPageExtractor {
  /** A title is a headline, not a paragraph: longer first lines are the article's lead. */
  static final int MAX_TITLE_CHARS = 200;

  /** A first line counts as title only when the next paragraph is at least this much longer. */
  static final double TITLE_SHORTER_RATIO = 1.2;

  /** A caption line is a short label under an image; longer lines ending in a marker are prose. */
  static final int MAX_CAPTION_CHARS = 150;

  /** A caption gives a title only when what is left after the marker is a phrase, not a word. */
  static final int MIN_CAPTION_TITLE_CHARS = 6;

  /** A subheading is a short line; longer unpunctuated lines are paragraphs with sloppy endings. */
  static final int MAX_HEADING_CHARS = 120;

  /** Datelines sit just under the title. */
  static final int DATELINE_SCAN_LINES = 3;

  /** A dateline or byline is short; a longer line with a date is a sentence about that date. */
  static final int MAX_DATELINE_CHARS = 80;

  /** @return the extracted page, or NO_CONTENT when it has neither paragraphs nor flash items */
  public Extraction extract(String text, Hints hints, Instant now) {
    return new Run(lines(text), hints, now).extract();
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\\R")) {
      String s = l.replace("\uFEFF", "").replace('\u00A0', ' ').strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** One extraction: the lines, which are used up, and what was found at which line. */
  private static final class Run {
    private final List<String> lines;
    private final boolean[] used;
    private final Hints hints;
    private final Instant now;
    private final TreeMap<Integer, Paragraph> special = new TreeMap<>();
    private final List<Link> related = new ArrayList<>();
    private final Set<String> rules = new LinkedHashSet<>();

    Run(List<String> lines, Hints hints, Instant now) {
      this.lines = lines;
      this.used = new boolean[lines.size()];
      this.hints = hints;
      this.now = now;
    }

    Extraction extract() {
      List<FlashEntry> flash = TickerDetector.find(lines, used);
      if (!flash.isEmpty()) {
        rules.add("text.ticker");
      }
      findRelated();
      findSocialPosts();
      String captionTitle = removeCaptions();
      String title = title(captionTitle);
      PageDate published = published();
      findHeadings();
      List<Paragraph> paragraphs = paragraphs();
      if (paragraphs.isEmpty() && flash.isEmpty()) {
        return new Extraction.Rejected(RejectReason.NO_CONTENT,
            "plain text of " + lines.size() + " non-blank lines has no article paragraph and no ticker");
      }
      return new Extraction.Page(new ExtractedPage(title, paragraphs, related, flash, published, null, null, null,
          List.copyOf(rules)));
    }

    private void findRelated() {
      for (int i = 0; i < lines.size(); i++) {
        String rest = used[i] ? null : TextMarkers.afterRelatedPrefix(lines.get(i));
        if (rest != null) {
          used[i] = true;
          String linkText = rest.isEmpty() ? takeNextShortLine(i) : rest;
          if (linkText != null) {
            related.add(new Link(linkText, null));
          }
          rules.add("text.related");
        }
      }
    }

    private @Nullable String takeNextShortLine(int i) {
      int n = i + 1;
      if (n < lines.size() && !used[n] && length(lines.get(n)) <= MAX_HEADING_CHARS) {
        used[n] = true;
        return lines.get(n);
      }
      return null;
    }

    private void findSocialPosts() {
      UnicodeScript main = Scripts.dominant(unusedLines());
      for (int i = 0; i < lines.size(); i++) {
        Optional<SocialPost> post = used[i] ? Optional.empty() : SocialPost.parse(lines.get(i));
        if (post.isPresent()) {
          String text = postText(i, post.get().before(), main);
          used[i] = true;
          special.put(i, new Paragraph(Role.QUOTE, text, post.get().attribution()));
          rules.add("text.social-post");
        }
      }
    }

    /** The post is the signature line's own text plus the lines above it written in another script. */
    private String postText(int signature, String before, @Nullable UnicodeScript main) {
      int first = signature;
      while (first > 0 && !used[first - 1] && main != null && foreign(lines.get(first - 1), main)) {
        first--;
      }
      if (first == signature && before.isEmpty() && signature > 0 && !used[signature - 1]) {
        first = signature - 1; // same-script post: only the line just above belongs to it
      }
      List<String> parts = new ArrayList<>();
      for (int k = first; k < signature; k++) {
        parts.add(lines.get(k));
        used[k] = true;
      }
      if (!before.isEmpty()) {
        parts.add(before);
      }
      return String.join("\n", parts);
    }

    private static boolean foreign(String line, UnicodeScript main) {
      UnicodeScript s = Scripts.dominant(line);
      return s != null && s != main;
    }

    /** Removes image-caption lines; @return the first caption's text, or null. */
    private @Nullable String removeCaptions() {
      String first = null;
      for (int i = 0; i < lines.size(); i++) {
        String caption = used[i] || length(lines.get(i)) > MAX_CAPTION_CHARS ? null : TextMarkers.captionText(lines.get(i));
        if (caption != null) {
          used[i] = true;
          if (first == null && length(caption) >= MIN_CAPTION_TITLE_CHARS) {
            first = caption;
          }
        }
      }
      return first;
    }

    private @Nullable String title(@Nullable String captionTitle) {
      int first = nextUnused(0);
      if (hints.title() != null && !hints.title().isBlank()) { // the producer said what the title is
        if (first >= 0 && sameText(lines.get(first), hints.title())) {
          used[first] = true; // the text repeats it
        }
        rules.add("text.title.hint");
        return hints.title().strip();
      }
      if (first >= 0 && isTitleLine(first)) {
        used[first] = true;
        rules.add("text.title.first-line");
        return lines.get(first);
      }
      if (captionTitle != null) {
        rules.add("text.title.caption");
        return captionTitle;
      }
      return null;
    }

    private static boolean sameText(String a, String b) {
      return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }

    private boolean isTitleLine(int i) {
      String line = lines.get(i);
      int next = nextUnused(i + 1);
      return next >= 0
          && length(line) <= MAX_TITLE_CHARS
          && !TextMarkers.endsSentence(line)
          && length(lines.get(next)) >= length(line) * TITLE_SHORTER_RATIO
          && !isDateOnly(line);
    }

    /**
     * A line that is a date and little else ("Saturday, January 8, 2005", "السبت 8 يناير 2005") is
     * a dateline, not a headline: the date covers at least half of its letters and digits.
     */
    private static boolean isDateOnly(String line) {
      Optional<ParsedDate> d = DateParser.find(line);
      if (d.isEmpty()) {
        return false;
      }
      String rest = line.substring(0, d.get().start()) + line.substring(d.get().end());
      return letters(rest) <= letters(line) / 2;
    }

    private static int letters(String text) {
      return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private void findHeadings() {
      for (int i = 0; i < lines.size(); i++) {
        if (!used[i] && isHeading(i)) {
          used[i] = true;
          special.put(i, new Paragraph(Role.HEADING, lines.get(i), null));
          rules.add("text.heading");
        }
      }
    }

    private boolean isHeading(int i) {
      String line = lines.get(i);
      boolean shape = length(line) <= MAX_HEADING_CHARS
          && (TextMarkers.endsQuestion(line) || !TextMarkers.endsSentence(line) && !endsWithEllipsis(line));
      return shape && hasBodyBefore(i) && nextUnused(i + 1) >= 0;
    }

    private static boolean endsWithEllipsis(String line) {
      return line.endsWith("…") || line.endsWith("...");
    }

    private boolean hasBodyBefore(int i) {
      for (int k = i - 1; k >= 0; k--) {
        if (!used[k]) {
          return true;
        }
      }
      return special.headMap(i).values().stream().anyMatch(p -> p.role() == Role.QUOTE);
    }

    private @Nullable PageDate published() {
      PageDate fromHint = fromHint();
      PageDate dateline = dateline();
      return fromHint != null ? fromHint : dateline;
    }

    private @Nullable PageDate fromHint() {
      if (hints.published() == null) {
        return null;
      }
      Optional<ParsedDate> d = DateParser.find(hints.published()).filter(p -> DateParser.plausible(p.date(), now));
      d.ifPresent(x -> rules.add("text.date.hint"));
      return d.map(p -> p.toPageDate("text.date.hint")).orElse(null);
    }

    /** A short line with a date just under the title is a dateline or byline; it is chrome, not body. */
    private @Nullable PageDate dateline() {
      int seen = 0;
      for (int i = nextUnused(0); i >= 0 && seen < DATELINE_SCAN_LINES; i = nextUnused(i + 1), seen++) {
        String line = lines.get(i);
        Optional<ParsedDate> d = length(line) <= MAX_DATELINE_CHARS && !TextMarkers.endsSentence(line)
            ? DateParser.find(line).filter(p -> DateParser.plausible(p.date(), now)) : Optional.empty();
        if (d.isPresent()) {
          used[i] = true;
          rules.add("text.date.dateline");
          return d.get().toPageDate("text.date.dateline");
        }
      }
      return null;
    }

    private List<Paragraph> paragraphs() {
      TreeMap<Integer, Paragraph> all = new TreeMap<>(special);
      for (int i = 0; i < lines.size(); i++) {
        if (!used[i]) {
          all.put(i, Paragraph.body(lines.get(i)));
        }
      }
      return List.copyOf(all.values());
    }

    private int nextUnused(int from) {
      for (int i = from; i < lines.size(); i++) {
        if (!used[i]) {
          return i;
        }
      }
      return -1;
    }

    private List<String> unusedLines() {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (!used[i]) {
          out.add(lines.get(i));
        }
      }
      return out;
    }
  }
}
