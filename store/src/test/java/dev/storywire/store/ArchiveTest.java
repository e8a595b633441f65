package dev.storywire.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storywire.model.Ids;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
  private static final Instant T0 = Instant.parse("2025-08-13T10:15:30.123456789Z");

  @TempDir Path dir;

  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(UTF_8));
  }

  private static ArchiveRecord appendNew(Archive archive, String name, String content) throws IOException {
    Appended result = archive.append(name, bytes(content), T0);
    assertThat(result).isInstanceOf(Appended.New.class);
    return ((Appended.New) result).record();
  }

  private static String read(Archive archive, ArchiveRecord r) throws IOException {
    try (InputStream in = archive.open(r)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private Path manifest() {
    return dir.resolve(Manifest.FILE_NAME);
  }

  @Test
  void emptyArchiveStartsAtZero() throws IOException {
    try (Archive archive = Archive.open(dir.resolve("fresh"))) {
      assertThat(archive.lastSeq()).isZero();
      assertThat(archive.records(0)).isEmpty();
      assertThat(Files.isDirectory(dir.resolve("fresh/objects"))).isTrue();
    }
  }

  @Test
  void appendStoresExactBytesUnderTheirDigest() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      ArchiveRecord r = appendNew(archive, "seeds/000.txt", "بابوشكين يغادر xAI");
      byte[] expected = "بابوشكين يغادر xAI".getBytes(UTF_8);

      assertThat(r).isEqualTo(new ArchiveRecord(1, Ids.sha256(expected), "seeds/000.txt", T0, expected.length));
      assertThat(read(archive, r)).isEqualTo("بابوشكين يغادر xAI");
      assertThat(archive.bySha256(r.sha256())).contains(r);
      assertThat(archive.lastSeq()).isEqualTo(1);
      assertThat(dir.resolve("objects").resolve(r.sha256().substring(0, 2)).resolve(r.sha256())).hasBinaryContent(expected);
      assertThat(dir.resolve("tmp")).isEmptyDirectory();
    }
  }

  @Test
  void recordsAfterASeqComeInSeqOrder() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      for (int i = 1; i <= 5; i++) {
        appendNew(archive, "n" + i, "content " + i);
      }
      assertThat(archive.records(0)).extracting(ArchiveRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(archive.records(3)).extracting(ArchiveRecord::name).containsExactly("n4", "n5");
      assertThat(archive.records(5)).isEmpty();
      assertThat(archive.records(99)).isEmpty();
      assertThat(archive.records(-1)).hasSize(5);
    }
  }

  @Test
  void sameBytesAreADuplicateAndWriteNothing() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      ArchiveRecord first = appendNew(archive, "a", "same");
      long manifestSize = Files.size(manifest());

      assertThat(archive.append("b", bytes("same"), T0.plusSeconds(5))).isEqualTo(new Appended.Duplicate(first));
      assertThat(archive.lastSeq()).isEqualTo(1);
      assertThat(Files.size(manifest())).isEqualTo(manifestSize);
      assertThat(dir.resolve("tmp")).isEmptyDirectory();
    }
  }

  @Test
  void reopenKeepsRecordsContinuesNumberingAndDetectsDuplicates() throws IOException {
    ArchiveRecord first;
    try (Archive archive = Archive.open(dir)) {
      first = appendNew(archive, "a", "one");
      appendNew(archive, "b", "two");
    }
    try (Archive archive = Archive.open(dir)) {
      assertThat(archive.lastSeq()).isEqualTo(2);
      assertThat(archive.records(0).getFirst()).isEqualTo(first);
      assertThat(archive.append("again", bytes("one"), T0)).isEqualTo(new Appended.Duplicate(first));
      assertThat(appendNew(archive, "c", "three").seq()).isEqualTo(3);
      assertThat(read(archive, first)).isEqualTo("one");
    }
  }

  @Test
  void secondOpenOfTheSameArchiveIsRefused() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      assertThatThrownBy(() -> Archive.open(dir)).isInstanceOf(IOException.class).hasMessageContaining("already open");
      assertThat(archive.lastSeq()).isZero();
    }
  }

  @Test
  void tornLastLineIsDroppedAndTheFileCutBack() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      appendNew(archive, "a", "one");
      appendNew(archive, "b", "two");
    }
    long good = Files.size(manifest());
    // A crash in the middle of writing the third line.
    Files.writeString(manifest(), "{\"seq\":3,\"sha256\":\"ab", StandardOpenOption.APPEND);

    try (Archive archive = Archive.open(dir)) {
      assertThat(Files.size(manifest())).isEqualTo(good);
      assertThat(archive.lastSeq()).isEqualTo(2);
      assertThat(appendNew(archive, "c", "three").seq()).isEqualTo(3);
    }
    try (Archive archive = Archive.open(dir)) {
      assertThat(archive.records(0)).extracting(ArchiveRecord::name).containsExactly("a", "b", "c");
    }
  }

  @Test
  void zeroFilledTailAfterACrashIsDropped() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      appendNew(archive, "a", "one");
    }
    long good = Files.size(manifest());
    // Some file systems leave the file extended with zeros when a crash interrupts an append.
    Files.write(manifest(), new byte[512], StandardOpenOption.APPEND);

    try (Archive archive = Archive.open(dir)) {
      assertThat(Files.size(manifest())).isEqualTo(good);
      assertThat(archive.lastSeq()).isEqualTo(1);
    }
  }

  @Test
  void invalidCompleteLastLineIsDropped() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      appendNew(archive, "a", "one");
    }
    long good = Files.size(manifest());
    Files.writeString(manifest(), "{\"seq\":7,\"sha256\":\"not hex\"}\n", StandardOpenOption.APPEND);

    try (Archive archive = Archive.open(dir)) {
      assertThat(Files.size(manifest())).isEqualTo(good);
      assertThat(appendNew(archive, "b", "two").seq()).isEqualTo(2);
    }
  }

  @Test
  void damageBeforeTheLastLineFailsTheOpen() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      appendNew(archive, "a", "one");
      appendNew(archive, "b", "two");
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(manifest()));
    lines.set(0, "garbage");
    Files.write(manifest(), lines);

    assertThatThrownBy(() -> Archive.open(dir)).isInstanceOf(IOException.class).hasMessageContaining("corrupt");
  }

  @Test
  void orphanObjectIsHarmlessAndItsBytesCanBeAppended() throws IOException {
    byte[] content = "crashed before its manifest line".getBytes(UTF_8);
    String sha = Ids.sha256(content);
    try (Archive archive = Archive.open(dir)) {
      appendNew(archive, "a", "one");
    }
    Path orphan = dir.resolve("objects").resolve(sha.substring(0, 2)).resolve(sha);
    Files.createDirectories(orphan.getParent());
    Files.write(orphan, content);
    Files.writeString(dir.resolve("tmp/append-123.part"), "half received");

    try (Archive archive = Archive.open(dir)) {
      assertThat(archive.bySha256(sha)).isEmpty();
      assertThat(dir.resolve("tmp")).isEmptyDirectory();
      ArchiveRecord r = appendNew(archive, "b", "crashed before its manifest line");
      assertThat(r.seq()).isEqualTo(2);
      assertThat(r.sha256()).isEqualTo(sha);
      assertThat(read(archive, r)).isEqualTo("crashed before its manifest line");
    }
  }

  @Test
  void inputOverTheLimitIsTooLargeAndLeavesNothing() throws IOException {
    try (Archive archive = Archive.open(dir, 1000)) {
      Appended result = archive.append("big", new GeneratedStream(5000, 1), T0);

      assertThat(result).isInstanceOfSatisfying(Appended.TooLarge.class, t -> {
        assertThat(t.limitBytes()).isEqualTo(1000);
        assertThat(t.seenBytes()).isGreaterThan(1000);
      });
      assertThat(archive.lastSeq()).isZero();
      assertThat(dir.resolve("tmp")).isEmptyDirectory();
      assertThat(archive.append("exact", new GeneratedStream(1000, 1), T0)).isInstanceOf(Appended.New.class);
    }
    assertThat(Archive.MAX_RECORD_BYTES).isEqualTo(1L << 30);
  }

  @Test
  void failingInputAcknowledgesNothingAndLeavesNoTempFile() throws IOException {
    InputStream failing = new java.io.SequenceInputStream(new GeneratedStream(200_000, 7), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    });
    try (Archive archive = Archive.open(dir)) {
      assertThatThrownBy(() -> archive.append("broken", failing, T0)).isInstanceOf(IOException.class)
          .hasMessage("connection reset");
      assertThat(archive.lastSeq()).isZero();
      assertThat(dir.resolve("tmp")).isEmptyDirectory();
      assertThat(appendNew(archive, "next", "fine").seq()).isEqualTo(1);
    }
  }

  @Test
  void emptyInputIsARecord() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      ArchiveRecord r = appendNew(archive, "empty", "");
      assertThat(r.length()).isZero();
      assertThat(read(archive, r)).isEmpty();
    }
  }

  @Test
  void namesAreKeptExactlyIncludingNewlinesAndQuotes() throws IOException {
    String name = "https://example.com/a?q=\"x\"\n\tb\u2028ب";
    try (Archive archive = Archive.open(dir)) {
      appendNew(archive, name, "x");
    }
    try (Archive archive = Archive.open(dir)) {
      assertThat(archive.records(0).getFirst().name()).isEqualTo(name);
      assertThat(archive.records(0).getFirst().receivedAt()).isEqualTo(T0);
    }
  }

  @Test
  void overlongNameIsRefused() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      String name = "n".repeat(Archive.MAX_NAME_CHARS + 1);
      assertThatThrownBy(() -> archive.append(name, bytes("x"), T0)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void openRefusesARecordOfAnotherArchive() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      ArchiveRecord stranger = new ArchiveRecord(1, "../../../etc/passwd", "x", T0, 1);
      assertThatThrownBy(() -> archive.open(stranger)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void concurrentAppendsGetGaplessSeqsAndOneRecordPerContent() throws Exception {
    int threads = 4;
    int perThread = 25;
    try (Archive archive = Archive.open(dir); ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<List<Appended>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          List<Appended> out = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            // every thread appends the same 25 contents: one of each wins
            out.add(archive.append("c" + i, bytes("content " + i), T0));
          }
          return out;
        }));
      }
      long news = 0;
      for (Future<List<Appended>> f : futures) {
        news += f.get().stream().filter(a -> a instanceof Appended.New).count();
      }
      assertThat(news).isEqualTo(perThread);
      assertThat(archive.records(0)).extracting(ArchiveRecord::seq)
          .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, perThread).boxed().toList());
    }
    try (Archive archive = Archive.open(dir)) {
      assertThat(archive.lastSeq()).isEqualTo(perThread);
    }
  }

  @Test
  void hundredMegabytesStreamThroughASmallHeap() throws Exception {
    long size = 100L << 20;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx32m", "-cp", System.getProperty("java.class.path"),
            LargeAppend.class.getName(), dir.toString(), Long.toString(size))
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), UTF_8);

    assertThat(child.waitFor()).as(output).isZero();
    try (Archive archive = Archive.open(dir)) {
      ArchiveRecord r = archive.records(0).getFirst();
      assertThat(r.length()).isEqualTo(size);
      assertThat(r.sha256()).isEqualTo(GeneratedStream.sha256(size, 42));
      assertThat(output.strip()).isEqualTo(r.sha256());
      try (InputStream in = archive.open(r)) {
        assertThat(GeneratedStream.sameContent(in, size, 42)).isTrue();
      }
    }
  }
}
