package dev.storywire.extract;

import dev.storywire.model.Format;
import dev.storywire.model.Hints;
import dev.storywire.model.RawDocument;
import dev.storywire.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/** Shared test helpers: where the seeds and benchmark datasets are, reading gzipped pages, building documents. */
public final class TestData {
  /** A fixed "now" for documents, so date plausibility does not depend on when tests run. */
  public static final Instant FIRST_SEEN = Instant.parse("2026-01-01T00:00:00Z");

  private TestData() {}

  /** The bundled seed pages. */
  public static Path seeds() {
    String samples = System.getProperty("storywire.samples");
    return samples != null ? Path.of(samples, "seeds") : Path.of("../samples/seeds");
  }

  /** A benchmark dataset folder; it may not exist (tests then skip). */
  public static Path dataset(String name) {
    return Path.of(System.getProperty("storywire.datasets", "../../shared/datasets"), name);
  }

  public static byte[] gunzip(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RawDocument text(byte[] bytes) {
    return doc(Format.TEXT, bytes, null, null);
  }

  public static RawDocument html(byte[] bytes, @Nullable String url) {
    return doc(Format.HTML, bytes, null, url);
  }

  public static RawDocument doc(Format format, byte[] bytes, @Nullable String charsetHint, @Nullable String url) {
    return new RawDocument("test", 0, format, bytes, charsetHint, new SourceRef("test", url, null), FIRST_SEEN, Hints.NONE);
  }
}
