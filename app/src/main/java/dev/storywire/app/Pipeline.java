package dev.storywire.app;

import dev.storywire.analysis.ItemAnalyzer;
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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

  /** Processes every archived record the index does not cover yet, then commits. */
  void catchUp() throws IOException {
    for (ArchiveRecord record : archive.records(processedSeq)) {
      process(record);
    }
    commit();
  }

  /** Processes one record; records must come in sequence order. */
  RecordOutcome process(ArchiveRecord record) throws IOException {
    if (record.seq() <= processedSeq) {
      throw new IllegalStateException("record " + record.seq() + " is already processed (at " + processedSeq + ")");
    }
    Counter counter = new Counter(record.seq());
    RecordReader.Source source = new RecordReader.Source(record.seq(), record.sha256(), record.name(), record.receivedAt());
    try {
      reader.read(source, () -> archive.open(record), entry -> {
        switch (entry) {
          case RecordReader.Entry.Document d -> handle(d.document(), counter);
          case RecordReader.Entry.Rejected r -> counter.reject(r.where(), r.reason(), r.detail());
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Rejection rejection : counter.rejections) {
      rejections.append(rejection);
    }
    processedSeq = record.seq();
    publishDirtyStories();
    if (++uncommitted >= COMMIT_EVERY_RECORDS) {
      commit();
    }
    return new RecordOutcome(counter.articles, counter.flash, counter.rejections);
  }

  void commit() throws IOException {
    publishDirtyStories();
    index.commit(processedSeq);
    uncommitted = 0;
  }

  private void handle(RawDocument document, Counter counter) {
    switch (extractor.extract(document)) {
      case Extraction.Rejected r -> counter.reject(document.source().name(), r.reason(), r.detail());
      case Extraction.Page p -> {
        List<Item> items = analyzer.analyze(document, p.page());
        if (items.isEmpty()) {
          counter.reject(document.source().name(), RejectReason.NO_CONTENT, "no article text and no flash items");
        }
        items.forEach(item -> add(item, counter));
      }
    }
  }

  private void add(Item item, Counter counter) {
    Membership membership = clusterer.add(item);
    book.add(item, membership);
    dirtyStories.add(membership.storyId());
    try {
      index.putItem(item, membership);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (item.kind() == ItemKind.ARTICLE) {
      counter.articles++;
    } else {
      counter.flash++;
    }
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

  /** Tallies of one record. */
  private static final class Counter {
    private final long seq;
    private int articles;
    private int flash;
    private final List<Rejection> rejections = new ArrayList<>();

    Counter(long seq) {
      this.seq = seq;
    }

    void reject(String where, RejectReason reason, String detail) {
      rejections.add(new Rejection(seq, where, reason, detail));
    }
  }
}
