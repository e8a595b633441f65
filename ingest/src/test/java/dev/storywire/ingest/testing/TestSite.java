package dev.storywire.ingest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a random loopback port for fetcher, feed and poller tests: each path is
 * answered by a handler the test registers, and every request is counted per path.
 */
public final class TestSite implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, List<String>> lastHeaders = new ConcurrentHashMap<>();

  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  public TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(threads);
    server.createContext("/", this::dispatch);
    server.start();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    exchange.getRequestHeaders().forEach((name, values) ->
        lastHeaders.put(path + " " + name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
    Handler handler = handlers.get(path);
    try (exchange) {
      if (handler == null) {
        respond(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      } else {
        handler.handle(exchange);
      }
    } catch (IOException e) {
      // the client went away (a size or time limit cut the response): expected in these tests
    }
  }

  public TestSite on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  /** Serves fixed content with a status. */
  public TestSite serve(String path, int status, String contentType, byte[] body) {
    return on(path, exchange -> respond(exchange, status, contentType, body));
  }

  public TestSite serve(String path, String contentType, String body) {
    return serve(path, 200, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  /** @return the values of a request header of the last request to {@code path}, or an empty list */
  public List<String> lastRequestHeader(String path, String name) {
    return lastHeaders.getOrDefault(path + " " + name.toLowerCase(java.util.Locale.ROOT), List.of());
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
