/** Latin-script names, handles and URLs, in any text. */
@NullMarked
package dev.storywire.analysis.latin;

import org.jspecify.annotations.NullMarked;
