/**
 * WARC (ISO 28500, WARC/1.1) records: writing standalone gzip-compressed records, and reading the
 * pages (HTML and text responses and resources) out of a WARC stream, record by record.
 */
@NullMarked
package dev.storywire.ingest.warc;

import org.jspecify.annotations.NullMarked;
