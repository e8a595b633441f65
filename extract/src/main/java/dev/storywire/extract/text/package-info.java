/** Plain-text page captures: title, headings, embedded posts, related links and tickers found by generic line rules. */
@NullMarked
package dev.storywire.extract.text;

import org.jspecify.annotations.NullMarked;
