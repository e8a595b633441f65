package dev.storywire.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * Turns the model's records into JSON and back, exactly: times as ISO 8601 strings with full
 * precision, doubles in their shortest round-tripping form (NaN and infinities included), arrays,
 * sets and nulls as they are.
 */
final class JsonCodec {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          // A newer schema may add fields; the index is rebuilt on a schema change anyway.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private JsonCodec() {}

  static String encode(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("model records always serialise: " + value.getClass(), e);
    }
  }

  /**
   * @throws UncheckedIOException when the stored JSON does not decode, which means the index was
   *     written by an incompatible version and must be rebuilt
   */
  static <T> T decode(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored " + type.getSimpleName() + " does not decode; rebuild the index", e);
    }
  }
}
