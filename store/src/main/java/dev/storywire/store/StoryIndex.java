package dev.storywire.store;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.SearchHit;
import dev.storywire.model.Story;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene index of items and stories: lookups, the flash feed, and search in any language.
 *
 * <p>Derived data: everything in it is rebuilt by replaying the archive. A commit records the
 * archive sequence number it reflects, so a restart replays only what came after. Reads see the
 * index as of the last {@link #commit} (or open); {@link #close} discards what was put since.
 * An index written under another {@link #SCHEMA_VERSION} is discarded on open, to be rebuilt.
 *
 * <p>Thread-safe; writes are serialised.
 */
public final class StoryIndex implements Closeable {

  /** Version of the document layout; bump it whenever fields or their analysis change. */
  static final String SCHEMA_VERSION = "2";

  static final String DATA_ARCHIVE_SEQ = "archive_seq";
  static final String DATA_SCHEMA = "schema";
  static final String DATA_NEXT_ORDER = "next_order";

  /** Most hits one search returns: more than any page of results shows. */
  static final int MAX_SEARCH_HITS = 1_000;

  /** Most items one {@link #latest} call returns: a flash feed is read from the top. */
  static final int MAX_LATEST = 10_000;

  private static final Sort PUT_ORDER =
      new Sort(new SortField(IndexFields.ARCHIVE_SEQ, SortField.Type.LONG), new SortField(IndexFields.PUT_ORDER, SortField.Type.LONG));
  private static final Sort STORY_ORDER = new Sort(new SortField(IndexFields.PUT_ORDER, SortField.Type.LONG));
  private static final Sort NEWEST_FIRST =
      new Sort(new SortField(IndexFields.RECENCY, SortField.Type.LONG, true), new SortField(IndexFields.PUT_ORDER, SortField.Type.LONG));

  private final Directory directory;
  /** Null when the index is open read-only. */
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final LanguageFieldAnalyzer analyzer;
  /** Put orders handed out since the last commit, by document key: kept when a document is replaced. */
  private final Map<String, Long> pendingOrders = new HashMap<>();
  private long nextOrder;
  private volatile long committedArchiveSeq;

  private StoryIndex(Directory directory, @Nullable IndexWriter writer, LanguageFieldAnalyzer analyzer,
      Map<String, String> data) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.analyzer = analyzer;
    this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    this.committedArchiveSeq = Long.parseLong(data.getOrDefault(DATA_ARCHIVE_SEQ, "0"));
    this.nextOrder = Long.parseLong(data.getOrDefault(DATA_NEXT_ORDER, "0"));
  }

  /**
   * Opens the index in {@code dir}, creating it if absent.
   *
   * @throws DamagedIndexException when the index there cannot be read (rebuild it from the archive)
   * @throws IOException when the directory cannot be used or another writer holds it
   */
  public static StoryIndex open(Path dir, AnalyzerProvider analyzers) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      Map<String, String> data = compatibleCommitData(directory);
      LanguageFieldAnalyzer analyzer = new LanguageFieldAnalyzer(analyzers);
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(data.isEmpty() ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
          .setCommitOnClose(false);
      return new StoryIndex(directory, new IndexWriter(directory, config), analyzer, data);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException e) {
      directory.close();
      throw new DamagedIndexException(dir, e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens the last commit of the index in {@code dir} for reading only, beside the process that
   * writes it (a server, say): no lock is taken, every write method throws, and reads see that
   * commit.
   *
   * @throws IOException when there is no index there, or one of another schema (rebuild it)
   */
  public static StoryIndex openReadOnly(Path dir, AnalyzerProvider analyzers) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      Map<String, String> data = compatibleCommitData(directory);
      if (data.isEmpty()) {
        throw new IOException("no readable index in " + dir + " (none yet, or one of another schema: rebuild it)");
      }
      return new StoryIndex(directory, null, new LanguageFieldAnalyzer(analyzers), data);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException e) {
      directory.close();
      throw new DamagedIndexException(dir, e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The last commit's user data, or empty when there is no index or it has another schema. */
  private static Map<String, String> compatibleCommitData(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    return SCHEMA_VERSION.equals(data.get(DATA_SCHEMA)) ? data : Map.of();
  }

  /** Inserts the item, or replaces the one with its id (which keeps its place in {@link #items()}). */
  public synchronized void putItem(Item item, Membership membership) throws IOException {
    if (!membership.itemId().equals(item.id())) {
      throw new IllegalArgumentException("membership of " + membership.itemId() + " given for item " + item.id());
    }
    String key = IndexFields.itemKey(item.id());
    writer().updateDocument(new Term(IndexFields.KEY, key), IndexFields.item(item, membership, orderFor(key)));
  }

  /** Inserts the story, or replaces the one with its id. */
  public synchronized void putStory(Story story) throws IOException {
    String key = IndexFields.storyKey(story.id());
    writer().updateDocument(new Term(IndexFields.KEY, key), IndexFields.story(story, orderFor(key)));
  }

  /** Removes the story; its items keep their memberships until they are put again. */
  public synchronized void deleteStory(String storyId) throws IOException {
    String key = IndexFields.storyKey(storyId);
    pendingOrders.remove(key);
    writer().deleteDocuments(new Term(IndexFields.KEY, key));
  }

  /** The put order of a document: the one it already has, or the next. */
  private long orderFor(String key) throws IOException {
    Long pending = pendingOrders.get(key);
    if (pending != null) {
      return pending;
    }
    long order = committedOrder(key).orElseGet(() -> nextOrder++);
    pendingOrders.put(key, order);
    return order;
  }

  private Optional<Long> committedOrder(String key) throws IOException {
    return withSearcher(s -> {
      Optional<Document> doc = first(s, new TermQuery(new Term(IndexFields.KEY, key)));
      return doc.map(d -> Objects.requireNonNull(d.getField(IndexFields.PUT_ORDER)).numericValue().longValue());
    });
  }

  /**
   * Empties the index (committed at once), so that the archive can be processed again from its
   * first record: what {@code rebuild} does in a fresh directory, done in place by a process that
   * keeps serving (reads see the index fill again).
   */
  public synchronized void clear() throws IOException {
    writer().deleteAll();
    pendingOrders.clear();
    nextOrder = 0;
    commit(0);
  }

  /**
   * Makes everything put so far visible to reads without making it durable (a near-real-time
   * refresh: no fsync). What is not committed is re-derived from the archive after a crash.
   */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /**
   * Makes everything put so far durable, records that it reflects the archive up to {@code
   * archiveSeq}, and makes it visible to reads.
   */
  public synchronized void commit(long archiveSeq) throws IOException {
    writer().setLiveCommitData(Map.of(
        DATA_ARCHIVE_SEQ, Long.toString(archiveSeq),
        DATA_SCHEMA, SCHEMA_VERSION,
        DATA_NEXT_ORDER, Long.toString(nextOrder)).entrySet());
    writer().commit();
    searchers.maybeRefreshBlocking();
    pendingOrders.clear();
    committedArchiveSeq = archiveSeq;
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the index is open read-only");
    }
    return writer;
  }

  /** @return the archive sequence number of the last commit, 0 for a fresh index */
  public long committedArchiveSeq() {
    return committedArchiveSeq;
  }

  /** @return the item, or empty when none has that id */
  public Optional<Item> item(String id) {
    return stored(IndexFields.itemKey(id), IndexFields.ITEM_JSON, Item.class);
  }

  /** @return the item's membership, or empty when no item has that id */
  public Optional<Membership> membership(String itemId) {
    return stored(IndexFields.itemKey(itemId), IndexFields.MEMBERSHIP_JSON, Membership.class);
  }

  /** All items, by archive sequence and then in the order they were first put. */
  public List<Item> items() {
    return all(IndexFields.TYPE_ITEM, PUT_ORDER, IndexFields.ITEM_JSON, Item.class);
  }

  /** The membership of every item, in the order of {@link #items()}. */
  public List<Membership> memberships() {
    return all(IndexFields.TYPE_ITEM, PUT_ORDER, IndexFields.MEMBERSHIP_JSON, Membership.class);
  }

  /**
   * The flash feed: newest first by published time (when it reads as ISO 8601), else by first
   * seen; ties in the order items were put.
   *
   * @param limit how many, at most {@link #MAX_LATEST}; none when not positive
   */
  public List<Item> latest(int limit) {
    int n = Math.min(limit, MAX_LATEST);
    if (n <= 0) {
      return List.of();
    }
    return unchecked(() -> withSearcher(s -> decodeAll(s, s.search(typeQuery(IndexFields.TYPE_ITEM), n, NEWEST_FIRST),
        IndexFields.ITEM_JSON, Item.class)));
  }

  /** All stories, in the order they were first put. */
  public List<Story> stories() {
    return all(IndexFields.TYPE_STORY, STORY_ORDER, IndexFields.STORY_JSON, Story.class);
  }

  /** @return the story, or empty when none has that id */
  public Optional<Story> story(String id) {
    return stored(IndexFields.storyKey(id), IndexFields.STORY_JSON, Story.class);
  }

  /**
   * The story a merged-away story went into: the story now holding the item whose arrival merged
   * it. That story may itself have been merged since; callers follow the chain.
   *
   * @return the story id, or empty when no item merged a story with this id
   */
  public Optional<String> mergedInto(String storyId) {
    return unchecked(() -> withSearcher(s -> first(s, new TermQuery(new Term(IndexFields.MERGED_STORY, storyId)))
        .map(doc -> JsonCodec.decode(doc.get(IndexFields.MEMBERSHIP_JSON), Membership.class).storyId())));
  }

  /**
   * Finds items by words in any language the index holds and by entity keys. The text is analyzed
   * as each language, never parsed as query syntax: any input is safe, and one that yields no term
   * and no key finds nothing.
   *
   * @param queryEntityKeys entity keys the query names (as resolved by analysis); may be empty
   * @param limit how many hits, at most {@link #MAX_SEARCH_HITS}; none when not positive
   * @return hits, best first
   */
  public List<SearchHit> search(String query, Set<String> queryEntityKeys, int limit) throws IOException {
    int n = Math.min(limit, MAX_SEARCH_HITS);
    if (n <= 0) {
      return List.of();
    }
    return withSearcher(s -> {
      Query q = SearchQuery.build(query, queryEntityKeys, languageFields(s), analyzer);
      return q == null ? List.<SearchHit>of() : hits(s, s.search(q, n));
    });
  }

  private static Set<String> languageFields(IndexSearcher searcher) {
    Set<String> fields = new TreeSet<>();
    for (FieldInfo info : FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
      if (LanguageFieldAnalyzer.isLanguageField(info.name)) {
        fields.add(info.name);
      }
    }
    return fields;
  }

  private static List<SearchHit> hits(IndexSearcher searcher, TopDocs top) throws IOException {
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Document doc = searcher.storedFields().document(sd.doc);
      Item item = JsonCodec.decode(doc.get(IndexFields.ITEM_JSON), Item.class);
      Membership m = JsonCodec.decode(doc.get(IndexFields.MEMBERSHIP_JSON), Membership.class);
      hits.add(new SearchHit(item.id(), m.storyId(), item.lang(), item.title(), sd.score));
    }
    return hits;
  }

  /** @return the number of items */
  public int itemCount() {
    return count(IndexFields.TYPE_ITEM);
  }

  /** @return the number of stories */
  public int storyCount() {
    return count(IndexFields.TYPE_STORY);
  }

  private int count(String type) {
    return unchecked(() -> withSearcher(s -> s.count(typeQuery(type))));
  }

  private <T> Optional<T> stored(String key, String field, Class<T> type) {
    return unchecked(() -> withSearcher(s -> first(s, new TermQuery(new Term(IndexFields.KEY, key)))
        .map(doc -> JsonCodec.decode(doc.get(field), type))));
  }

  private <T> List<T> all(String typeName, Sort sort, String field, Class<T> type) {
    return unchecked(() -> withSearcher(s -> {
      int n = Math.max(1, s.count(typeQuery(typeName)));
      return decodeAll(s, s.search(typeQuery(typeName), n, sort), field, type);
    }));
  }

  private static <T> List<T> decodeAll(IndexSearcher searcher, TopDocs top, String field, Class<T> type)
      throws IOException {
    List<T> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(JsonCodec.decode(searcher.storedFields().document(sd.doc, Set.of(field)).get(field), type));
    }
    return out;
  }

  private static Optional<Document> first(IndexSearcher searcher, Query query) throws IOException {
    TopDocs top = searcher.search(query, 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
  }

  private static Query typeQuery(String type) {
    return new TermQuery(new Term(IndexFields.TYPE, type));
  }

  /** Work against one point-in-time searcher. */
  @FunctionalInterface
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Reads that declare no exception: an I/O failure reading the index is unchecked. */
  @FunctionalInterface
  private interface IoSupplier<T> {
    T get() throws IOException;
  }

  private static <T> T unchecked(IoSupplier<T> read) {
    try {
      return read.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the index, discarding whatever was put since the last {@link #commit}. */
  @Override
  public synchronized void close() throws IOException {
    try (directory; analyzer; writer; searchers) {
      // closed in reverse order: searchers, the writer (rolling back), the analyzer, the directory
    }
  }
}
