package dev.storywire.cluster;

import dev.storywire.model.Ids;
import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.SharedAnchor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Clusters items into stories one at a time, within a time window, across languages.
 *
 * <p>Each item is first checked for an exact or near copy of a live original (it then joins the
 * original's story as a copy, not a new report); else candidate stories come from inverted indexes
 * of strong anchors and rare terms, bounded per key and evicted with their stories, so the cost per
 * item does not grow with the archive; the best candidate is joined when the {@link
 * SameStoryScorer} gives at least {@link ClusterConfig#joinThreshold()}, else the item founds a
 * story. Stories converge: when an item matches other candidates as surely as {@link
 * ClusterConfig#mergeThreshold()}, besides the one it joins, those stories were one all along and are merged into
 * the oldest of them, which the item joins (its membership lists them; see {@link
 * Membership#merged()}). A story leaves memory when its last member falls more than the window behind the newest
 * time seen, unless a late item (one already that far behind when it arrived: a back catalogue, an
 * archive replayed in any order) touched it in the last {@link #LATE_ARRIVALS} arrivals, so late
 * items still meet the stories other late items founded. Every decision is a deterministic function of the input order: nothing depends on hash
 * map iteration order, and ties go to the smaller story id.
 *
 * <p>Not thread-safe: one pipeline thread owns an instance.
 */
public final class StreamingClusterer {

  /** Strong anchors looked up per item: its rarest two dozen reach every story worth scoring. */
  static final int MAX_QUERY_ANCHORS = 24;

  /** Strong anchors under which each member's story is filed. */
  static final int MAX_INDEX_ANCHORS = 32;

  /**
   * Originals kept per story for copy detection: copies follow their original within hours, so a
   * story that runs for weeks needs only its recent members indexed.
   */
  static final int MAX_ORIGINALS_PER_STORY = 256;

  /** Keys per story and index: a few dozen members' worth, enough to find a long story by what it is about now. */
  static final int MAX_KEYS_PER_STORY = 1024;

  /**
   * Arrivals during which a story out of the window stays in memory after a late item last touched
   * it. It bounds what late items cost: at most this many stories beyond those within the window,
   * and none when items arrive in time order.
   */
  static final int LATE_ARRIVALS = 10_000;


  /** A shared rare term is weaker evidence of a candidate than a shared anchor. */
  static final double TERM_PRE_SCORE_WEIGHT = 0.5;

  private final ClusterConfig config;
  private final Corrections corrections;
  /** The story each correction group's first item went to. */
  private final Map<String, String> storyOfGroup = new HashMap<>();
  /** Stories that hold corrected items: the user decided their membership, so they are never merged. */
  private final Set<String> correctedStories = new HashSet<>();
  private final DocumentFrequencies frequencies = new DocumentFrequencies();
  private final ItemProfiler profiler;
  private final SameStoryScorer scorer;
  private final DuplicateIndex duplicates = new DuplicateIndex();
  private final PostingIndex anchorPostings;
  private final PostingIndex termPostings;
  private final Map<String, StoryState> live = new HashMap<>();
  /** Live stories within the window of the newest time seen, by the time of their last member. */
  private final TreeSet<StoryState> byLastTime = new TreeSet<>(StoryState.BY_LAST_TIME);
  /** Live stories out of that window, kept for late items, least recently touched by one first. */
  private final TreeSet<StoryState> keptForLate = new TreeSet<>(StoryState.BY_LAST_LATE_ARRIVAL);
  private @Nullable Instant watermark;
  private long arrivals;
  /** Numbers each candidate query, for the stories' pre-score scratch ({@link StoryState#collectedFor}). */
  private long queries;
  /** Scratch of {@link #candidates}: the stories one query reached. */
  private final List<StoryState> reached = new ArrayList<>();
  /** Whether the item being added is late: more than the window behind the newest time seen. */
  private boolean late;
  private int storiesFounded;
  private int lastCandidatesScored;
  private int lastStoriesReached;
  private double lastBestProbability;

  public StreamingClusterer(ClusterConfig config) {
    this(config, Corrections.NONE);
  }

  /** A clusterer that follows the user's corrections (see {@link Corrections}). */
  public StreamingClusterer(ClusterConfig config, Corrections corrections) {
    this.config = Objects.requireNonNull(config);
    this.corrections = Objects.requireNonNull(corrections);
    this.profiler = new ItemProfiler(config);
    this.scorer = new SameStoryScorer(config.weights(), frequencies);
    this.anchorPostings = new PostingIndex(config.maxPostingsPerKey());
    this.termPostings = new PostingIndex(config.maxPostingsPerKey());
  }

  /**
   * The part of clustering an item that depends on the item alone (its time, parsed anchors,
   * terms, pivot weights and copy signature), with this clusterer's count objects of its anchors
   * and terms looked up ahead. Safe to call on any thread, also while another thread adds: a
   * pipeline prepares items on its workers and hands them, in order, to {@link
   * #add(PreparedItem)}, so that the one thread owning the clusterer does only the rest. An item
   * prepared for another clusterer is still clustered right (its counts are looked up again).
   */
  public PreparedItem prepare(Item item) {
    return ItemProfiler.prepare(item, ItemTime.of(item), frequencies);
  }

  /**
   * Clusters one new item and remembers the result; the same as {@link #add(PreparedItem)} of
   * {@link #prepare}.
   *
   * @return its membership: a copy of a live original, a join of the best story, or the founding
   *     of a new story ({@link Membership#founder})
   */
  public Membership add(Item item) {
    return add(prepare(item));
  }

  /** Clusters one new item, prepared by {@link #prepare}, and remembers the result; see {@link #add(Item)}. */
  public Membership add(PreparedItem prepared) {
    ItemProfile profile = arrive(prepared);
    String group = corrections.groupOf(prepared.item().id());
    Membership membership = group != null ? corrected(profile, group) : decide(profile);
    apply(profile, membership);
    remember(group, membership);
    return membership;
  }

  /**
   * The membership a correction decides: the story of the group's first item (reopened when it
   * left the window), or a new story founded by this item when it is the group's first. Evidence and text similarity are still computed, so
   * the membership explains what the item shares with its story.
   */
  private Membership corrected(ItemProfile profile, String group) {
    lastCandidatesScored = 0;
    lastStoriesReached = 0;
    lastBestProbability = 1.0;
    String storyId = storyOfGroup.get(group);
    if (storyId == null) {
      return Membership.founder(profile.id(), Ids.story(profile.id()));
    }
    StoryState story = live.get(storyId);
    if (story == null) { // out of the window: the correction still holds, with no evidence to show
      return new Membership(profile.id(), storyId, 1.0, null, List.of(), 0, null);
    }
    return new Membership(profile.id(), story.id(), 1.0, scorer.bestMember(profile, story),
        scorer.explain(profile, story), scorer.score(profile, story).textSimilarity(), null);
  }

  private void remember(@Nullable String group, Membership membership) {
    if (group != null) {
      correctedStories.add(membership.clusteredStory());
    }
    if (group != null && !storyOfGroup.containsKey(group)) {
      storyOfGroup.put(group, membership.clusteredStory());
    }
  }

  /**
   * Re-creates the state an earlier {@link #add} left, from its stored result, without scoring.
   * Restoring stored memberships in their original order and then adding new items gives the same
   * memberships as adding everything.
   *
   * @throws IllegalArgumentException when the membership is not the item's
   */
  public void restore(Item item, Membership membership) {
    restore(prepare(item), membership);
  }

  /** {@link #restore(Item, Membership)} of an item prepared by {@link #prepare}. */
  public void restore(PreparedItem prepared, Membership membership) {
    Item item = prepared.item();
    if (!membership.itemId().equals(item.id())) {
      throw new IllegalArgumentException("membership of " + membership.itemId() + " given for " + item.id());
    }
    apply(arrive(prepared), membership);
    remember(corrections.groupOf(item.id()), membership);
  }

  /** The number of stories founded so far (by {@link #add} or restored), evicted ones included. */
  public int storyCount() {
    return storiesFounded;
  }

  /**
   * What the clusterer holds in memory now, for benchmarks and monitoring.
   *
   * @param liveStories stories within the window
   * @param anchorKeys keys of the anchor index
   * @param termKeys keys of the term index
   * @param frequencyKeys anchors and terms counted for rarity
   * @param originals members indexed for copy detection
   */
  public record Stats(int liveStories, int anchorKeys, int termKeys, int frequencyKeys, int originals) {}

  /** The sizes of the live state (cheap: no iteration). */
  public Stats stats() {
    return new Stats(live.size(), anchorPostings.keyCount(), termPostings.keyCount(), frequencies.size(),
        duplicates.size());
  }

  /** Stories held in memory, within the window. */
  int liveStoryCount() {
    return live.size();
  }

  /** Whether the story is held in memory. */
  boolean isLive(String storyId) {
    return live.containsKey(storyId);
  }

  /** How many candidate stories the last {@link #add} scored (at most {@link ClusterConfig#maxCandidates()}). */
  int lastCandidatesScored() {
    return lastCandidatesScored;
  }

  /** How many distinct stories the last {@link #add} reached through the indexes before the cut. */
  int lastStoriesReached() {
    return lastStoriesReached;
  }

  /** The best candidate's join probability in the last {@link #add}, 0 when it had none or was a copy. */
  double lastBestProbability() {
    return lastBestProbability;
  }

  int indexedKeyCount() {
    return anchorPostings.keyCount() + termPostings.keyCount();
  }

  int frequencyKeyCount() {
    return frequencies.size();
  }

  int indexedOriginalCount() {
    return duplicates.size();
  }

  private ItemProfile arrive(PreparedItem prepared) {
    Instant time = prepared.time;
    arrivals++;
    advanceTo(time);
    late = time.isBefore(watermark.minus(config.window()));
    return profiler.profile(prepared, frequencies);
  }

  private Membership decide(ItemProfile profile) {
    Optional<DuplicateIndex.Hit> copy = duplicates.find(profile, config.nearDuplicateJaccard());
    if (copy.isPresent()) {
      return copyOf(profile, copy.get());
    }
    List<StoryState> candidates = candidates(profile);
    lastCandidatesScored = candidates.size();
    List<StoryScore> scores = candidates.stream().map(story -> scorer.score(profile, story)).sorted(StoryScore.BEST_FIRST).toList();
    lastBestProbability = scores.isEmpty() ? 0.0 : scores.getFirst().probability();
    if (scores.isEmpty() || scores.getFirst().probability() < config.joinThreshold()) {
      return Membership.founder(profile.id(), Ids.story(profile.id()));
    }
    List<StoryScore> converging = scores.stream()
        .filter(score -> score.probability() >= config.mergeThreshold())
        .filter(score -> !correctedStories.contains(score.story().id()))
        .toList();
    if (converging.size() < 2 || !converging.contains(scores.getFirst())) {
      return join(profile, scores.getFirst());
    }
    StoryScore survivor = converging.stream().min(Comparator.comparingLong((StoryScore score) -> score.story().foundedArrival())
        .thenComparing(score -> score.story().id())).orElseThrow();
    List<String> merged = converging.stream().map(score -> score.story().id())
        .filter(id -> !id.equals(survivor.story().id())).sorted().toList();
    return join(profile, survivor).merging(merged);
  }

  private Membership copyOf(ItemProfile profile, DuplicateIndex.Hit hit) {
    String originalId = hit.original().itemId();
    StoryState story = live.get(hit.original().storyId());
    List<SharedAnchor> shared = story == null ? List.of() : scorer.explain(profile, story);
    lastCandidatesScored = 0;
    lastStoriesReached = 0;
    lastBestProbability = 0;
    return new Membership(profile.id(), hit.original().storyId(), 1.0, originalId, shared, hit.similarity(), originalId);
  }

  private Membership join(ItemProfile profile, StoryScore best) {
    StoryState story = best.story();
    return new Membership(
        profile.id(),
        story.id(),
        best.probability(),
        scorer.bestMember(profile, story),
        scorer.explain(profile, story),
        best.textSimilarity(),
        null);
  }

  /**
   * Live stories within the window that share a strong anchor or a rare term with the item, best
   * pre-score first (the sum of the rarities of the keys they share), ties by id, at most {@link
   * ClusterConfig#maxCandidates()}.
   */
  private List<StoryState> candidates(ItemProfile profile) {
    long query = ++queries;
    List<StoryState> reached = this.reached;
    reached.clear();
    List<Anchor> anchors = profile.strongAnchors();
    for (int i = 0; i < anchors.size() && i < MAX_QUERY_ANCHORS; i++) {
      String key = anchors.get(i).key();
      anchorPostings.collect(key, frequencies.anchorRarity(key), query, reached);
    }
    for (String term : profile.queryTerms()) {
      termPostings.collect(term, TERM_PRE_SCORE_WEIGHT * frequencies.termRarity(term), query, reached);
    }
    lastStoriesReached = reached.size();
    int eligible = 0;
    Instant earliest = profile.time().minus(config.window());
    Instant latest = profile.time().plus(config.window());
    for (StoryState story : reached) {
      if (story.spans(earliest, latest)) {
        reached.set(eligible++, story);
      }
    }
    // The best few of a total order (pre-score, ties by id): only stories scoring at least the
    // max-th best pre-score can be among them, found by sorting the scores alone.
    int max = config.maxCandidates();
    List<StoryState> kept = new ArrayList<>(Math.min(eligible, 2 * max));
    if (eligible > max) {
      double[] scores = new double[eligible];
      for (int i = 0; i < eligible; i++) {
        scores[i] = reached.get(i).preScore;
      }
      Arrays.sort(scores);
      double cut = scores[eligible - max];
      for (int i = 0; i < eligible; i++) {
        if (Double.compare(reached.get(i).preScore, cut) >= 0) {
          kept.add(reached.get(i));
        }
      }
    } else {
      kept.addAll(reached.subList(0, eligible));
    }
    kept.sort((a, b) -> worseFirst(b, a));
    reached.clear();
    return kept.size() > max ? List.copyOf(kept.subList(0, max)) : kept;
  }

  /**
   * The order of candidates, worst first: lower pre-score ({@link StoryState#preScore} of the
   * current query), then greater id; its reverse is best first.
   */
  private static int worseFirst(StoryState a, StoryState b) {
    int byScore = Double.compare(a.preScore, b.preScore);
    return byScore != 0 ? byScore : b.id().compareTo(a.id());
  }

  /** Records a decided membership: updates frequencies, the story and the indexes. */
  private void apply(ItemProfile profile, Membership membership) {
    String storyId = membership.clusteredStory();
    StoryState existing = live.get(storyId);
    if (existing != null) {
      for (String absorbed : membership.merged()) {
        StoryState other = live.get(absorbed);
        if (other != null && other != existing) {
          merge(other, existing);
        }
      }
    }
    if (membership.duplicateOf() != null && existing != null) {
      touch(existing, profile.time());
      return;
    }
    if (membership.founded()) {
      storiesFounded++;
    }
    StoryState story = existing != null ? existing : open(storyId, profile.time());
    touch(story, profile.time());
    story.addReport(profile, arrivals);
    frequencies.add(profile.anchorKeys(), profile.anchorCounts(), profile.termKeys(), profile.termCounts());
    index(profile, story);
  }

  private StoryState open(String storyId, Instant time) {
    StoryState story = new StoryState(storyId, time, arrivals);
    live.put(storyId, story);
    byLastTime.add(story);
    return story;
  }

  private void index(ItemProfile profile, StoryState story) {
    profile.strongAnchors().stream()
        .limit(MAX_INDEX_ANCHORS)
        .forEach(anchor -> file(anchorPostings, story.anchorPostingKeys(), anchor.key(), story));
    profile.indexTerms().forEach(term -> file(termPostings, story.termPostingKeys(), term, story));
    duplicates.add(new DuplicateIndex.Original(profile.id(), story.id(), profile.contentHash(), profile.signature()));
    story.originals().add(profile.id());
    if (story.originals().size() > MAX_ORIGINALS_PER_STORY) {
      duplicates.remove(story.originals().removeFirst());
    }
  }

  /**
   * Files the story under a key and remembers the key, most recent last; a story that has been
   * filed under too many keys (it ran for weeks) gives up its least recently used one.
   */
  private static void file(PostingIndex index, SequencedSet<String> storyKeys, String key, StoryState story) {
    index.add(key, story);
    storyKeys.remove(key);
    storyKeys.add(key);
    if (storyKeys.size() > MAX_KEYS_PER_STORY) {
      index.remove(storyKeys.removeFirst(), story);
    }
  }

  /**
   * Moves everything of {@code absorbed} into {@code survivor}: its evidence, its members'
   * snapshots, its index entries and its originals; the absorbed story leaves memory.
   */
  private void merge(StoryState absorbed, StoryState survivor) {
    byLastTime.remove(absorbed);
    keptForLate.remove(absorbed);
    live.remove(absorbed.id());
    absorbed.anchorPostingKeys().forEach(key -> anchorPostings.remove(key, absorbed));
    absorbed.termPostingKeys().forEach(key -> termPostings.remove(key, absorbed));
    byLastTime.remove(survivor);
    keptForLate.remove(survivor);
    survivor.absorb(absorbed);
    byLastTime.add(survivor);
    absorbed.anchorPostingKeys().forEach(key -> file(anchorPostings, survivor.anchorPostingKeys(), key, survivor));
    absorbed.termPostingKeys().forEach(key -> file(termPostings, survivor.termPostingKeys(), key, survivor));
    for (String original : absorbed.originals()) {
      duplicates.reassign(original, survivor.id());
      survivor.originals().add(original);
    }
    while (survivor.originals().size() > MAX_ORIGINALS_PER_STORY) {
      duplicates.remove(survivor.originals().removeFirst());
    }
    storyOfGroup.replaceAll((group, story) -> story.equals(absorbed.id()) ? survivor.id() : story);
  }

  /** Widens the story's time span (and marks it touched by a late item), keeping the eviction orders right. */
  private void touch(StoryState story, Instant time) {
    byLastTime.remove(story);
    keptForLate.remove(story);
    story.extendTo(time);
    if (late) {
      story.touchedLate(arrivals);
    }
    byLastTime.add(story);
  }

  /**
   * Moves the newest time seen forward and evicts stories whose last member fell out of the
   * window, except those a late item touched in the last {@link #LATE_ARRIVALS} arrivals: they
   * wait until that many arrivals have passed without one.
   */
  private void advanceTo(Instant time) {
    if (watermark == null || time.isAfter(watermark)) {
      watermark = time;
    }
    Instant horizon = watermark.minus(config.window());
    long lateHorizon = arrivals - LATE_ARRIVALS;
    while (!byLastTime.isEmpty() && byLastTime.first().lastTime().isBefore(horizon)) {
      StoryState story = byLastTime.pollFirst();
      if (story.lastLateArrival() > lateHorizon) {
        keptForLate.add(story);
      } else {
        evict(story);
      }
    }
    while (!keptForLate.isEmpty() && keptForLate.first().lastLateArrival() <= lateHorizon) {
      evict(keptForLate.pollFirst());
    }
  }

  private void evict(StoryState story) {
    live.remove(story.id());
    story.anchorPostingKeys().forEach(key -> anchorPostings.remove(key, story));
    story.termPostingKeys().forEach(key -> termPostings.remove(key, story));
    story.originals().forEach(duplicates::remove);
  }
}
