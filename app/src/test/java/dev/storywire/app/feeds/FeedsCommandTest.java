package dev.storywire.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.app.cli.StorywireCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code storywire feeds ...} through the real command line. */
class FeedsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path data;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = StorywireCommand.commandLine(Map.of("STORYWIRE_DATA", data.toString()));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void addListExportImportRemove() throws Exception {
    Run added = run("feeds", "add", "https://www.aljazeera.net/aljazeerarss", "--title", "الجزيرة", "--category", "ar");
    assertThat(added.code()).isZero();
    assertThat(added.out()).startsWith("following f");
    assertThat(run("feeds", "add", "https://www.aljazeera.net/aljazeerarss").out()).startsWith("already following");

    JsonNode list = JSON.readTree(run("feeds", "list", "--json").out());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("title").asText()).isEqualTo("الجزيرة");
    assertThat(list.get(0).path("interval_minutes").asInt()).isEqualTo(10);

    Path opml = data.resolve("export.opml");
    assertThat(run("feeds", "export", opml.toString()).code()).isZero();
    String exported = Files.readString(opml, StandardCharsets.UTF_8);
    assertThat(exported).contains("<opml version=\"2.0\"").contains("الجزيرة").contains("category=\"ar\"");

    Path other = data.resolve("other.opml");
    Files.writeString(other, "<?xml version=\"1.0\"?><opml version=\"1.0\"><head><title>x</title></head><body>"
        + "<outline title=\"Tech\"><outline type=\"rss\" text=\"36氪\" xmlUrl=\"https://36kr.com/feed\"/></outline>"
        + "<outline type=\"rss\" text=\"dup\" xmlUrl=\"https://www.aljazeera.net/aljazeerarss\"/></body></opml>");
    Run imported = run("feeds", "import", other.toString());
    assertThat(imported.out()).contains("imported 1 new, 1 already followed, 0 skipped");
    assertThat(run("feeds", "list").out()).contains("https://36kr.com/feed").contains("2 subscriptions")
        .contains("not polled yet");

    assertThat(run("feeds", "remove", "https://36kr.com/feed").out()).startsWith("removed f");
    Run missing = run("feeds", "remove", "https://36kr.com/feed");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no subscription");
  }

  @Test
  void refusesWhatIsNotAFeedUrl() {
    Run bad = run("feeds", "add", "file:///etc/passwd");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).isEqualTo("storywire: a feed URL must be an absolute http or https URL: file:///etc/passwd\n");
    Run tooOften = run("feeds", "add", "https://example.org/rss", "--interval", "0");
    assertThat(tooOften.code()).isEqualTo(1);
    assertThat(tooOften.err()).contains("at least 1 minute");
  }
}
