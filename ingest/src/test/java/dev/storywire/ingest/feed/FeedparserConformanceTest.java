package dev.storywire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import dev.storywire.model.QualityFloors;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs Universal Feed Parser's test suite (https://github.com/kurtmckee/feedparser, {@code tests/}
 * directories {@code wellformed}, {@code illformed}, {@code encoding} and {@code entities};
 * BSD-style licence, copied beside the divergence list as {@code feedparser-LICENSE.txt}) against
 * {@link FeedParser}.
 *
 * <p>Each file's {@code Expect:} line is a Python expression over feedparser's result; it is
 * evaluated by {@link PythonExpect} against {@link FeedparserView}, which shows our result with
 * feedparser's keys. An expression that needs a key our model deliberately lacks is not applicable,
 * counted by reason; so is the {@code sanitize} directory, which tests feedparser's HTML sanitizer
 * (we keep feed HTML as given and sanitize at rendering). Every applicable expectation must pass or
 * be listed, with its reason, in {@code feedparser-divergences.txt}; a listed file that passes fails
 * the test too, so the list only shrinks. The suite lives outside the repository; without it the
 * test is skipped.
 */
class FeedparserConformanceTest {
  private static final String SUITE = "feedparser_tests";
  private static final List<String> DIRECTORIES = List.of("wellformed", "illformed", "encoding", "entities");
  private static final String DIVERGENCES = "feedparser-divergences.txt";

  /**
   * Passing share of applicable expectations below which the test fails, from the checked-in
   * floors ({@code ingest.feedparser.pass-rate}): the first port reached 0.917 (741 of 808), the
   * second 0.964 (779 of 808); the divergence list is exact.
   */
  private static final double MIN_PASS_RATE = QualityFloors.of("ingest.feedparser.pass-rate");

  /** Where feedparser's test server served the files; relative links in the suite resolve against it. */
  private static final String SERVED_FROM = "http://127.0.0.1:8097/tests/";

  private static final Pattern EXPECT = Pattern.compile("(?m)^\\s*Expect:\\s*(.*?)\\s*$");
  private static final Pattern HEADER = Pattern.compile("(?m)^\\s*Header:\\s*Content-type:\\s*(.*?)\\s*$",
      Pattern.CASE_INSENSITIVE);

  /** The document's own URL as the server stated it; the caller passes it to the parser as the feed URL. */
  private static final Pattern CONTENT_LOCATION = Pattern.compile("(?m)^\\s*Header:\\s*Content-Location:\\s*(.*?)\\s*$",
      Pattern.CASE_INSENSITIVE);

  private static final List<Charset> HEADER_CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
      StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"));

  private enum Outcome { PASS, FAIL, NOT_APPLICABLE, NO_EXPECTATION }

  private record Result(String file, Outcome outcome, String detail) {}

