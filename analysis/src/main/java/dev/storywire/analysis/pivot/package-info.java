/**
 * Cross-lingual text evidence without a neural model: the words of Chinese text, and of the
 * languages with an installed FreeDict xxx-eng dictionary, translated into English through bilingual dictionaries (a "bag of translations", the classic
 * dictionary-based cross-language retrieval method), stemmed like English terms, so that items
 * in different languages can be compared over one English vocabulary.
 */
@NullMarked
package dev.storywire.analysis.pivot;

import org.jspecify.annotations.NullMarked;
