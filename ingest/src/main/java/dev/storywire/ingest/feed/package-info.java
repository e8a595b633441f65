/**
 * Feeds and feed lists: RSS, RDF, Atom and JSON Feed documents into one {@link
 * dev.storywire.ingest.feed.Feed} model, and OPML subscription lists in and out. Everything here is
 * a pure function of bytes; ill-formed input is recovered and flagged ("bozo"), hostile input is a
 * {@link dev.storywire.ingest.feed.FeedResult.NotAFeed} value.
 */
@NullMarked
package dev.storywire.ingest.feed;

import org.jspecify.annotations.NullMarked;
