/** Analysis of extracted pages into items: language per paragraph, sentences, terms, entities with cross-script keys, numbers, dates and representations. */
@NullMarked
package dev.storywire.analysis;

import org.jspecify.annotations.NullMarked;
