/**
 * The values that flow between Storywire's stages: raw documents, extracted pages, analyzed items,
 * stories and the evidence that joins them. Everything here is immutable and depends only on the JDK.
 */
@NullMarked
package dev.storywire.model;

import org.jspecify.annotations.NullMarked;
