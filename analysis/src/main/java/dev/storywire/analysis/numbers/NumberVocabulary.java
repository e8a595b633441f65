package dev.storywire.analysis.numbers;

import java.util.Map;

/**
 * What one language writes around numbers.
 *
 * @param units words written after a number, mapped to a language-independent unit ({@code أشهر}
 *     → {@code month}, {@code 港元} → {@code HKD})
 * @param words number words counted only when a unit follows ({@code ثلاثة} → 3, {@code three} → 3)
 * @param multipliers words or characters that multiply the number before them ({@code 万} → 10⁴,
 *     {@code million} → 10⁶)
 */
public record NumberVocabulary(Map<String, String> units, Map<String, Integer> words, Map<String, Double> multipliers) {}
