/**
 * The only code that touches the network: one HTTP client (HTTP/1.1 and HTTP/2) behind an address
 * guard, robots.txt, per-host politeness, conditional GET, retries and limits on every response.
 */
@NullMarked
package dev.storywire.ingest.fetch;

import org.jspecify.annotations.NullMarked;
