/** Numbers with units, in any script. */
@NullMarked
package dev.storywire.analysis.numbers;

import org.jspecify.annotations.NullMarked;
