package dev.storywire.app;

import dev.storywire.analysis.LanguageAnalyzers;
import dev.storywire.analysis.QueryKeys;
import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.server.NewsReader;
import dev.storywire.store.StoryIndex;
import java.io.IOException;
import java.util.List;

/**
 * A data directory read beside the process that owns it (for example {@code storywire serve}):
 * no lock, no archive, no processing; the index as of its last commit.
 */
final class ReadOnlyView implements DataView {
  private final LanguageAnalyzers analyzers;
  private final StoryIndex index;
  private final QueryKeys queryKeys = QueryKeys.create();
  private final RejectionLog rejections;

  private ReadOnlyView(Config config, LanguageAnalyzers analyzers, StoryIndex index) {
    this.analyzers = analyzers;
    this.index = index;
    this.rejections = new RejectionLog(config.stateDir().resolve("rejections.jsonl"));
  }

  static ReadOnlyView open(Config config) throws IOException {
    LanguageAnalyzers analyzers = LanguageAnalyzers.create();
    try {
      return new ReadOnlyView(config, analyzers, StoryIndex.openReadOnly(config.indexDir(), analyzers::forLanguage));
    } catch (IOException | RuntimeException e) {
      analyzers.close();
      throw e;
    }
  }

  @Override
  public List<Item> items() {
    return index.items();
  }

  @Override
  public List<Membership> memberships() {
    return index.memberships();
  }

  @Override
  public NewsReader reader() {
    return new IndexNewsReader(index, queryKeys);
  }

  @Override
  public int itemCount() {
    return index.itemCount();
  }

  @Override
  public int storyCount() {
    return index.storyCount();
  }

  @Override
  public List<Rejection> rejections() throws IOException {
    return rejections.all();
  }

  @Override
  public void close() throws IOException {
    try (analyzers; index) {
      // closes the index, then the analyzers
    }
  }
}
