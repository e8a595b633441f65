/** Tests of the archive and the index, against real files in temporary directories. */
@NullMarked
package dev.storywire.store;

import org.jspecify.annotations.NullMarked;
