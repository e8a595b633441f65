package dev.storywire.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The publishers of the feed benchmarks: JDK HTTP servers on loopback, one per origin (port), all
 * serving the same site: {@code /robots.txt} (everything allowed), {@code /feeds/<n>.xml} (RSS 2.0
 * with an ETag; {@code If-None-Match} answers 304) and {@code /pages/<id>} (a real benchmark page).
 * Feed {@code n} is linked on origin {@code n % origins}; its pages on the same origin. Bodies are
 * sent gzipped when the client accepts it, as news sites do.
 *
 * <p>Handlers run on a pool of platform threads whose CPU time is summed ({@link #handlerCpuNanos}),
 * so that a benchmark in the same JVM can tell its own CPU from the server's.
 */
final class FeedSite implements AutoCloseable {
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
  private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final byte[] ROBOTS = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.US_ASCII);

  /** One feed entry as published. */
  record Entry(String id, String title, String link, Instant published, String summary, @Nullable String content) {}

  /** A page to serve: its body, plain and gzipped once. */
  record Page(byte[] plain, byte[] gzipped) {
    static Page of(byte[] plain) {
      return new Page(plain, gzip(plain));
    }
  }

  private static final class Feed {
    final List<Entry> newestFirst = new ArrayList<>();
    int version;
    byte @Nullable [] plain;
    byte @Nullable [] gzipped;
  }

  private final List<HttpServer> servers = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();
  private final Map<Integer, Feed> feeds = new ConcurrentHashMap<>();
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final ExecutorService handlers = Executors.newFixedThreadPool(8,
      Thread.ofPlatform().name("feed-site-", 0).daemon(true).factory());
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final AtomicLong handlerCpu = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong notModified = new AtomicLong();
  private final int maxEntries;

  /**
   * @param origins servers to start, each on its own loopback port
   * @param maxEntries entries a feed document lists, newest first
   */
  FeedSite(int origins, int maxEntries) throws IOException {
    this.maxEntries = maxEntries;
    InetAddress loopback = InetAddress.getLoopbackAddress();
    for (int i = 0; i < origins; i++) {
      HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 256);
      server.createContext("/", this::handle);
      server.setExecutor(handlers);
      server.start();
      servers.add(server);
      ports.add(server.getAddress().getPort());
    }
  }

  int origins() {
    return ports.size();
  }

  String origin(int feed) {
    return "http://127.0.0.1:" + ports.get(feed % ports.size());
  }

  String feedUrl(int feed) {
    return origin(feed) + "/feeds/" + feed + ".xml";
  }

  /** The URL page {@code id} of feed {@code feed} will have. */
  String pageUrl(int feed, String id) {
    return origin(feed) + "/pages/" + id;
  }

  void putPage(String id, Page page) {
    pages.put(id, page);
  }

  /** Publishes an entry: it heads the feed document from now on. */
  void publish(int feed, Entry entry) {
    Feed f = feeds.computeIfAbsent(feed, k -> new Feed());
    synchronized (f) {
      f.newestFirst.addFirst(entry);
      while (f.newestFirst.size() > maxEntries) {
        f.newestFirst.removeLast();
      }
      f.version++;
      f.plain = null;
      f.gzipped = null;
    }
  }

  /** An empty feed document for {@code feed}, so that it answers before its first entry. */
  void open(int feed) {
    feeds.computeIfAbsent(feed, k -> new Feed());
  }

  long handlerCpuNanos() {
    return handlerCpu.get();
  }

  long requests() {
    return requests.get();
  }

  long notModified() {
    return notModified.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long cpu = threads.getCurrentThreadCpuTime();
    requests.incrementAndGet();
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      boolean gzip = String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
      if (path.equals("/robots.txt")) {
        send(exchange, 200, "text/plain", ROBOTS, false);
      } else if (path.startsWith("/feeds/") && path.endsWith(".xml")) {
        feed(exchange, path.substring("/feeds/".length(), path.length() - ".xml".length()), gzip);
      } else if (path.startsWith("/pages/")) {
        Page page = pages.get(path.substring("/pages/".length()));
        if (page == null) {
          send(exchange, 404, "text/plain", "no such page\n".getBytes(StandardCharsets.US_ASCII), false);
        } else {
          send(exchange, 200, "text/html", gzip ? page.gzipped() : page.plain(), gzip);
        }
      } else {
        send(exchange, 404, "text/plain", "not found\n".getBytes(StandardCharsets.US_ASCII), false);
      }
    } finally {
      handlerCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpu);
    }
  }

  private void feed(HttpExchange exchange, String name, boolean gzip) throws IOException {
    Feed feed;
    try {
      feed = feeds.get(Integer.parseInt(name));
    } catch (NumberFormatException e) {
      feed = null;
    }
    if (feed == null) {
      send(exchange, 404, "text/plain", "no such feed\n".getBytes(StandardCharsets.US_ASCII), false);
      return;
    }
    byte[] body;
    String etag;
    synchronized (feed) {
      etag = "\"v" + feed.version + "\"";
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      if (feed.plain == null || feed.gzipped == null) {
        feed.plain = rss(name, feed.newestFirst);
        feed.gzipped = gzip(feed.plain);
      }
      body = gzip ? feed.gzipped : feed.plain;
    }
    exchange.getResponseHeaders().set("ETag", etag);
    send(exchange, 200, "application/rss+xml; charset=utf-8", body, gzip);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean gzipped)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    if (gzipped) {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] rss(String name, List<Entry> entries) {
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>")
        .append("<title>Bench feed ").append(name).append("</title><link>http://bench.invalid/")
        .append(name).append("</link><description>benchmark feed</description>\n");
    for (Entry e : entries) {
      xml.append("<item><guid isPermaLink=\"false\">").append(escape(e.id())).append("</guid><title>")
          .append(escape(e.title())).append("</title><link>").append(escape(e.link())).append("</link><pubDate>")
          .append(RFC_1123.format(e.published())).append("</pubDate><description>").append(escape(e.summary()))
          .append("</description>");
      if (e.content() != null) {
        xml.append("<content:encoded><![CDATA[").append(e.content().replace("]]>", "]]]]><![CDATA[>"))
            .append("]]></content:encoded>");
      }
      xml.append("</item>\n");
    }
    xml.append("</channel></rss>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /**
   * A page with {@code published} stated in its head ({@code article:published_time}), so that the
   * flash feed, which orders by the stated publication time, places it as the fresh report it
   * stands for rather than at the date of the archived benchmark page.
   */
  static byte[] datedAt(byte[] html, Instant published) {
    String text = new String(html, StandardCharsets.ISO_8859_1); // byte-preserving
    String meta = "<meta property=\"article:published_time\" content=\"" + published + "\">";
    Matcher head = HEAD.matcher(text);
    String out = head.find() ? text.substring(0, head.end()) + meta + text.substring(head.end()) : meta + text;
    return out.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(plain.length / 4 + 64);
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(plain);
    } catch (IOException e) {
      throw new IllegalStateException("gzip to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** The HTML pages (plain) of the benchmark folders, in path order; byte-identical ones once. */
  static List<byte[]> loadPages(Path datasets, List<String> sets) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String set : sets) {
      Path folder = datasets.resolve(set).resolve("html");
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> list = Files.list(folder)) {
        files = list.filter(p -> p.toString().endsWith(".gz")).sorted().toList();
      }
      for (Path file : files) {
        byte[] html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          html = in.readAllBytes();
        }
        if (seen.add(java.util.Arrays.hashCode(html) + ":" + html.length)) {
          pages.add(html);
        }
      }
    }
    return pages;
  }

  static String httpDate(Instant at) {
    return RFC_1123.format(at);
  }

  @Override
  public void close() {
    for (HttpServer server : servers) {
      server.stop(0);
    }
    handlers.shutdownNow();
  }
}
