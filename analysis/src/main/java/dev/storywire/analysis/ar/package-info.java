/** Arabic: analyzer recipe, proclitics, name triggers, number and month words. */
@NullMarked
package dev.storywire.analysis.ar;

import org.jspecify.annotations.NullMarked;
