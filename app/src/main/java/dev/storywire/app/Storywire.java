package dev.storywire.app;

import dev.storywire.analysis.ItemAnalyzer;
import dev.storywire.analysis.LanguageAnalyzers;
import dev.storywire.analysis.QueryKeys;
import dev.storywire.cluster.PreparedItem;
import dev.storywire.cluster.StreamingClusterer;
import dev.storywire.extract.PageExtractor;
import dev.storywire.ingest.InputFiles;
import dev.storywire.ingest.RecordReader;
import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.server.NewsReader;
import dev.storywire.store.Appended;
import dev.storywire.store.Archive;
import dev.storywire.store.StoryIndex;
import dev.storywire.app.feeds.FeedBook;
import dev.storywire.app.feeds.FeedPoller;
import dev.storywire.ingest.fetch.AddressPolicy;
import dev.storywire.ingest.fetch.PoliteFetcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One open data directory with every stage wired: the single place that constructs objects.
 *
 * <p>Opening takes the directory's lock, opens the archive and the index, restores the story state
 * from the index and processes any archived record the index does not cover yet (after a crash,
 * say), so an open instance is always consistent with its archive.
 */
public final class Storywire implements DataView {
  /** Items prepared at once when restoring: enough to keep every core busy, few enough to hold. */
  private static final int RESTORE_CHUNK = 4096;

  private final Config config;
  private final Clock clock;
  private final DataLock lock;
  private final Archive archive;
  private final LanguageAnalyzers analyzers;
  private final StoryIndex index;
  private final QueryKeys queryKeys;
  private final RejectionLog rejections;
  private Pipeline pipeline;
  private final StoryCorrections corrections;
  /** Threads that read, extract and analyze records ahead of clustering: one per core. */
  private final int workerCount = Runtime.getRuntime().availableProcessors();
  private @Nullable FeedPoller poller;
  private @Nullable PoliteFetcher fetcher;
  private final ExecutorService workers = Executors.newFixedThreadPool(workerCount, Thread.ofPlatform()
      .name("storywire-prepare-", 0).daemon(true).factory());

  private Storywire(Config config, Clock clock, DataLock lock, Archive archive, LanguageAnalyzers analyzers,
      StoryIndex index) throws IOException {
    this.config = config;
    this.clock = clock;
    this.lock = lock;
    this.archive = archive;
    this.analyzers = analyzers;
    this.index = index;
    this.queryKeys = QueryKeys.create();
    this.rejections = new RejectionLog(config.stateDir().resolve("rejections.jsonl"));
    rejections.truncateAfter(index.committedArchiveSeq());
    this.corrections = new StoryCorrections(config.dataDir());
    StreamingClusterer clusterer = new StreamingClusterer(config.clusterConfig(), corrections.load());
    StoryBook book = restore(index, clusterer);
    this.pipeline = newPipeline(clusterer, book);
    pipeline.catchUp(workers, workerCount);
  }

  private Pipeline newPipeline(StreamingClusterer clusterer, StoryBook book) {
    return new Pipeline(archive, index, new RecordReader(), new PageExtractor(),
        config.dictionaries() != null ? ItemAnalyzer.create(config.dictionaries()) : ItemAnalyzer.create(),
        clusterer, book, rejections);
  }

  /** What a split or merge did: the stories the named items are in now. */
  public record Corrected(List<String> stories) {}

