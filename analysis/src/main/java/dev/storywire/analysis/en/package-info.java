/** English: analyzer recipe and number words. */
@NullMarked
package dev.storywire.analysis.en;

import org.jspecify.annotations.NullMarked;
