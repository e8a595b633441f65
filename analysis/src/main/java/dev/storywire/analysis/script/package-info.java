/** Scripts of letters and the cheap script-first language decision. */
@NullMarked
package dev.storywire.analysis.script;

import org.jspecify.annotations.NullMarked;
