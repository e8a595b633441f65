package dev.storywire.model;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The checked-in quality floors ({@code docs/quality-floors.properties}), for the tests that
 * enforce them: one file, so that every floor is visible and reviewed in one place.
 */
public final class QualityFloors {
  private static final Properties FLOORS = load();

  private QualityFloors() {}

  /** @throws IllegalStateException when the file has no such floor (a typo must fail, not pass) */
  public static double of(String key) {
    String value = FLOORS.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("no quality floor '" + key + "' in " + file());
    }
    return Double.parseDouble(value.strip());
  }

  private static Path file() {
    return Path.of(System.getProperty("storywire.floors", "../docs/quality-floors.properties"));
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the quality floors at " + file().toAbsolutePath(), e);
    }
    return properties;
  }
}
