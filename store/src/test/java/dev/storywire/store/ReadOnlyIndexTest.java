package dev.storywire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storywire.model.Item;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an index beside the process that writes it (the CLI beside {@code storywire serve}). */
class ReadOnlyIndexTest {
  private static final AnalyzerProvider ANALYZERS = lang -> new StandardAnalyzer();

  @Test
  void aReaderBesideTheWriterSeesTheLastCommitAndCannotWrite(@TempDir Path dir) throws IOException {
    Item arabic = SeedItems.arabic();
    try (StoryIndex writer = StoryIndex.open(dir, ANALYZERS)) {
      writer.putItem(arabic, SeedItems.founder(arabic));
      writer.commit(1);
      try (StoryIndex reader = StoryIndex.openReadOnly(dir, ANALYZERS)) {
        assertThat(reader.committedArchiveSeq()).isEqualTo(1);
        assertThat(reader.items()).extracting(Item::id).containsExactly(arabic.id());
        assertThat(reader.search("Babuschkin", Set.of(), 10)).isNotEmpty();
        assertThatThrownBy(() -> reader.putItem(arabic, SeedItems.founder(arabic)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> reader.commit(2)).isInstanceOf(IllegalStateException.class);
      }
    }
  }

  @Test
  void noIndexIsAClearError(@TempDir Path dir) {
    assertThatThrownBy(() -> StoryIndex.openReadOnly(dir, ANALYZERS))
        .isInstanceOf(IOException.class).hasMessageContaining("no readable index");
  }
}
