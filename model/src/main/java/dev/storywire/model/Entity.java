package dev.storywire.model;

/**
 * A named entity as written in one item.
 *
 * @param text the surface form as first written (e.g. {@code بابوشكين})
 * @param key the cross-script key: the same for the name in every script it was recognised in
 *     (e.g. {@code Babuschkin}, {@code بابوشكين} and {@code 巴布施金} share one key)
 * @param type what it names
 * @param count how many times the item mentions it
 */
public record Entity(String text, String key, EntityType type, int count) {}
