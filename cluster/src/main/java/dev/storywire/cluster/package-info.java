/**
 * Near-duplicate detection, the same-story scorer and streaming clustering of items into
 * cross-lingual stories, with the evidence that explains every membership.
 *
 * <p>The public surface is {@link dev.storywire.cluster.StreamingClusterer}, {@link
 * dev.storywire.cluster.StoryAssembler}, {@link dev.storywire.cluster.ClusterConfig} and {@link
 * dev.storywire.cluster.ScorerWeights}; everything else is package-private machinery.
 */
@NullMarked
package dev.storywire.cluster;

import org.jspecify.annotations.NullMarked;
