/** Named entities, their cross-script keys and the shared name lexicons. */
@NullMarked
package dev.storywire.analysis.entities;

import org.jspecify.annotations.NullMarked;
