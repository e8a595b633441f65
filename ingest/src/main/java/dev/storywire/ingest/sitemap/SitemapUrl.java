package dev.storywire.ingest.sitemap;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One page listed by a sitemap, with what the Google News extension says about it.
 *
 * @param loc the page's absolute URL
 * @param lastModified {@code lastmod}, or null when absent or not a W3C datetime
 * @param newsTitle {@code news:title}
 * @param newsPublished {@code news:publication_date}
 * @param newsLanguage {@code news:publication/news:language} (ISO 639, as written)
 * @param publicationName {@code news:publication/news:name}
 */
public record SitemapUrl(String loc, @Nullable Instant lastModified, @Nullable String newsTitle,
    @Nullable Instant newsPublished, @Nullable String newsLanguage, @Nullable String publicationName) {

  public static SitemapUrl of(String loc) {
    return new SitemapUrl(loc, null, null, null, null, null);
  }
}
