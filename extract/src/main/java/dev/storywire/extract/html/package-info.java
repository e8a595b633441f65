/** HTML pages: main-content extraction by structure and text density, and page metadata. */
@NullMarked
package dev.storywire.extract.html;

import org.jspecify.annotations.NullMarked;
