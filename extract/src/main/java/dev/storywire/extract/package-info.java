/** Page extraction: raw bytes to an article, its metadata and the flash items of any ticker. Pure: no I/O. */
@NullMarked
package dev.storywire.extract;

import org.jspecify.annotations.NullMarked;
