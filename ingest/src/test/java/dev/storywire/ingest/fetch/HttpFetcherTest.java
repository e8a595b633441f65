package dev.storywire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.ingest.fetch.FetchResult.Failed;
import dev.storywire.ingest.fetch.FetchResult.Failure;
import dev.storywire.ingest.testing.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on loopback, allowed by an explicit allow-list. */
class HttpFetcherTest {
  private static final FetchSettings FAST = FetchSettings.DEFAULT
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
      .withMaxBodyBytes(1024 * 1024)
      .withRetries(2, Duration.ofMillis(10));

  private TestSite site;
  private HttpFetcher fetcher;
  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    site = new TestSite();
    fetcher = new HttpFetcher(FAST, AddressPolicy.allowing(List.of("127.0.0.1/32")), Clock.systemUTC(), sleeps::add);
  }

  @AfterEach
  void stop() throws IOException {
    fetcher.close();
    site.close();
  }

  private FetchResult get(String path) {
    return fetcher.fetch(FetchRequest.page(site.url(path)));
  }

  private static Failed failed(FetchResult result) {
    assertThat(result).isInstanceOf(Failed.class);
    return (Failed) result;
  }

  @Test
  void fetchesAPageWithItsHeadersAndOurUserAgent() {
    site.serve("/a.html", "text/html; charset=utf-8", "<p>مرحبا</p>");
    FetchResult.Ok ok = (FetchResult.Ok) get("/a.html");
    assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo("<p>مرحبا</p>");
    assertThat(ok.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(site.lastRequestHeader("/a.html", "User-Agent")).containsExactly(FetchSettings.DEFAULT_USER_AGENT);
    assertThat(site.lastRequestHeader("/a.html", "Accept-Encoding")).containsExactly("gzip, deflate, br");
  }

  @Test
  void refusesLoopbackWithoutTheAllowList() throws IOException {
    site.serve("/a.html", "text/html", "<p>secret</p>");
    try (HttpFetcher guarded = new HttpFetcher(FAST, AddressPolicy.publicOnly(), Clock.systemUTC(), sleeps::add)) {
      Failed failed = failed(guarded.fetch(FetchRequest.page(site.url("/a.html"))));
      assertThat(failed.kind()).isEqualTo(Failure.BLOCKED_ADDRESS);
      assertThat(failed.reason()).contains("127.0.0.1 is loopback");
      Failed byName = failed(guarded.fetch(FetchRequest.page(URI.create("http://localhost:" + site.port() + "/a.html"))));
      assertThat(byName.kind()).isEqualTo(Failure.BLOCKED_ADDRESS);
    }
    assertThat(site.hits("/a.html")).isZero();
  }

  @Test
  void checksTheAddressAgainOnEveryRedirect() {
    site.on("/jump", exchange -> {
      exchange.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
      exchange.sendResponseHeaders(302, -1);
    });
    Failed failed = failed(get("/jump"));
    assertThat(failed.kind()).isEqualTo(Failure.BLOCKED_ADDRESS);
    assertThat(failed.reason()).contains("169.254.169.254 is link-local");
  }

  @Test
  void followsRedirectsAndReportsWhereTheContentWas() {
    site.on("/old", exchange -> {
      exchange.getResponseHeaders().set("Location", "/new");
      exchange.sendResponseHeaders(301, -1);
    });
    site.serve("/new", "text/html", "<p>moved</p>");
    FetchResult.Ok ok = (FetchResult.Ok) get("/old");
    assertThat(ok.finalUrl()).isEqualTo(site.url("/new"));
    assertThat(ok.url()).isEqualTo(site.url("/old"));
  }

  @Test
  void stopsARedirectLoopAndTooManyRedirects() {
    site.on("/loop-a", exchange -> redirect(exchange, "/loop-b"));
    site.on("/loop-b", exchange -> redirect(exchange, "/loop-a"));
    assertThat(failed(get("/loop-a")).kind()).isEqualTo(Failure.REDIRECT_LOOP);
    for (int i = 0; i < 10; i++) {
      String next = "/hop" + (i + 1);
      site.on("/hop" + i, exchange -> redirect(exchange, next));
    }
    assertThat(failed(get("/hop0")).kind()).isEqualTo(Failure.TOO_MANY_REDIRECTS);
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String to) throws IOException {
    exchange.getResponseHeaders().set("Location", to);
    exchange.sendResponseHeaders(302, -1);
  }

  @Test
  void decodesGzipDeflateAndBrotli() throws IOException {
    byte[] text = "<p>compressed</p>".getBytes(StandardCharsets.UTF_8);
    site.on("/gz", exchange -> encoded(exchange, "gzip", gzip(text)));
    site.on("/deflate", exchange -> encoded(exchange, "deflate", deflate(text, false)));
    site.on("/raw-deflate", exchange -> encoded(exchange, "deflate", deflate(text, true)));
    site.on("/br", exchange -> encoded(exchange, "br", brotliStored(text)));
    for (String path : List.of("/gz", "/deflate", "/raw-deflate", "/br")) {
      FetchResult.Ok ok = (FetchResult.Ok) get(path);
      assertThat(ok.body()).as(path).isEqualTo(text);
    }
  }

  @Test
  void cutsADecompressionBombAtTheLimit() throws IOException {
    byte[] bomb = gzip(new byte[8 * 1024 * 1024]); // 8 MiB of zeros in about 8 KiB
    assertThat(bomb.length).isLessThan(64 * 1024);
    site.on("/bomb", exchange -> encoded(exchange, "gzip", bomb));
    Failed failed = failed(get("/bomb"));
    assertThat(failed.kind()).isEqualTo(Failure.TOO_LARGE);
    assertThat(failed.reason()).contains("decompressed");
  }

  @Test
  void cutsAnEndlessResponseAtTheSizeLimit() {
    site.on("/endless", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 * 1024];
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 100_000; i++) {
          out.write(chunk);
        }
      }
    });
    Failed failed = failed(get("/endless"));
    assertThat(failed.kind()).isEqualTo(Failure.TOO_LARGE);
  }

  @Test
  void refusesADeclaredTwoGigabyteBodyWithoutReadingIt() {
    site.on("/huge", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, 2L * 1024 * 1024 * 1024);
      exchange.getResponseBody().write(new byte[1024]);
      exchange.getResponseBody().flush();
      sleep(500);
    });
    Failed failed = failed(get("/huge"));
    assertThat(failed.kind()).as(failed.reason()).isEqualTo(Failure.TOO_LARGE);
  }

  @Test
  void timesOutASlowDrip() {
    site.on("/slow", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write('x');
          out.flush();
          sleep(100);
        }
      }
    });
    long start = System.nanoTime();
    Failed failed = failed(get("/slow"));
    assertThat(failed.kind()).isEqualTo(Failure.TIMEOUT);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(9)); // 3 attempts of 2 s
  }

  @Test
  void retriesServerErrorsWithBackOffAndGivesUpWithTheStatus() {
    site.serve("/down", 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
    Failed failed = failed(get("/down"));
    assertThat(failed.kind()).isEqualTo(Failure.HTTP_STATUS);
    assertThat(failed.reason()).isEqualTo("HTTP 503 Service Unavailable");
    assertThat(site.hits("/down")).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
  }

  @Test
  void doesNotRetryANotFound() {
    Failed failed = failed(get("/missing"));
    assertThat(failed.reason()).isEqualTo("HTTP 404 Not Found");
    assertThat(site.hits("/missing")).isEqualTo(1);
  }

  @Test
  void honoursRetryAfterOnRateLimits() {
    site.on("/limited", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "1");
      exchange.sendResponseHeaders(429, -1);
    });
    Failed failed = failed(get("/limited"));
    assertThat(failed.kind()).isEqualTo(Failure.RATE_LIMITED);
    assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void recognisesAnAntiBotChallenge() {
    site.serve("/protected", 403, "text/html", ("<html><head><title>Just a moment...</title></head><body>"
        + "<script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1\"></script></body></html>")
        .getBytes(StandardCharsets.UTF_8));
    Failed failed = failed(get("/protected"));
    assertThat(failed.kind()).isEqualTo(Failure.ANTI_BOT);
    assertThat(failed.reason()).contains("Cloudflare");
  }

  @Test
  void conditionalGetGivesNotModified() {
    site.on("/feed", exchange -> {
      if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("ETag", "\"v1\"");
      exchange.getResponseHeaders().set("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
      TestSite.respond(exchange, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
    });
    FetchResult.Ok first = (FetchResult.Ok) fetcher.fetch(FetchRequest.feed(site.url("/feed"), null, null));
    assertThat(first.etag()).isEqualTo("\"v1\"");
    FetchResult second = fetcher.fetch(FetchRequest.feed(site.url("/feed"), first.etag(), first.lastModified()));
    assertThat(second).isInstanceOf(FetchResult.NotModified.class);
    assertThat(site.lastRequestHeader("/feed", "If-Modified-Since")).containsExactly("Tue, 01 Dec 2026 10:00:00 GMT");
  }

  @Test
  void explainsDnsFailuresAndBadUrls() {
    Failed dns = failed(fetcher.fetch(FetchRequest.page(URI.create("http://no-such-host.invalid/feed"))));
    assertThat(dns.kind()).isEqualTo(Failure.DNS);
    assertThat(failed(fetcher.fetch(FetchRequest.page(URI.create("file:///etc/passwd")))).kind())
        .isEqualTo(Failure.BAD_URL);
    assertThat(failed(fetcher.fetch(FetchRequest.page(URI.create("ftp://example.com/x")))).kind())
        .isEqualTo(Failure.BAD_URL);
  }

  @Test
  void reportsAConnectionRefused() throws IOException {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Failed failed = failed(fetcher.fetch(FetchRequest.page(URI.create("http://127.0.0.1:" + port + "/"))));
    assertThat(failed.kind()).isEqualTo(Failure.CONNECT);
  }

  private static void encoded(com.sun.net.httpserver.HttpExchange exchange, String coding, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Encoding", coding);
    TestSite.respond(exchange, 200, "text/html", body);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] bytes, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      deflate.write(bytes);
    }
    return out.toByteArray();
  }

  /**
   * A valid Brotli stream holding {@code bytes} in one uncompressed meta-block (RFC 7932 §9.2):
   * window bits 16, ISLAST 0, four length nibbles, ISUNCOMPRESSED 1, padding, the bytes, then an
   * empty last meta-block. The JDK has no Brotli encoder; this is what one emits for stored data.
   */
  static byte[] brotliStored(byte[] bytes) {
    int lengthMinusOne = bytes.length - 1;
    long bits = 0; // LSB first: WBITS '0', ISLAST 0, MNIBBLES 00, MLEN-1 (16 bits), ISUNCOMPRESSED 1
    bits |= ((long) lengthMinusOne & 0xffff) << 4;
    bits |= 1L << 20;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write((int) (bits & 0xff));
    out.write((int) ((bits >> 8) & 0xff));
    out.write((int) ((bits >> 16) & 0xff));
    out.writeBytes(bytes);
    out.write(0x03); // ISLAST 1, ISLASTEMPTY 1
    return out.toByteArray();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
