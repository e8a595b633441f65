/**
 * Sitemaps (sitemaps.org 0.9, the Google News extension, sitemap indexes and text sitemaps) parsed
 * from bytes: a pure function, no I/O.
 */
@NullMarked
package dev.storywire.ingest.sitemap;

import org.jspecify.annotations.NullMarked;
