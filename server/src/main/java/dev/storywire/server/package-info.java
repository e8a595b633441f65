/**
 * Storywire's HTTP face: a JSON API, server-rendered HTML pages for the flash feed, stories and
 * search, and the JSON wire format shared with the command line.
 *
 * <p>The layer is thin on purpose: a tiny {@link dev.storywire.server.Router}, small handlers that
 * only read through {@link dev.storywire.server.NewsReader}, and one place
 * ({@link dev.storywire.server.Dispatcher}) that turns failures into error responses, never
 * showing a stack trace or exception text to a client.
 */
@NullMarked
package dev.storywire.server;

import org.jspecify.annotations.NullMarked;
