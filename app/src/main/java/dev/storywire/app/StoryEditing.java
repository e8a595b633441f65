package dev.storywire.app;

import dev.storywire.server.StoryEditor;
import java.io.IOException;
import java.util.List;

/** The API's story corrections, applied by the open data directory. */
public final class StoryEditing implements StoryEditor {
  private final Storywire storywire;

  public StoryEditing(Storywire storywire) {
    this.storywire = storywire;
  }

  @Override
  public List<String> split(String storyId, List<String> itemIds) throws IOException {
    return storywire.split(storyId, itemIds).stories();
  }

  @Override
  public String merge(List<String> storyIds) throws IOException {
    return storywire.merge(storyIds).stories().get(0);
  }
}
