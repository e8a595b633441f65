package dev.storywire.analysis.dates;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;

/**
 * How one language names calendar things.
 *
 * @param months month names (all spellings, lower case for cased scripts) → 1–12
 * @param weekdays weekday expressions ({@code يوم الأربعاء}, {@code 周三}, {@code wednesday})
 * @param dayOffsets deictic day words → days from the reference day ({@code أمس} → -1)
 * @param notDeicticAfter words after which a day word is not deictic ({@code اليوم الذي}: "the day that")
 */
public record DateVocabulary(
    Map<String, Integer> months,
    Map<String, DayOfWeek> weekdays,
    Map<String, Integer> dayOffsets,
    Set<String> notDeicticAfter) {}
