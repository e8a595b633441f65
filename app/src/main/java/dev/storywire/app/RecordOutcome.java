package dev.storywire.app;

import java.util.List;

/** What processing one archive record produced. */
public record RecordOutcome(int articles, int flashItems, List<Rejection> rejections) {
  public RecordOutcome {
    rejections = List.copyOf(rejections);
  }

  public int items() {
    return articles + flashItems;
  }
}
