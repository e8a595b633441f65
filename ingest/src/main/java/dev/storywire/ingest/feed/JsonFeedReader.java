package dev.storywire.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.storywire.ingest.feed.FeedResult.NotAFeed;
import dev.storywire.ingest.feed.FeedResult.NotAFeed.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). */
final class JsonFeedReader {
  private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .build();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(FeedLimits.MAX_DEPTH).build());
  }

  private JsonFeedReader() {}

  static FeedResult read(String text, @Nullable String feedUrl) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new NotAFeed(Kind.NOT_XML_OR_JSON, "the response starts like JSON but is not valid JSON");
    }
    String version = root == null ? null : string(root, "version");
    if (version == null || !version.replace("http://", "https://").startsWith(VERSION_PREFIX)
        || !root.path("items").isArray()) {
      return new NotAFeed(Kind.JSON_NOT_FEED, "the response is JSON but not a JSON Feed");
    }
    String format = version.endsWith("/1") ? "json10" : "json11";
    List<FeedEntry> entries = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      if (entries.size() >= FeedLimits.MAX_ENTRIES) {
        break;
      }
      entries.add(entry(item, feedUrl));
    }
    Feed feed = new Feed(format, string(root, "title"), url(root, "home_page_url", feedUrl),
        string(root, "description"), string(root, "language"), null, null, url(root, "icon", feedUrl), entries);
    boolean truncated = root.path("items").size() > FeedLimits.MAX_ENTRIES;
    return new FeedResult.Parsed(feed, "utf-8", truncated,
        truncated ? "the feed has more than " + FeedLimits.MAX_ENTRIES + " items; the rest were dropped" : null);
  }

  private static FeedEntry entry(JsonNode item, @Nullable String feedUrl) {
    String publishedRaw = string(item, "date_published");
    String title = string(item, "title");
    String html = string(item, "content_html");
    String content = html != null ? html : string(item, "content_text");
    String image = url(item, "image", feedUrl);
    return new FeedEntry(string(item, "id"), title == null ? null : org.jsoup.Jsoup.parse(title).text(),
        url(item, "url", feedUrl), string(item, "summary"), content, FeedDates.parse(publishedRaw), publishedRaw,
        FeedDates.parse(string(item, "date_modified")), authors(item), tags(item), attachments(item, feedUrl),
        image != null ? image : url(item, "banner_image", feedUrl), string(item, "language"), null);
  }

  /** JSON Feed 1.1 "authors", or 1.0's single "author". */
  private static List<String> authors(JsonNode item) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (JsonNode author : item.path("authors")) {
      addIfPresent(out, string(author, "name"));
    }
    addIfPresent(out, string(item.path("author"), "name"));
    return List.copyOf(out);
  }

  private static List<String> tags(JsonNode item) {
    List<String> out = new ArrayList<>();
    for (JsonNode tag : item.path("tags")) {
      if (tag.isTextual() && !tag.asText().isBlank()) {
        out.add(tag.asText().strip());
      }
    }
    return out;
  }

  private static List<Enclosure> attachments(JsonNode item, @Nullable String feedUrl) {
    List<Enclosure> out = new ArrayList<>();
    for (JsonNode a : item.path("attachments")) {
      String url = url(a, "url", feedUrl);
      if (url != null) {
        JsonNode size = a.path("size_in_bytes");
        out.add(new Enclosure(url, string(a, "mime_type"), size.canConvertToLong() ? size.asLong() : null));
      }
    }
    return out;
  }

  private static @Nullable String url(JsonNode node, String field, @Nullable String feedUrl) {
    String value = string(node, field);
    return value == null ? null : XmlFeedModel.resolve(feedUrl, value);
  }

  private static @Nullable String string(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isTextual() || value.isNumber()) {
      String text = value.asText().strip();
      return text.isEmpty() ? null : text;
    }
    return null;
  }

  private static void addIfPresent(LinkedHashSet<String> set, @Nullable String value) {
    if (value != null) {
      set.add(value);
    }
  }
}
