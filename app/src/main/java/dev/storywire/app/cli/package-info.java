/** The {@code storywire} command line: one small class per command, all output formatting here. */
@NullMarked
package dev.storywire.app.cli;

import org.jspecify.annotations.NullMarked;
