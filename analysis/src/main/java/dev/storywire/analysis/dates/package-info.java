/** Dates: explicit, partial and relative, resolved against a reference day. */
@NullMarked
package dev.storywire.analysis.dates;

import org.jspecify.annotations.NullMarked;
