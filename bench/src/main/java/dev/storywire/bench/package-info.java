/** Benchmarks: end-to-end harnesses over the public datasets, run in their own JVM. */
@NullMarked
package dev.storywire.bench;

import org.jspecify.annotations.NullMarked;
