/** Parsing the dates pages state about themselves, in ISO 8601 and common written forms. */
@NullMarked
package dev.storywire.extract.date;

import org.jspecify.annotations.NullMarked;