  @Test
  void suiteConformsExceptForListedDivergences() throws IOException {
    Path suite = suiteDirectory();
    Assumptions.assumeTrue(suite != null, "Universal Feed Parser test suite not found (../shared/datasets/"
        + SUITE + "); skipping conformance");
    List<Result> results = new ArrayList<>();
    for (String dir : DIRECTORIES) {
      try (Stream<Path> files = Files.walk(suite.resolve(dir))) {
        for (Path file : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
          results.add(run(suite.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file)));
        }
      }
    }
    Map<String, String> listed = divergences();
    report(results, listed);
    List<String> unlisted = results.stream().filter(r -> r.outcome() == Outcome.FAIL)
        .filter(r -> !listed.containsKey(r.file())).map(r -> r.file() + "  (" + r.detail() + ")").toList();
    List<String> stale = listed.keySet().stream().filter(f -> results.stream()
        .noneMatch(r -> r.file().equals(f) && r.outcome() == Outcome.FAIL)).toList();
    long applicable = count(results, Outcome.PASS) + count(results, Outcome.FAIL);
    assertThat(unlisted).as("failing expectations missing from " + DIVERGENCES).isEmpty();
    assertThat(stale).as("listed in " + DIVERGENCES + " but no longer failing: remove them").isEmpty();
    assertThat((double) count(results, Outcome.PASS) / applicable).isGreaterThanOrEqualTo(MIN_PASS_RATE);
  }

  private static Result run(String file, byte[] bytes) {
    String header = headerText(bytes);
    Matcher expect = EXPECT.matcher(header);
    if (!expect.find()) {
      return new Result(file, Outcome.NO_EXPECTATION, "no Expect line");
    }
    String expression = expect.group(1);
    if (file.startsWith("wellformed/sanitize/")) {
      return new Result(file, Outcome.NOT_APPLICABLE, "feedparser's HTML sanitizer (we keep feed HTML as given)");
    }
    Matcher contentType = HEADER.matcher(header);
    Matcher location = CONTENT_LOCATION.matcher(header);
    String feedUrl = location.find() ? java.net.URI.create(SERVED_FROM + file).resolve(location.group(1)).toString()
        : SERVED_FROM + file;
    FeedResult result = new FeedParser().parse(bytes, contentType.find() ? contentType.group(1) : null, feedUrl);
    PythonExpect.Node node;
    try {
      node = PythonExpect.parse(expression);
    } catch (RuntimeException e) {
      return new Result(file, Outcome.NOT_APPLICABLE, "expression outside the Python subset we evaluate");
    }
    FeedparserView view = new FeedparserView(result);
    try {
      view.classify(node);
    } catch (FeedparserView.NotApplicable e) {
      return new Result(file, Outcome.NOT_APPLICABLE, e.getMessage());
    }
    return view.test(node) ? new Result(file, Outcome.PASS, expression)
        : new Result(file, Outcome.FAIL, expression + " -> " + describe(result));
  }

  private static String describe(FeedResult result) {
    String text = result.toString();
    return text.length() > 600 ? text.substring(0, 600) + "..." : text;
  }

  /** The file's leading comment, decoded with whichever Unicode encoding shows the Expect line. */
  private static String headerText(byte[] bytes) {
    for (Charset charset : HEADER_CHARSETS) {
      String text = new String(bytes, 0, Math.min(bytes.length, 4096), charset);
      if (text.contains("Expect:")) {
        return text;
      }
    }
    return "";
  }

  private static void report(List<Result> results, Map<String, String> listed) {
    long pass = count(results, Outcome.PASS);
    long fail = count(results, Outcome.FAIL);
    Map<String, Integer> notApplicable = new TreeMap<>();
    results.stream().filter(r -> r.outcome() == Outcome.NOT_APPLICABLE)
        .forEach(r -> notApplicable.merge(r.detail(), 1, Integer::sum));
    StringBuilder out = new StringBuilder();
    out.append(String.format("feedparser conformance: %d files, %d without expectation, %d applicable, %d passed"
            + " (%.1f %%), %d divergent (listed %d), %d not applicable%n", results.size(),
        count(results, Outcome.NO_EXPECTATION), pass + fail, pass, 100.0 * pass / Math.max(1, pass + fail), fail,
        listed.size(), count(results, Outcome.NOT_APPLICABLE)));
    notApplicable.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> out.append(String.format("  not applicable %4d  %s%n", e.getValue(), e.getKey())));
    results.stream().filter(r -> r.outcome() == Outcome.FAIL && !listed.containsKey(r.file()))
        .forEach(r -> out.append("  UNLISTED FAIL ").append(r.file()).append("  ").append(r.detail()).append('\n'));
    System.out.print(out);
  }

  private static long count(List<Result> results, Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** File to reason; the file groups paths under {@code # reason} lines. */
  private static Map<String, String> divergences() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = FeedparserConformanceTest.class.getResourceAsStream(DIVERGENCES)) {
      if (in == null) {
        return out;
      }
      String reason = "";
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (trimmed.startsWith("#")) {
          reason = trimmed.substring(1).strip();
        } else if (!trimmed.isEmpty()) {
          out.put(trimmed, reason);
        }
      }
    }
    return out;
  }

  /** {@code storywire.datasets} as Maven sets it, else found by walking up to a directory beside {@code shared}. */
  private static Path suiteDirectory() {
    String configured = System.getProperty("storywire.datasets");
    if (configured != null && Files.isDirectory(Path.of(configured, SUITE))) {
      return Path.of(configured, SUITE);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/datasets").resolve(SUITE).normalize();
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
