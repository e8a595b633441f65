/** Chinese: analyzer recipe, name lexicon (from CC-CEDICT), pinyin, numerals. */
@NullMarked
package dev.storywire.analysis.zh;

import org.jspecify.annotations.NullMarked;
