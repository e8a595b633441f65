/** Text normalisation, sentences, shingles and hashes. */
@NullMarked
package dev.storywire.analysis.text;

import org.jspecify.annotations.NullMarked;
