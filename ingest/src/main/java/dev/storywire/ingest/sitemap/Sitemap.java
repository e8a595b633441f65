package dev.storywire.ingest.sitemap;

import java.util.List;

/** What a sitemap holds: page URLs, more sitemaps, or why it could not be read. */
public sealed interface Sitemap permits Sitemap.Urls, Sitemap.Index, Sitemap.Invalid {

  /** A {@code urlset} or a text sitemap: the pages, in document order. */
  record Urls(List<SitemapUrl> urls) implements Sitemap {
    public Urls {
      urls = List.copyOf(urls);
    }
  }

  /** A {@code sitemapindex}: the URLs of the sitemaps it lists, in document order. */
  record Index(List<String> sitemaps) implements Sitemap {
    public Index {
      sitemaps = List.copyOf(sitemaps);
    }
  }

  /** Not a sitemap, or one that may not be read (too large, a DOCTYPE), with the reason. */
  record Invalid(String reason) implements Sitemap {}
}