  /**
   * Moves {@code itemIds} out of story {@code storyId} into a story of their own; the other items
   * stay together. The correction is recorded by item (it survives {@code rebuild}) and applied at
   * once by processing the archive again, in this process, while readers keep reading.
   *
   * @throws IllegalArgumentException when the story does not exist, an item is not in it, or the
   *     split would leave one side empty
   */
  public synchronized Corrected split(String storyId, List<String> itemIds) throws IOException {
    List<String> members = memberIds(storyId);
    if (itemIds.isEmpty() || !members.containsAll(itemIds)) {
      throw new IllegalArgumentException("every item to split off must be a member of story " + storyId);
    }
    List<String> rest = members.stream().filter(id -> !itemIds.contains(id)).toList();
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("a split must leave at least one item in story " + storyId);
    }
    corrections.split(storyId, List.copyOf(itemIds), rest, clock.instant());
    reprocess();
    return new Corrected(storiesOf(List.of(itemIds.get(0), rest.get(0))));
  }

  /**
   * Makes the stories one: every item of each goes to one story. Recorded by item and applied at
   * once, like {@link #split}.
   *
   * @throws IllegalArgumentException when fewer than two distinct stories are named or one does not exist
   */
  public synchronized Corrected merge(List<String> storyIds) throws IOException {
    List<String> distinct = storyIds.stream().distinct().toList();
    if (distinct.size() < 2) {
      throw new IllegalArgumentException("a merge needs at least two different stories");
    }
    List<String> items = new ArrayList<>();
    for (String storyId : distinct) {
      items.addAll(memberIds(storyId));
    }
    corrections.merge(distinct, items, clock.instant());
    reprocess();
    return new Corrected(storiesOf(List.of(items.get(0))));
  }

  private List<String> memberIds(String storyId) {
    return index.story(storyId)
        .orElseThrow(() -> new IllegalArgumentException("no story with id " + storyId))
        .members().stream().map(dev.storywire.model.StoryMember::id).toList();
  }

  private List<String> storiesOf(List<String> itemIds) {
    return itemIds.stream().map(id -> index.membership(id).map(Membership::storyId).orElse("")).distinct().toList();
  }

  /**
   * Processes the whole archive again into the emptied index with the current corrections: the
   * same result as {@code rebuild}, without closing the directory.
   */
  private void reprocess() throws IOException {
    pipeline.commit();
    index.clear();
    rejections.truncateAfter(0);
    pipeline = newPipeline(new StreamingClusterer(config.clusterConfig(), corrections.load()), new StoryBook());
    pipeline.catchUp(workers, workerCount);
  }

  public static Storywire open(Config config) throws IOException {
    return open(config, Clock.systemUTC());
  }

  /**
   * For reading: the directory opened as owner when it is free (so that anything archived but not
   * yet processed is processed first), else read-only beside the process that owns it.
   */
  public static DataView openForReading(Config config) throws IOException {
    try {
      return open(config);
    } catch (DataLock.DataDirectoryInUse inUse) {
      return ReadOnlyView.open(config);
    }
  }

  public static Storywire open(Config config, Clock clock) throws IOException {
    DataLock lock = DataLock.acquire(config.dataDir());
    Archive archive = null;
    LanguageAnalyzers analyzers = null;
    StoryIndex index = null;
    try {
      archive = Archive.open(config.archiveDir());
      analyzers = LanguageAnalyzers.create();
      index = StoryIndex.open(config.indexDir(), analyzers::forLanguage);
      return new Storywire(config, clock, lock, archive, analyzers, index);
    } catch (IOException | RuntimeException e) {
      closeQuietly(index, analyzers, archive, lock);
      throw e;
    }
  }

  /**
   * Replays the whole archive into a fresh index: the same stories with the same ids, because
   * everything after the archive is a deterministic function of it.
   */
  public static void rebuild(Config config) throws IOException {
    try (DataLock lock = DataLock.acquire(config.dataDir())) {
      FileTrees.delete(config.indexDir());
      FileTrees.delete(config.stateDir());
    }
    open(config).close();
  }

  /**
   * Archives every input, then processes each new record; one bad input never stops the rest.
   * Archiving is sequential (it defines the order); reading, extraction and analysis of archived
   * records run on the worker threads while earlier ones are clustered and indexed in order. A
   * WARC file is archived page by page (see {@link WarcInput}): an outcome per page, then one for
   * the file.
   */
  public synchronized List<InputOutcome> ingest(List<Path> paths) throws IOException {
    List<InputFiles.Found> found = InputFiles.expand(paths);
    List<InputOutcome> outcomes = new ArrayList<>();
    PrepareQueue<Integer> queue = new PrepareQueue<>(pipeline, workers, workerCount, (slot, prepared) -> {
      RecordOutcome result = pipeline.apply(prepared);
      InputOutcome.Status status = result.items() == 0 ? InputOutcome.Status.REJECTED : InputOutcome.Status.NEW;
      InputOutcome archived = outcomes.get(slot);
      outcomes.set(slot, new InputOutcome(archived.path(), status, prepared.record().seq(), result, "", archived.part()));
    });
    for (InputFiles.Found input : found) {
      switch (input) {
        case InputFiles.Found.Unreadable u ->
            outcomes.add(new InputOutcome(u.path(), InputOutcome.Status.FAILED, 0, null, u.reason()));
        case InputFiles.Found.File f when WarcInput.isWarc(f.path()) -> archiveWarc(f.path(), outcomes, queue);
        case InputFiles.Found.File f -> archiveFile(f.path(), outcomes, queue);
      }
    }
    queue.drain();
    pipeline.commit();
    return List.copyOf(outcomes);
  }

  /**
   * Archives one page the fetcher brought (a standalone WARC record) and processes it at once, so
   * that it is searchable and in the flash feed when this returns. Called by the feed poller from
   * many threads; one page at a time.
   *
   * @return what the page produced; no items when it was a duplicate or was rejected
   */
  public synchronized RecordOutcome ingestFetched(FeedPoller.FetchedPage page) throws IOException {
    Appended appended = archive.append(page.url(), new ByteArrayInputStream(page.warcRecord()), page.fetchedAt());
    return switch (appended) {
      case Appended.Duplicate d -> new RecordOutcome(0, 0, List.of());
      case Appended.TooLarge t -> throw new IOException("a fetched page is larger than the archive's limit");
      case Appended.New n -> {
        RecordOutcome outcome = pipeline.apply(pipeline.prepare(n.record()));
        pipeline.publish();
        yield outcome;
      }
    };
  }

  private void archiveFile(Path path, List<InputOutcome> outcomes, PrepareQueue<Integer> queue) throws IOException {
    Appended appended;
    try (InputStream in = Files.newInputStream(path)) {
      appended = archive.append(path.toString(), in, clock.instant());
    } catch (IOException e) {
      outcomes.add(new InputOutcome(path, InputOutcome.Status.FAILED, 0, null, "cannot read: " + e.getMessage()));
      return;
    }
    archived(path, null, appended, outcomes, queue);
  }

  /** A WARC file is archived page by page (see {@link WarcInput}); each page has an outcome, then the file. */
  private void archiveWarc(Path path, List<InputOutcome> outcomes, PrepareQueue<Integer> queue) throws IOException {
    WarcInput.Split split;
    try {
      split = WarcInput.split(path, archive, clock.instant(),
          (name, appended) -> archived(path, name, appended, outcomes, queue));
    } catch (IOException e) {
      outcomes.add(new InputOutcome(path, InputOutcome.Status.FAILED, 0, null, "cannot read: " + e.getMessage()));
      return;
    }
    outcomes.add(new InputOutcome(path, InputOutcome.Status.SPLIT, 0, null, split.describe()));
    if (split.broken() != null) {
      outcomes.add(new InputOutcome(path, InputOutcome.Status.FAILED, 0, null, split.broken().reason().wireName()
          + ": " + split.broken().detail() + "; the rest of the file was not read"));
    }
  }

  private void archived(Path path, @Nullable String part, Appended appended, List<InputOutcome> outcomes,
      PrepareQueue<Integer> queue) throws IOException {
    switch (appended) {
      case Appended.Duplicate d -> outcomes.add(new InputOutcome(path, InputOutcome.Status.DUPLICATE,
          d.existing().seq(), null,
          "same bytes as archive record " + d.existing().seq() + " (" + d.existing().name() + ")", part));
      case Appended.TooLarge t -> outcomes.add(new InputOutcome(path, InputOutcome.Status.FAILED, 0, null,
          "larger than the archive's limit of " + (t.limitBytes() >> 20) + " MiB for one input", part));
      case Appended.New n -> {
        outcomes.add(new InputOutcome(path, InputOutcome.Status.NEW, n.record().seq(), null, "", part));
        queue.submit(n.record(), outcomes.size() - 1);
      }
    }
  }

  /**
   * The poller of this directory's subscriptions, fetching through a fetcher built from the
   * configuration (user agent, allow-list); closed with this instance. Not started.
   */
  public synchronized FeedPoller feedPoller(Consumer<String> log) {
    if (poller == null) {
      AddressPolicy policy = config.fetch().allow().isEmpty() ? AddressPolicy.publicOnly()
          : AddressPolicy.allowing(config.fetch().allow());
      fetcher = new PoliteFetcher(config.fetch().settings(), policy, clock, true);
      poller = new FeedPoller(FeedBook.in(config.dataDir()), fetcher, this::ingestFetched, clock, log);
    }
    return poller;
  }

  /**
   * Writes the whole archive, in sequence order, as one WARC file (a gzip member per record when
   * the name ends in {@code .gz}), so that ingesting it elsewhere replays the same pages.
   */
  public WarcExport.Summary exportWarc(Path file) throws IOException {
    return WarcExport.write(archive, file, clock.instant());
  }

  @Override
  public NewsReader reader() {
    return new IndexNewsReader(index, queryKeys);
  }

  @Override
  public List<Item> items() {
    return index.items();
  }

  @Override
  public List<Membership> memberships() {
    return index.memberships();
  }

  public StoryIndex index() {
    return index;
  }

  /**
   * The installed FreeDict dictionaries found ({@code analysis.dictionaries}, /usr/share/dictd,
   * ~/.cache/storywire/dictionaries): the directory of each, by ISO 639-1 language. Each is read on
   * the first text in its language; Chinese is translated by a bundled table, not listed.
   */
  public synchronized SortedMap<String, Path> dictionaries() {
    return pipeline.dictionaries();
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

  public long archivedRecords() {
    return archive.lastSeq();
  }

  public Config config() {
    return config;
  }

  @Override
  public void close() throws IOException {
    FeedPoller openPoller;
    PoliteFetcher openFetcher;
    synchronized (this) {
      openPoller = poller;
      openFetcher = fetcher;
    }
    if (openPoller != null) {
      openPoller.close();
    }
    if (openFetcher != null) {
      openFetcher.close();
    }
    workers.shutdownNow();
    try {
      synchronized (this) {
        pipeline.commit(); // pages the poller published but did not commit yet
      }
    } finally {
      closeQuietly(index, analyzers, archive, lock);
    }
  }

  private static StoryBook restore(StoryIndex index, StreamingClusterer clusterer) {
    StoryBook book = new StoryBook();
    List<Item> items = index.items();
    List<Membership> memberships = index.memberships();
    // The item-only part is prepared on every core, a chunk at a time; restoring stays in order.
    for (int start = 0; start < items.size(); start += RESTORE_CHUNK) {
      List<PreparedItem> prepared = items.subList(start, Math.min(items.size(), start + RESTORE_CHUNK))
          .parallelStream().map(clusterer::prepare).toList();
      for (int j = 0; j < prepared.size(); j++) {
        clusterer.restore(prepared.get(j), memberships.get(start + j));
        book.add(items.get(start + j), memberships.get(start + j));
      }
    }
    return book;
  }

  private static void closeQuietly(AutoCloseable... closeables) throws IOException {
    IOException first = null;
    for (AutoCloseable closeable : closeables) {
      if (closeable == null) {
        continue;
      }
      try {
        closeable.close();
      } catch (Exception e) {
        if (first == null) {
          first = e instanceof IOException io ? io : new IOException(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

}
