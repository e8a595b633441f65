package dev.storywire.model;

/**
 * One piece of evidence two items share.
 *
 * @param anchor the anchor as in {@link Representation#anchors()}
 * @param label how to show it (a surface form, {@code 3 month}, {@code 2025-08-13})
 * @param weight how much it contributed to the score
 */
public record SharedAnchor(String anchor, String label, double weight) {}
