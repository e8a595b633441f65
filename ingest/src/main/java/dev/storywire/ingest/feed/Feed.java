package dev.storywire.ingest.feed;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One feed, whatever its format. Text fields are plain text except where noted; links are absolute
 * when the feed or its URL allowed resolving them.
 *
 * @param format the format and version, as Universal Feed Parser names them: {@code rss090},
 *     {@code rss091u}, {@code rss091n}, {@code rss092}, {@code rss093}, {@code rss094}, {@code
 *     rss20}, {@code rss10}, {@code rss} (unknown RSS version), {@code atom03}, {@code atom10},
 *     {@code json10}, {@code json11}
 * @param description the channel description or subtitle, HTML or text as given
 */
public record Feed(
    String format,
    @Nullable String title,
    @Nullable String link,
    @Nullable String description,
    @Nullable String language,
    @Nullable Instant updated,
    @Nullable String generator,
    @Nullable String imageUrl,
    List<FeedEntry> entries) {
  public Feed {
    entries = List.copyOf(entries);
  }
}
