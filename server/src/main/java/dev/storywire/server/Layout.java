package dev.storywire.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every HTML page: charset, viewport, the inline style sheet (its hash is allowed by
 * the Content-Security-Policy, so no {@code 'unsafe-inline'} is needed), the site header and the
 * search form. No external resources, no JavaScript.
 */
final class Layout {

  /**
   * System font stacks with Arabic and CJK fallbacks, per-script line heights, and logical
   * properties only (inline/block, start/end) so that right-to-left text lays out as well as
   * left-to-right.
   */
  static final String CSS =
      """
      :root{color-scheme:light dark;--muted:#6b6b6b;--rule:#8884;\
      font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,\
      "Noto Naskh Arabic","Noto Sans Arabic","Noto Sans Hebrew","Noto Sans CJK SC","Noto Sans CJK TC",\
      "Noto Sans CJK JP","PingFang SC","Hiragino Sans","Microsoft YaHei",sans-serif;line-height:1.6}
      body{margin-block:0;margin-inline:auto;max-inline-size:46rem;padding:1rem;overflow-wrap:break-word}
      :lang(ar),:lang(fa),:lang(ur){font-family:"Noto Naskh Arabic","Noto Sans Arabic","Geeza Pro",\
      "Segoe UI",Tahoma,serif;line-height:1.9}
      :lang(he){font-family:"Noto Sans Hebrew","Arial Hebrew","Segoe UI",sans-serif}
      :lang(zh),:lang(ja),:lang(ko){font-family:"Noto Sans CJK SC","Noto Sans CJK TC","Noto Sans CJK JP",\
      "PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif;line-height:1.8}
      header.site{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;\
      border-block-end:1px solid var(--rule);padding-block-end:.5rem;margin-block-end:1rem}
      header.site>a{font-weight:bold;text-decoration:none;font-size:1.2rem}
      form.search{display:flex;gap:.5rem;flex:1 1 14rem}
      form.search input{flex:1;min-inline-size:0;font:inherit;padding:.25rem .5rem}
      form.search button{font:inherit}
      ol.feed{list-style:none;padding-inline-start:0}
      ol.feed li{padding-block:.5rem;border-block-end:1px solid var(--rule)}
      .meta,.lede{color:var(--muted);font-size:.9em;margin-block:.15rem}
      .lede{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
      .badge{display:inline-block;font-size:.8em;padding-inline:.35rem;border:1px solid var(--rule);\
      border-radius:.25rem;margin-inline-end:.35rem}
      article.item{border-block-start:2px solid var(--rule);margin-block-start:1.5rem}
      blockquote{margin-inline:0;padding-inline-start:1rem;border-inline-start:.25rem solid var(--rule)}
      blockquote footer{color:var(--muted);font-size:.9em}
      aside.related,section.evidence{font-size:.9em;padding-inline-start:.75rem;\
      border-inline-start:.25rem double var(--rule)}
      table{border-collapse:collapse;inline-size:100%;display:block;overflow-x:auto}
      th,td{border:1px solid var(--rule);padding-block:.15rem;padding-inline:.4rem;text-align:start;vertical-align:top}
      dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem}
      dl.facts dt{color:var(--muted)}dl.facts dd{margin-inline-start:0}
      """;

  /** The Content-Security-Policy of every response: nothing but our own inline style sheet. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src '" + sha256(CSS) + "'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private Layout() {}

  /**
   * Writes the page head and header; {@code body} fills {@code <main>}.
   *
   * @param query the search query to show in the form, or null
   */
  static String page(String title, @Nullable String query, Html body) {
    Html html = new Html();
    html.raw("<!DOCTYPE html>\n")
        .open("html", "lang", "en", "dir", "ltr")
        .open("head")
        .open("meta", "charset", "utf-8")
        .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .open("meta", "name", "referrer", "content", "no-referrer")
        .element("title", title + " · Storywire")
        .open("style")
        .raw(CSS)
        .close("style")
        .close("head")
        .open("body");
    header(html, query);
    html.open("main").raw(body.toString()).close("main").close("body").close("html");
    return html.toString();
  }

  private static void header(Html html, @Nullable String query) {
    html.open("header", "class", "site")
        .element("a", "Storywire", "href", "/")
        .open("form", "class", "search", "action", "/search", "method", "get", "role", "search")
        .open(
            "input",
            "type", "search",
            "name", "q",
            "value", query,
            "placeholder", "Search in any language",
            "aria-label", "Search",
            "dir", "auto",
            "maxlength", Integer.toString(Limits.MAX_SEARCH_QUERY_CHARS))
        .element("button", "Search", "type", "submit")
        .close("form")
        .close("header");
  }

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
