package dev.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Extraction;
import dev.storywire.model.Format;
import dev.storywire.model.Paragraph;
import dev.storywire.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Randomised robustness: real pages (the seeds, and Zyte benchmark pages where the dataset is
 * present) cut, spliced, corrupted and mislabelled at random, then extracted. Whatever comes in,
 * the extractor returns a page or a specific rejection, never an internal failure, and a page it
 * returns is well formed.
 *
 * <p>Replayable: every failure message names the seed and the case; run again with
 * {@code -Dstorywire.mutation.seed=SEED} (and {@code -Dstorywire.mutation.cases=N} for more cases).
 */
class PageMutationTest {
  private static final long SEED = Long.getLong("storywire.mutation.seed", 20261201L);
  private static final int CASES = Integer.getInteger("storywire.mutation.cases", 400);

  /** Zyte pages used when the dataset is present: enough variety, bounded time. */
  private static final int DATASET_PAGES = 12;

  private static final String[] TAGS = {"<div>", "</div>", "<p>", "</p>", "<table><tr><td>", "</td></tr>", "<script>",
    "</script>", "<style>", "<!--", "-->", "<![CDATA[", "<article>", "</article>", "<li>", "<h1>", "</body>", "<html>",
    "<meta charset=\"windows-1256\">", "<meta charset=\"shift_jis\">", "<meta charset=\"utf-16\">", "&#0;", "&#xD800;",
    "&nbsp;&amp;&lt;", "\u0000", "\uFEFF", "<time datetime=\"9999-99-99\">", "<a href=\"javascript:alert(1)\">"};

  private final PageExtractor extractor = new PageExtractor();

  @Test
  void mutatedRealPagesNeverBreakTheExtractor() throws IOException {
    List<Sample> pages = pages();
    Random random = new Random(SEED);
    for (int n = 0; n < CASES; n++) {
      Sample original = pages.get(random.nextInt(pages.size()));
      String mutation = MUTATIONS[random.nextInt(MUTATIONS.length)];
      byte[] bytes = mutate(mutation, original.bytes(), random);
      String hint = random.nextInt(8) == 0 ? List.of("windows-1251", "gbk", "bogus", "utf-8").get(random.nextInt(4)) : null;
      String replay = "seed %d, case %d: %s of %s (replay: -Dstorywire.mutation.seed=%d)".formatted(SEED, n, mutation, original.name(), SEED);
      Extraction e = extractor.extract(TestData.doc(original.format(), bytes, hint, null));
      assertThat(e).as(replay).isNotNull();
      if (e instanceof Extraction.Rejected r) {
        assertThat(r.reason()).as(replay + ": " + r.detail()).isNotEqualTo(RejectReason.MALFORMED);
        assertThat(r.detail()).as(replay).isNotBlank();
      } else {
        List<Paragraph> paragraphs = ((Extraction.Page) e).page().paragraphs();
        assertThat(paragraphs).as(replay).allSatisfy(p -> {
          assertThat(p.text()).isNotBlank().doesNotContain("\u0000");
          assertThat(p.role()).isNotNull();
        });
      }
    }
  }

  private static final String[] MUTATIONS = {"truncate", "delete range", "duplicate range", "insert random bytes",
    "insert tags", "flip bytes", "swap halves", "nest deeply"};

  private static byte[] mutate(String mutation, byte[] in, Random random) {
    int a = random.nextInt(in.length + 1);
    int b = a + random.nextInt(in.length - a + 1);
    return switch (mutation) {
      case "truncate" -> Arrays.copyOf(in, a);
      case "delete range" -> concat(Arrays.copyOfRange(in, 0, a), Arrays.copyOfRange(in, b, in.length));
      case "duplicate range" -> concat(Arrays.copyOfRange(in, 0, b), Arrays.copyOfRange(in, a, in.length));
      case "insert random bytes" -> {
        byte[] noise = new byte[1 + random.nextInt(64)];
        random.nextBytes(noise);
        yield concat(Arrays.copyOfRange(in, 0, a), noise, Arrays.copyOfRange(in, a, in.length));
      }
      case "insert tags" -> {
        byte[] out = in;
        for (int k = 1 + random.nextInt(20); k > 0; k--) {
          int at = random.nextInt(out.length + 1);
          byte[] tag = TAGS[random.nextInt(TAGS.length)].getBytes(StandardCharsets.UTF_8);
          out = concat(Arrays.copyOfRange(out, 0, at), tag, Arrays.copyOfRange(out, at, out.length));
        }
        yield out;
      }
      case "flip bytes" -> {
        byte[] out = in.clone();
        for (int k = 1 + random.nextInt(50); k > 0 && out.length > 0; k--) {
          out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        yield out;
      }
      case "swap halves" -> concat(Arrays.copyOfRange(in, a, in.length), Arrays.copyOfRange(in, 0, a));
      case "nest deeply" -> {
        int depth = 1 + random.nextInt(20_000);
        byte[] open = "<div><span>".repeat(depth).getBytes(StandardCharsets.UTF_8);
        yield concat(Arrays.copyOfRange(in, 0, a), open, Arrays.copyOfRange(in, a, in.length));
      }
      default -> throw new IllegalArgumentException(mutation);
    };
  }

  private static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private record Sample(String name, Format format, byte[] bytes) {}

  private static List<Sample> pages() throws IOException {
    List<Sample> pages = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(TestData.seeds())) {
      for (Path seed : seeds.sorted().toList()) {
        pages.add(new Sample(seed.getFileName().toString(), Format.TEXT, Files.readAllBytes(seed)));
      }
    }
    Path zyte = TestData.dataset("zyte_article_extraction").resolve("html");
    if (Files.isDirectory(zyte)) {
      try (Stream<Path> files = Files.list(zyte)) {
        for (Path page : files.sorted().limit(DATASET_PAGES).toList()) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            pages.add(new Sample(page.getFileName().toString(), Format.HTML, in.readAllBytes()));
          }
        }
      }
    }
    assertThat(pages).as("the seed pages at " + TestData.seeds().toAbsolutePath()).isNotEmpty();
    return pages;
  }
}
