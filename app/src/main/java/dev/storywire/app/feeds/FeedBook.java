package dev.storywire.app.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The subscriptions of one data directory, in {@code feeds/}: {@code subscriptions.json} (what the
 * user said; changed by commands and the API, under a file lock so that a command and a running
 * server can both change it) and {@code state/<id>.json} per subscription (what polling learned;
 * written only by the poller). Both survive {@code rebuild}, which only replaces derived state.
 *
 * <p>Every write goes to a temporary file that is forced to disk and moved over the old one, so a
 * crash leaves either the old or the new file, never half of one.
 */
public final class FeedBook {
  /** Most subscriptions one data directory holds: far beyond a newsroom's needs, and it bounds memory. */
  public static final int MAX_SUBSCRIPTIONS = 100_000;

  private final Path dir;
  private final Path listFile;
  private final Path stateDir;
  private final ObjectMapper json = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private FeedBook(Path dir) {
    this.dir = dir;
    this.listFile = dir.resolve("subscriptions.json");
    this.stateDir = dir.resolve("state");
  }

  /** The book in {@code dataDir/feeds}; created on first write. */
  public static FeedBook in(Path dataDir) {
    return new FeedBook(dataDir.resolve("feeds"));
  }

  /**
   * @return the subscriptions, in the order they were added
   * @throws IOException when the file cannot be read or is corrupt (the message says which file)
   */
  public List<Subscription> subscriptions() throws IOException {
    try {
      return json.readValue(Files.readAllBytes(listFile), new TypeReference<List<Subscription>>() {});
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (JsonProcessingException e) {
      throw new IOException(listFile + " is corrupt (" + e.getOriginalMessage()
          + "); restore it from a backup or an OPML export", e);
    }
  }


  /** Outcome of adding one URL. */
  public record Added(Subscription subscription, boolean alreadyThere) {}

  /** Adds one subscription, or finds the existing one for the same URL. */
  public Added add(Subscription subscription) throws IOException {
    List<Added> added = addAll(List.of(subscription));
    return added.get(0);
  }

  /** Adds several (an OPML import) in one locked write. */
  public List<Added> addAll(List<Subscription> candidates) throws IOException {
    List<Added> results = new ArrayList<>();
    update(list -> {
      List<Subscription> next = new ArrayList<>(list);
      for (Subscription candidate : candidates) {
        Optional<Subscription> existing = next.stream().filter(s -> s.id().equals(candidate.id())).findFirst();
        if (existing.isPresent()) {
          results.add(new Added(existing.get(), true));
        } else {
          if (next.size() >= MAX_SUBSCRIPTIONS) {
            throw new IllegalStateException("this data directory already follows " + MAX_SUBSCRIPTIONS + " sources");
          }
          next.add(candidate);
          results.add(new Added(candidate, false));
        }
      }
      return next;
    });
    return results;
  }

  /**
   * Removes the subscription with this id or URL, and its state.
   *
   * @return the removed subscription, or empty when none matched
   */
  public Optional<Subscription> remove(String idOrUrl) throws IOException {
    Subscription[] removed = new Subscription[1];
    update(list -> {
      List<Subscription> next = new ArrayList<>();
      for (Subscription s : list) {
        if (removed[0] == null && matches(s, idOrUrl)) {
          removed[0] = s;
        } else {
          next.add(s);
        }
      }
      return next;
    });
    if (removed[0] != null) {
      Files.deleteIfExists(stateFile(removed[0].id()));
    }
    return Optional.ofNullable(removed[0]);
  }

  /** @return the subscription with this id or URL, or empty */
  public Optional<Subscription> find(String idOrUrl) throws IOException {
    return subscriptions().stream().filter(s -> matches(s, idOrUrl)).findFirst();
  }

  private static boolean matches(Subscription s, String idOrUrl) {
    if (s.id().equals(idOrUrl) || s.url().equals(idOrUrl)) {
      return true;
    }
    try {
      return s.url().equals(Subscription.normalize(idOrUrl));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * @return the polling state, or the initial state when the subscription was never polled
   * @throws IOException when the file cannot be read; a corrupt file is reported, not ignored
   */
  public FeedState state(String id) throws IOException {
    Path file = stateFile(id);
    try {
      return json.readValue(Files.readAllBytes(file), FeedState.class);
    } catch (NoSuchFileException e) {
      return FeedState.initial(id);
    } catch (JsonProcessingException e) {
      throw new IOException(file + " is corrupt (" + e.getOriginalMessage()
          + "); delete it to poll the feed afresh", e);
    }
  }

  public void saveState(FeedState state) throws IOException {
    Files.createDirectories(stateDir);
    writeAtomically(stateFile(state.id()), json.writeValueAsBytes(state));
  }

  private Path stateFile(String id) {
    if (!id.matches("f[0-9a-f]{12}")) {
      throw new IllegalArgumentException("not a subscription id: " + id);
    }
    return stateDir.resolve(id + ".json");
  }

  /** Read-modify-write of the list under an exclusive file lock. */
  private void update(UnaryOperator<List<Subscription>> change) throws IOException {
    Files.createDirectories(dir);
    try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
      List<Subscription> next = change.apply(subscriptions());
      writeAtomically(listFile, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(next));
    }
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(java.nio.ByteBuffer.wrap(bytes));
      channel.force(true);
    }
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
