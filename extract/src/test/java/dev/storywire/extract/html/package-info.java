@NullMarked
package dev.storywire.extract.html;

import org.jspecify.annotations.NullMarked;
