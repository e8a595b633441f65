package dev.storywire.server;

import java.io.IOException;
import java.util.List;

/**
 * Story corrections behind {@code /api/stories/{id}/split} and {@code /api/stories/merge}: the
 * application applies them and records them so that they survive {@code rebuild}. An invalid
 * correction is an {@link IllegalArgumentException} whose message is written for the user.
 */
public interface StoryEditor {
  /** @return the ids of the stories the split items and the remaining items are in now */
  List<String> split(String storyId, List<String> itemIds) throws IOException;

  /** @return the id of the story the merged items are in now */
  String merge(List<String> storyIds) throws IOException;
}
