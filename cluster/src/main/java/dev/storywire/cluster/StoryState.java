package dev.storywire.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;

/**
 * The live representation of one story: anchor support counts, a term centroid and a few member
 * snapshots, all bounded; plus what the indexes hold for it, so that eviction can remove it.
 */
final class StoryState {

  /** Order of eviction: oldest last member first, ties by id. */
  static final Comparator<StoryState> BY_LAST_TIME =
      Comparator.comparing(StoryState::lastTime).thenComparing(StoryState::id);

  /** Order of eviction among stories kept out of the window: least recently touched by a late item first, ties by id. */
  static final Comparator<StoryState> BY_LAST_LATE_ARRIVAL =
      Comparator.comparingLong(StoryState::lastLateArrival).thenComparing(StoryState::id);

  /** A story's anchors beyond its few hundred best supported are passing mentions. */
  static final int MAX_ANCHORS = 512;

  /** The founder plus the most recent members are enough to name the best match. */
  static final int MAX_SNAPSHOTS = 32;

  private final String id;
  private Instant firstTime;
  private Instant lastTime;
  private final Map<String, Integer> anchorCounts = new HashMap<>();
  private final TermCentroid centroid = new TermCentroid();
  private final List<MemberSnapshot> snapshots = new ArrayList<>();
  /** How many of the snapshots carry each anchor: the anchors any kept member could share. */
  private final Map<String, Integer> snapshotAnchors = new HashMap<>();
  private final SequencedSet<String> anchorPostingKeys = new LinkedHashSet<>();
  private final SequencedSet<String> termPostingKeys = new LinkedHashSet<>();
  private final List<String> originals = new ArrayList<>();
  private int reports;
  private long lastLateArrival = Long.MIN_VALUE;
  private final long foundedArrival;
  /**
   * Scratch of {@link PostingIndex#collect}: the query (a number that changes per item) this
   * story's {@link #preScore} belongs to, so that collecting needs no map of stories.
   */
  long collectedFor = -1;
  /** The pre-score summed for the query {@link #collectedFor}. */
  double preScore;

  StoryState(String id, Instant time, long foundedArrival) {
    this.id = id;
    this.firstTime = time;
    this.lastTime = time;
    this.foundedArrival = foundedArrival;
  }

  /** The arrival number of the item that founded the story: of two stories, the older has the smaller. */
  long foundedArrival() {
    return foundedArrival;
  }

  String id() {
    return id;
  }

  Instant lastTime() {
    return lastTime;
  }

  /**
   * The arrival number (a count of items, not a time) of the last late item that joined or copied
   * the story; {@link Long#MIN_VALUE} when none did.
   */
  long lastLateArrival() {
    return lastLateArrival;
  }

  /** Whether an item at this time may join: within the window of the story's time span. */
  boolean withinWindow(Instant time, Duration window) {
    return !time.isBefore(firstTime.minus(window)) && !time.isAfter(lastTime.plus(window));
  }

  /** Widens the story's time span; callers re-queue the story for eviction around this call. */
  void extendTo(Instant time) {
    firstTime = time.isBefore(firstTime) ? time : firstTime;
    lastTime = time.isAfter(lastTime) ? time : lastTime;
  }

  /** Records that a late item (one out of the window of the newest time seen) touched the story. */
  void touchedLate(long arrival) {
    lastLateArrival = arrival;
  }

  /** Adds a report (not a copy) to the representation. */
  void addReport(ItemProfile profile, long arrival) {
    reports++;
    profile.anchorKeys().forEach(key -> anchorCounts.merge(key, 1, Integer::sum));
    trimAnchors();
    centroid.add(profile.weightedTerms());
    remember(MemberSnapshot.of(profile, arrival));
  }

  /**
   * Takes in another story's evidence and members (the two converged); the founder stays this
   * story's, the other snapshots are the most recent of both. Index entries and originals are the
   * caller's: it re-files them under this story.
   */
  void absorb(StoryState other) {
    firstTime = other.firstTime.isBefore(firstTime) ? other.firstTime : firstTime;
    lastTime = other.lastTime.isAfter(lastTime) ? other.lastTime : lastTime;
    lastLateArrival = Math.max(lastLateArrival, other.lastLateArrival);
    reports += other.reports;
    other.anchorCounts.forEach((key, count) -> anchorCounts.merge(key, count, Integer::sum));
    trimAnchors();
    centroid.add(other.centroid);
    List<MemberSnapshot> others = new ArrayList<>(snapshots.subList(1, snapshots.size()));
    others.addAll(other.snapshots);
    others.sort(Comparator.comparingLong(MemberSnapshot::arrival).thenComparing(MemberSnapshot::itemId));
    MemberSnapshot founder = snapshots.getFirst();
    snapshots.clear();
    snapshots.add(founder);
    snapshots.addAll(others.subList(Math.max(0, others.size() - (MAX_SNAPSHOTS - 1)), others.size()));
    snapshotAnchors.clear();
    snapshots.forEach(snapshot -> snapshot.anchorKeys().forEach(key -> snapshotAnchors.merge(key, 1, Integer::sum)));
  }

  /** How many members carry the anchor; 0 when none. */
  int support(String anchorKey) {
    return anchorCounts.getOrDefault(anchorKey, 0);
  }

  int reports() {
    return reports;
  }

  TermCentroid centroid() {
    return centroid;
  }

  /** The founder and the most recent members, in join order. */
  List<MemberSnapshot> snapshots() {
    return Collections.unmodifiableList(snapshots);
  }

  SequencedSet<String> anchorPostingKeys() {
    return anchorPostingKeys;
  }

  SequencedSet<String> termPostingKeys() {
    return termPostingKeys;
  }

  /** Ids of members indexed as originals for duplicate detection. */
  List<String> originals() {
    return originals;
  }

  /** Whether one of the kept members ({@link #snapshots}) carries the anchor. */
  boolean anySnapshotCarries(String anchorKey) {
    return snapshotAnchors.containsKey(anchorKey);
  }

  private void remember(MemberSnapshot snapshot) {
    if (snapshots.size() >= MAX_SNAPSHOTS) {
      for (String key : snapshots.remove(1).anchorKeys()) {
        snapshotAnchors.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
      }
    }
    snapshots.add(snapshot);
    snapshot.anchorKeys().forEach(key -> snapshotAnchors.merge(key, 1, Integer::sum));
  }

  /** Keeps the best supported anchors (ties by key) once the story holds twice its bound. */
  private void trimAnchors() {
    if (anchorCounts.size() <= 2 * MAX_ANCHORS) {
      return;
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(anchorCounts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    sorted.subList(MAX_ANCHORS, sorted.size()).forEach(e -> anchorCounts.remove(e.getKey()));
  }
}
