@NullMarked
package dev.storywire.extract.text;

import org.jspecify.annotations.NullMarked;
