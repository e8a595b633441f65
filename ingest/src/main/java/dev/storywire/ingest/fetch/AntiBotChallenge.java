package dev.storywire.ingest.fetch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the interstitial pages that bot-protection services answer instead of the content
 * ("checking your browser", captchas). Storywire does not try to get past them; it reports them
 * so a user knows why a feed is silent, instead of ingesting a challenge page as an article.
 */
final class AntiBotChallenge {
  /** How much of a body is searched: challenge pages put their markers near the top. */
  private static final int SCAN_BYTES = 64 * 1024;

  /** A marker and the service it identifies. Only tokens that never occur in news text. */
  private record Marker(String token, String service) {}

  private static final List<Marker> BODY_MARKERS = List.of(
      new Marker("/cdn-cgi/challenge-platform/", "Cloudflare"),
      new Marker("cf_chl_opt", "Cloudflare"),
      new Marker("cf-browser-verification", "Cloudflare"),
      new Marker("captcha-delivery.com", "DataDome"),
      new Marker("_incapsula_resource", "Imperva Incapsula"),
      new Marker("px-captcha", "HUMAN (PerimeterX)"),
      new Marker("sucuri_cloudproxy_js", "Sucuri"),
      new Marker("awswaf", "AWS WAF"));

  private AntiBotChallenge() {}

  /** @return the service whose challenge this response is, or null when it is not one */
  static @Nullable String service(int status, @Nullable String cfMitigated, byte[] body) {
    if (cfMitigated != null && cfMitigated.equalsIgnoreCase("challenge")) {
      return "Cloudflare";
    }
    String head = new String(body, 0, Math.min(body.length, SCAN_BYTES), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    for (Marker marker : BODY_MARKERS) {
      if (head.contains(marker.token())) {
        return marker.service();
      }
    }
    return null;
  }
}
