package dev.storywire.app;

import dev.storywire.analysis.ItemAnalyzer;
import dev.storywire.cluster.PreparedItem;
import dev.storywire.cluster.StreamingClusterer;
import dev.storywire.extract.PageExtractor;
import dev.storywire.ingest.RecordReader;
import dev.storywire.model.Extraction;
import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.Membership;
import dev.storywire.model.RawDocument;
import dev.storywire.model.RejectReason;
import dev.storywire.store.Archive;
import dev.storywire.store.ArchiveRecord;
import dev.storywire.store.StoryIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;

/**
 * Runs archived records through the stages in order: read, extract, analyze, cluster, index.
 *
 * <p>Everything here is a deterministic function of the archive: records are processed in
 * sequence order, and the index commit records the last sequence number it covers, so a restart
 * (or a crash) resumes exactly after it.
 */
final class Pipeline {
  /**
   * Records processed between index commits. A commit fsyncs the index; a crash in between loses
   * no input (the archive has it) but costs re-processing up to this many records on restart.
   */
  static final int COMMIT_EVERY_RECORDS = 500;

  /**
   * Longest time processed records stay uncommitted while pages trickle in one at a time (the feed
   * poller): they are visible at once through a refresh, and durable within this.
   */
  static final long COMMIT_EVERY_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

  private long lastCommitNanos = System.nanoTime();

  private final Archive archive;
  private final StoryIndex index;
  private final RecordReader reader;
  private final PageExtractor extractor;
  private final ItemAnalyzer analyzer;
  private final StreamingClusterer clusterer;
  private final StoryBook book;
  private final RejectionLog rejections;
  private final Set<String> dirtyStories = new LinkedHashSet<>();
  private long processedSeq;
  private int uncommitted;

  Pipeline(Archive archive, StoryIndex index, RecordReader reader, PageExtractor extractor, ItemAnalyzer analyzer,
      StreamingClusterer clusterer, StoryBook book, RejectionLog rejections) {
    this.archive = archive;
    this.index = index;
    this.reader = reader;
    this.extractor = extractor;
    this.analyzer = analyzer;
    this.clusterer = clusterer;
    this.book = book;
    this.rejections = rejections;
    this.processedSeq = index.committedArchiveSeq();
  }

  /** The directory each installed bilingual dictionary was found in, by language (Chinese, bundled, not included). */
  SortedMap<String, Path> dictionaries() {
    return analyzer.pivotSources();
  }

  /** Processes every archived record the index does not cover yet, then commits. */
  void catchUp(ExecutorService workers, int workerCount) throws IOException {
    PrepareQueue<ArchiveRecord> queue = new PrepareQueue<>(this, workers, workerCount, (record, prepared) -> apply(prepared));
    for (ArchiveRecord record : archive.records(processedSeq)) {
      queue.submit(record, record);
    }
    queue.drain();
    commit();
  }

  /**
   * The pure part of processing a record: read, extract, analyze and prepare for clustering
   * ({@link StreamingClusterer#prepare}). Safe to run on several records at once, in any order;
   * nothing that decides anything changes.
   */
  Prepared prepare(ArchiveRecord record) throws IOException {
    List<Item> items = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    RecordReader.Source source = new RecordReader.Source(record.seq(), record.sha256(), record.name(), record.receivedAt());
    reader.read(source, () -> archive.open(record), entry -> {
      switch (entry) {
        case RecordReader.Entry.Document d -> extractAndAnalyze(d.document(), items, rejected);
        case RecordReader.Entry.Rejected r -> rejected.add(new Rejection(record.seq(), r.where(), r.reason(), r.detail()));
      }
    });
    return new Prepared(record, items.stream().map(clusterer::prepare).toList(), rejected);
  }

  /** The ordered part: cluster and index the items of a prepared record. Records in sequence order only. */
  RecordOutcome apply(Prepared prepared) throws IOException {
    long seq = prepared.record().seq();
    if (seq <= processedSeq) {
      throw new IllegalStateException("record " + seq + " is already processed (at " + processedSeq + ")");
    }
    int articles = 0;
    for (PreparedItem item : prepared.items()) {
      add(item);
      articles += item.item().kind() == ItemKind.ARTICLE ? 1 : 0;
    }
    for (Rejection rejection : prepared.rejections()) {
      rejections.append(rejection);
    }
    processedSeq = seq;
    publishDirtyStories();
    if (++uncommitted >= COMMIT_EVERY_RECORDS) {
      commit();
    }
    return new RecordOutcome(articles, prepared.items().size() - articles, prepared.rejections());
  }

  /** A record read, extracted, analyzed and prepared, waiting to be clustered and indexed. */
  record Prepared(ArchiveRecord record, List<PreparedItem> items, List<Rejection> rejections) {}

  void commit() throws IOException {
    publishDirtyStories();
    index.commit(processedSeq);
    uncommitted = 0;
    lastCommitNanos = System.nanoTime();
  }

  /**
   * Makes what was applied visible to reads at once; commits when the last commit is older than
   * {@link #COMMIT_EVERY_NANOS}. For pages that arrive one at a time, where a commit (an fsync)
   * per page would cost more than the page's processing.
   */
  void publish() throws IOException {
    if (uncommitted > 0 && System.nanoTime() - lastCommitNanos >= COMMIT_EVERY_NANOS) {
      commit();
    } else {
      publishDirtyStories();
      index.refresh();
    }
  }

  private void extractAndAnalyze(RawDocument document, List<Item> items, List<Rejection> rejected) {
    switch (extractor.extract(document)) {
      case Extraction.Rejected r ->
          rejected.add(new Rejection(document.archiveSeq(), document.source().name(), r.reason(), r.detail()));
      case Extraction.Page p -> {
        List<Item> found = analyzer.analyze(document, p.page());
        if (found.isEmpty()) {
          rejected.add(new Rejection(document.archiveSeq(), document.source().name(), RejectReason.NO_CONTENT,
              "no article text and no flash items"));
        }
        items.addAll(found);
      }
    }
  }

  private void add(PreparedItem prepared) throws IOException {
    Item item = prepared.item();
    Membership membership = clusterer.add(prepared);
    for (String absorbed : membership.merged()) { // the stories converged: their members move to this one
      for (Map.Entry<Item, Membership> moved : book.merge(absorbed, membership.storyId())) {
        index.putItem(moved.getKey(), moved.getValue());
      }
      dirtyStories.remove(absorbed);
      index.deleteStory(absorbed);
    }
    book.add(item, membership);
    dirtyStories.add(membership.storyId());
    index.putItem(item, membership);
  }

  private void publishDirtyStories() throws IOException {
    for (String storyId : dirtyStories) {
      var story = book.assemble(storyId);
      if (story.isPresent()) {
        index.putStory(story.get());
      }
    }
    dirtyStories.clear();
  }
}
