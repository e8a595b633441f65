package dev.storywire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storywire.model.Format;
import dev.storywire.model.Hints;
import dev.storywire.model.RawDocument;
import dev.storywire.model.RejectReason;
import dev.storywire.model.SourceRef;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * One JSONL line as a document: {@code {url?, source?, title?, text | html, published?}}. When
 * both {@code html} and {@code text} are present, the HTML is used (it has the structure).
 */
final class JsonLineDocument {
  private static final String[] STRING_FIELDS = {"url", "source", "title", "text", "html", "published"};

  private JsonLineDocument() {}

  static RecordReader.Entry from(RecordReader.Source source, long lineNumber, JsonNode node, String where) {
    if (!node.isObject()) {
      return new RecordReader.Entry.Rejected(where, RejectReason.MALFORMED, "line is JSON but not an object");
    }
    for (String field : STRING_FIELDS) {
      JsonNode value = node.get(field);
      if (value != null && !value.isNull() && !value.isTextual()) {
        return new RecordReader.Entry.Rejected(where, RejectReason.MALFORMED,
            "field '" + field + "' must be a string, found " + value.getNodeType().name().toLowerCase());
      }
    }
    String html = text(node, "html");
    String text = text(node, "text");
    if (html == null && text == null) {
      return new RecordReader.Entry.Rejected(where, RejectReason.MALFORMED, "line has neither 'text' nor 'html'");
    }
    Format format = html != null ? Format.HTML : Format.TEXT;
    String content = html != null ? html : text;
    String url = text(node, "url");
    SourceRef ref = new SourceRef(source.name() + ":" + lineNumber, url, text(node, "source"));
    Hints hints = new Hints(text(node, "title"), text(node, "published"));
    return new RecordReader.Entry.Document(new RawDocument(source.sha256() + "#" + lineNumber, source.seq(),
        format, content.getBytes(StandardCharsets.UTF_8), "UTF-8", ref, source.receivedAt(), hints));
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
