package dev.storywire.extract.charset;

/** The outcome of decoding a page's bytes: text with the charset and the rule that chose it, or a failure. */
public sealed interface Decoding permits Decoding.Decoded, Decoding.Undecodable {

  /**
   * @param text the decoded text, without a byte-order mark
   * @param charset the canonical name of the charset used
   * @param rule the name of the rule that chose it ({@code charset.bom}, {@code charset.hint} …)
   */
  record Decoded(String text, String charset, String rule) implements Decoding {}

  /** @param detail what was tried and where the bytes stopped making sense */
  record Undecodable(String detail) implements Decoding {}
}
