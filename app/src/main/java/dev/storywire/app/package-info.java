/**
 * Wiring: the one place that constructs the stages and knows their order (archive, read,
 * extract, analyze, cluster, index), the configuration, and the command line.
 */
@NullMarked
package dev.storywire.app;

import org.jspecify.annotations.NullMarked;
