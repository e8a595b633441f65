@NullMarked
package dev.storywire.extract.charset;

import org.jspecify.annotations.NullMarked;
