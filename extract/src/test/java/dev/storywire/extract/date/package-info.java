@NullMarked
package dev.storywire.extract.date;

import org.jspecify.annotations.NullMarked;
