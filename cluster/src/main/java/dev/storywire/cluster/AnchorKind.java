package dev.storywire.cluster;

/** What a language-independent anchor is, which decides how much sharing it proves. */
enum AnchorKind {
  /** {@code e:} a cross-script entity key. */
  ENTITY(true),
  /** {@code h:} a social media handle. */
  HANDLE(true),
  /** {@code u:} a URL. */
  URL(true),
  /** {@code d:yyyy-mm-dd}: many unrelated reports share a day. */
  DAY(false),
  /** {@code d:yyyy} or {@code d:yyyy-mm}: even weaker than a day. */
  COARSE_DATE(false),
  /** {@code n:value|unit}: a number with its unit. */
  NUMBER(false);

  private final boolean strong;

  AnchorKind(boolean strong) {
    this.strong = strong;
  }

  /** Whether the kind names something specific enough to find candidate stories by. */
  boolean strong() {
    return strong;
  }
}
