package dev.storywire.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths of the extraction give exactly what the regexes they stand in for
 * give: on chosen edge cases and on random strings (fixed seed) built from the characters and
 * words the regexes care about.
 */
class FastPathsTest {
  private static final int RANDOM_CASES = 20_000;

  @Test
  void decorationIsStrippedAsTheRegexStripsIt() {
    List<String> cases = new ArrayList<>(List.of("", " ", "-", "- Anzeige -", "* Werbung *", "•|• Share", "Share ——",
        "a", "a - b", "--a--b--", "\t|x|\t", "x\u0085", "- x -\u0085", "- x\r\n", "- x -\n", "\n", "\r\n", "–— —–",
        "x\u2028", " - \u2029"));
    Random random = new Random(42);
    String alphabet = "-–—*•| \t\n\u000B\f\rab\u0085\u2028\u00A0";
    for (int i = 0; i < RANDOM_CASES; i++) {
      cases.add(randomString(random, alphabet, 8));
    }
    for (String s : cases) {
      assertThat(BlockEmitter.withoutDecoration(s)).as("'%s'", s)
          .isEqualTo(HtmlHints.LABEL_DECORATION.matcher(s).replaceAll(""));
    }
  }

  /** Every text the newsletter pattern matches holds its word as the pattern folds case. */
  @Test
  void newsletterCallsHoldTheirWord() {
    String[] words = {"Newsletter", "NEWSLETTER", "newſletter", "news letter", "sign up", "Subscribe", "abonnieren", "our", "the",
        "for", "Anmelden", "x", "é", "中", " ", ".", "!"};
    List<String> texts = new ArrayList<>(List.of("", "Sign up for our newsletter", "Subscribe to the NEWSLETTER now"));
    Random random = new Random(9);
    for (int i = 0; i < RANDOM_CASES; i++) {
      texts.add(randomWords(random, words, 8));
    }
    int calls = 0;
    for (String text : texts) {
      if (HtmlHints.NEWSLETTER_CALL.matcher(text).matches()) {
        calls++;
        assertThat(BlockEmitter.containsFolded(text, HtmlHints.NEWSLETTER_WORD)).as("'%s'", text).isTrue();
      }
    }
    assertThat(calls).isGreaterThan(100);
  }

  /** Every element the byline query matches passes the cheap test that lets the others skip it. */
  @Test
  void bylineCandidatesIncludeEveryByline() {
    String[] classes = {"author", "Author", "AUTHOR-NAME", "byline", "byLine__name", "article-author", "story-author", "writer",
        "wrıter", "autHor", "xauthor", "byline author", "meta", "", " ", "\tbyline\n", "post-meta by", "K"};
    String[] attributes = {"", " rel=author", " itemprop=author", " itemprop=name", " rel=nofollow", " id=author"};
    Evaluator byline = QueryParser.parse(Bylines.BYLINE_QUERY);
    Random random = new Random(5);
    int bylines = 0;
    for (int i = 0; i < 5_000; i++) {
      String outer = classes[random.nextInt(classes.length)];
      String inner = classes[random.nextInt(classes.length)] + (random.nextBoolean() ? " " + classes[random.nextInt(classes.length)] : "");
      Document doc = Jsoup.parse("<div class='" + outer + "'" + attributes[random.nextInt(attributes.length)] + "><span class='" + inner
          + "'" + attributes[random.nextInt(attributes.length)] + ">Jane Doe</span></div>");
      for (Element e : doc.getAllElements()) {
        if (e.is(byline)) {
          bylines++;
          assertThat(Bylines.mayBeByline(e)).as("%s", e.outerHtml()).isTrue();
        }
      }
    }
    assertThat(bylines).isGreaterThan(1_000); // the cases hold many bylines
  }

  @Test
  void textIsAppendedAsJsoupWritesIt() {
    String alphabet = " \t\n\f\r\u00A0\u200B\u00AD\u2003\u000B\u3000\u2028aZ.中😀";
    List<String> cases = new ArrayList<>(List.of("", " ", "\u2003 x \u2003", "\u00AD\u200B", " a  b "));
    Random random = new Random(3);
    for (int i = 0; i < RANDOM_CASES; i++) {
      cases.add(randomString(random, alphabet, 12));
    }
    for (String c : cases) {
      TextNode t = new TextNode(c);
      assertThat(Texts.appendStripped(new StringBuilder("<"), t).toString()).as("'%s'", c).isEqualTo("<" + t.text().strip());
      assertThat(Texts.appendText(new StringBuilder("<"), t).toString()).as("'%s'", c).isEqualTo("<" + t.text());
    }
  }

