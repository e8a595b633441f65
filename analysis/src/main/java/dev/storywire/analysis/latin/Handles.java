package dev.storywire.analysis.latin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Social-media handles ({@code @ibab}) and URLs written in a text. */
public final class Handles {
  /** A handle: @ then 1–30 word characters, not inside an e-mail address. */
  private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@(\\w{1,30})");

  /** An http(s) URL up to whitespace or a closing bracket or quote. */
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'()\\[\\]]+");

  /** Punctuation that ends a sentence after a URL rather than belonging to it. */
  private static final String TRAILING = ".,;:!?…";

  private Handles() {}

  /** @return the handles in {@code text}, lower case, without the @ */
  public static List<String> handles(String text) {
    List<String> out = new ArrayList<>();
    if (text.indexOf('@') < 0) {
      return out;
    }
    Matcher m = HANDLE.matcher(text);
    while (m.find()) {
      out.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** @return the URLs in {@code text}, without trailing sentence punctuation */
  public static List<String> urls(String text) {
    List<String> out = new ArrayList<>();
    if (!text.contains("://")) {
      return out;
    }
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String url = m.group();
      while (!url.isEmpty() && TRAILING.indexOf(url.charAt(url.length() - 1)) >= 0) {
        url = url.substring(0, url.length() - 1);
      }
      out.add(url);
    }
    return out;
  }
}
