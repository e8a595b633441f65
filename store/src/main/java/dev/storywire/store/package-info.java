/**
 * Storywire's storage: the append-only {@link dev.storywire.store.Archive} that is the source of
 * truth for everything ingested, and the {@link dev.storywire.store.StoryIndex}, a Lucene index of
 * items and stories that is rebuilt from the archive and serves lookups, the flash feed and search.
 */
@NullMarked
package dev.storywire.store;

import org.jspecify.annotations.NullMarked;
