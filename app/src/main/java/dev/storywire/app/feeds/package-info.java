/**
 * Subscriptions: the feeds and sitemaps Storywire follows, their polling state, and the poller
 * that fetches them, fetches the article pages their entries point to and hands every page to the
 * pipeline as an archived WARC record.
 */
@NullMarked
package dev.storywire.app.feeds;

import org.jspecify.annotations.NullMarked;
