package dev.storywire.extract.text;

import dev.storywire.extract.date.DateParser;
import dev.storywire.extract.date.ParsedDate;
import dev.storywire.model.Attribution;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature line that closes an embedded social post, as captures of embedded tweets write it:
 * {@code <last words of the post>— Name (@handle) August 13, 2025}.
 *
 * @param before the post text written before the dash on the same line (may be empty)
 */
record SocialPost(String before, Attribution attribution) {
  /** Name, handle and date are each short; a longer tail is prose that happens to contain "(@x)". */
  private static final Pattern SIGNATURE = Pattern.compile(
      "^(.*?)\\s*(?:—|―|–|--)\\s*([\\p{L}\\p{M}][\\p{L}\\p{M} .'’\\-]{0,60}?)\\s*\\(@(\\w{1,30})\\)\\s*(.{6,40})$");

  /** @return the signature on this line, or empty when the line does not end with one */
  static Optional<SocialPost> parse(String line) {
    if (!line.contains("(@")) {
      return Optional.empty(); // cheap pre-check: most lines are prose
    }
    Matcher m = SIGNATURE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<ParsedDate> date = DateParser.whole(m.group(4));
    if (date.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = date.get().date();
    return Optional.of(new SocialPost(m.group(1).strip(), new Attribution(m.group(2).strip(), m.group(3), day, null)));
  }
}