  @Test
  void labelsAreFoundWhereFindFindsThem() {
    String[] words = {"Datum", "date", "Published on", "publié le", "veröffentlicht am", "Erstellt", "opublikowano", "x",
        "update", "mandate", "Datum:", "ü", "中文", "\uD835\uDC00", "𝐀date", "7 April 2020", "12.03.2021", " ", ": ", "-", "datumdate",
        "POSTED ON", "Pubblicato il", "gepostet am", "Erschienen am", "publicado el", "Publication date", "gepubliceerd op", "ERSTELLT AM",
        "Publié", "VERÖFFENTLICHT", "da", "pu", "e", "ſ", "K"};
    List<String> texts = new ArrayList<>(List.of("", "Datum: 25.01.2022", "Mandate: 2020", "ADATUM datum", "𝐀datum 𝐀 datum"));
    Random random = new Random(7);
    for (int i = 0; i < RANDOM_CASES; i++) {
      StringBuilder s = new StringBuilder();
      for (int w = random.nextInt(12); w > 0; w--) {
        s.append(words[random.nextInt(words.length)]);
        if (random.nextBoolean()) {
          s.append(' ');
        }
      }
      texts.add(s.toString());
    }
    for (String text : texts) {
      List<int[]> expected = new ArrayList<>();
      Matcher find = DateHints.PUBLICATION_LABEL.matcher(text);
      while (find.find()) {
        expected.add(new int[] {find.start(), find.end()});
      }
      List<int[]> actual = new ArrayList<>();
      Matcher m = PageDates.labelMatcher(text);
      for (int from = 0; (from = PageDates.nextLabel(m, text, from)) >= 0; from = m.end()) {
        actual.add(new int[] {m.start(), m.end()});
      }
      assertThat(actual).as("'%s'", text).containsExactlyElementsOf(expected);
    }
  }

  /**
   * The word lists that let most class names skip a regex hold a word of every match: a name
   * that matches always holds one. Checked on the names the patterns were written for and on
   * random names; the lists must follow every change of their pattern.
   */
  @Test
  void wordListsCoverTheirPatterns() {
    String[] parts = {"comment", "Comment", "widget_recent", "related", "nav", "NAV", "blockquote", "top", "Top-Bar", "topmenu",
        "header-top", "navbar", "ticker", "menu-item", "current-time", "site-header", "date", "TIME", "byline", "publish",
        "posted", "meta", "dateline", "info", "datum", "fecha", "author", "submitted", "div", "span", "x", "-", "_", " ",
        "post", "entry", "content", "K", "\u212A", "İ", "ß"};
    Random random = new Random(11);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < RANDOM_CASES; i++) {
      names.add(randomWords(random, parts, 5));
    }
    for (String name : names) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (DateHints.NOT_THE_ARTICLE.matcher(name).find()) {
        assertThat(PageDates.containsAny(lower, DateHints.NOT_THE_ARTICLE_WORDS)).as(name).isTrue();
      }
      if (HtmlHints.DATE_CLASS.matcher(name).find()) {
        assertThat(PageDates.containsAny(lower, DateHints.DATE_CLASS_WORDS)).as(name).isTrue();
      }
    }
    assertThat(everyAlternativeCovered(HtmlHints.DATE_CLASS, DateHints.DATE_CLASS_WORDS)).isTrue();
  }

  /** Each alternative of a pattern of plain words holds a listed word. */
  private static boolean everyAlternativeCovered(Pattern words, List<String> list) {
    for (String alternative : words.pattern().replace("(?i)", "").split("\\|")) {
      if (!PageDates.containsAny(alternative.toLowerCase(Locale.ROOT), list)) {
        return false;
      }
    }
    return true;
  }

  private static String randomString(Random random, String alphabet, int maxLength) {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private static String randomWords(Random random, String[] parts, int maxWords) {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(maxWords + 1); n > 0; n--) {
      s.append(parts[random.nextInt(parts.length)]);
    }
    return s.toString();
  }
}
