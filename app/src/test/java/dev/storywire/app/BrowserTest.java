package dev.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storywire.model.Story;
import dev.storywire.server.ServerConfig;
import dev.storywire.server.StorywireServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web pages in a real browser: Debian's headless Chromium loads the flash feed and a story
 * page from the real server and we read back the DOM it built and a screenshot. Skipped where no
 * Chromium is installed ({@code run-tests} installs it on Debian when it can).
 */
class BrowserTest {
  private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--disable-dev-shm-usage");

  @Test
  void storyPageRendersBothScriptsInChromium(@TempDir Path dir) throws Exception {
    Path chromium = chromium();
    assumeTrue(chromium != null, "no Chromium installed");
    try (Storywire storywire = Storywire.open(Config.load(dir.resolve("data"), Map.of(), Map.of()))) {
      storywire.ingest(List.of(Cli.seeds()));
      Story joint = storywire.reader().stories(100).stream().filter(s -> s.members().size() == 2).findFirst().orElseThrow();
      try (StorywireServer server = StorywireServer.start(ServerConfig.localhost(0), storywire.reader())) {
        String storyUrl = server.uri().resolve("/story/" + joint.id()).toString();
        String dom = runChromium(chromium, dir, "--dump-dom", storyUrl);
        assertThat(dom).contains("xAI联合创始人Babuschkin离职创业 投资AI安全领域").contains("dir=\"rtl\"");
        assertThat(dom).doesNotContain("<script");
        Path screenshot = dir.resolve("story.png");
        runChromium(chromium, dir, "--screenshot=" + screenshot, "--window-size=1000,1400", storyUrl);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        String feed = runChromium(chromium, dir, "--dump-dom", server.uri().resolve("/").toString());
        assertThat(feed).contains("13:39");
      }
    }
  }

  private static String runChromium(Path chromium, Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium.toString()));
    command.addAll(CHROMIUM_FLAGS);
    command.add("--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return out;
  }

  private static Path chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return null;
  }
}
