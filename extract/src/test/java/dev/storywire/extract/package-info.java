@NullMarked
package dev.storywire.extract;

import org.jspecify.annotations.NullMarked;
