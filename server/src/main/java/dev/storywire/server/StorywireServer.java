package dev.storywire.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The Storywire HTTP server: the JSON API, the HTML pages and {@code /health}, over a
 * {@link NewsReader}. Each request runs on its own virtual thread. Read-only: only GET and HEAD
 * are answered.
 */
public final class StorywireServer implements AutoCloseable {

  /** Connections waiting to be accepted; the JDK's default is small for a burst of readers. */
  private static final int ACCEPT_BACKLOG = 128;

  private final HttpServer http;
  private final ExecutorService executor;
  private final ServerConfig config;

  private StorywireServer(HttpServer http, ExecutorService executor, ServerConfig config) {
    this.http = http;
    this.executor = executor;
    this.config = config;
  }

  /**
   * Binds and starts serving.
   *
   * @throws IOException when the address cannot be bound (port taken, unknown host)
   */
  public static StorywireServer start(ServerConfig config, NewsReader reader) throws IOException {
    return start(config, reader, null);
  }

  /** As {@link #start(ServerConfig, NewsReader)}, with {@code /api/feeds} when {@code feeds} is given. */
  public static StorywireServer start(ServerConfig config, NewsReader reader, @Nullable FeedAdmin feeds)
      throws IOException {
    return start(config, reader, feeds, null);
  }

  /**
   * With {@code /api/feeds} when {@code feeds} is given and the story corrections ({@code
   * /api/stories/{id}/split}, {@code /api/stories/merge}) when {@code editor} is given.
   */
  public static StorywireServer start(ServerConfig config, NewsReader reader, @Nullable FeedAdmin feeds,
      @Nullable StoryEditor editor) throws IOException {
    Router router = new Router();
    if (feeds != null) {
      new FeedRoutes(feeds, config.writeToken()).register(router);
    }
    if (editor != null) {
      new StoryEditRoutes(editor, config.writeToken()).register(router);
    }
    new ApiRoutes(reader).register(router);
    new WebRoutes(reader).register(router);
    HttpServer http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), ACCEPT_BACKLOG);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    http.setExecutor(executor);
    http.createContext("/", new Dispatcher(router));
    http.start();
    return new StorywireServer(http, executor, config);
  }

  /** The base address, for example {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    try {
      return new URI("http", null, config.host(), port(), "/", null, null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the bound host makes no URI: " + config.host(), e);
    }
  }

  /** The port actually bound (the chosen one when the configuration said 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** Stops accepting, lets requests in flight finish for a moment, then stops. */
  @Override
  public void close() {
    http.stop(Limits.STOP_GRACE_SECONDS);
    executor.close();
  }
}
