/** Guards against unusable input and decodes bytes to text (BOM, declared charsets, strict UTF-8, statistical detection). */
@NullMarked
package dev.storywire.extract.charset;

import org.jspecify.annotations.NullMarked;
