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
  static final int MAX_SNAPSHOTS = 32; // at most 32: members' slots are bits of an int (see carriers)

  private final String id;
  private Instant firstTime;
  private Instant lastTime;
  private final Map<String, Integer> anchorCounts = new HashMap<>();
  private final TermCentroid centroid = new TermCentroid();
  private final List<MemberSnapshot> snapshots = new ArrayList<>();
  /**
   * The slots of the snapshots that carry each anchor, as a bit set ({@link #carriers}): the
   * anchors any kept member could share, and which members carry them.
   */
  private final Map<String, Integer> snapshotAnchors = new HashMap<>();
  /** The slot (0 to {@link #MAX_SNAPSHOTS} - 1) of each snapshot, parallel to {@link #snapshots}. */
  private final int[] slotOf = new int[MAX_SNAPSHOTS];
  /** The number of anchors of the snapshot in each slot (0 for a free slot). */
  private final int[] anchorCountOfSlot = new int[MAX_SNAPSHOTS];
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
    return spans(time.minus(window), time.plus(window));
  }

  /**
   * {@link #withinWindow} with the item's time minus and plus the window computed once: the story
   * begins no later than {@code latest} and ends no earlier than {@code earliest}.
   */
  boolean spans(Instant earliest, Instant latest) {
    return !firstTime.isAfter(latest) && !lastTime.isBefore(earliest);
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
    for (int i = 0; i < snapshots.size(); i++) {
      slotOf[i] = i;
      carry(snapshots.get(i), i);
    }
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

  /**
   * The slots of the kept members ({@link #snapshots}) that carry the anchor, as a bit set (bit
   * {@code s} for slot {@code s}); 0 when none does. Slots are stable while a member is kept, and
   * a scorer summing evidence by slot gets each member's sum; which member holds which slot says
   * nothing about join order.
   */
  int carriers(String anchorKey) {
    return snapshotAnchors.getOrDefault(anchorKey, 0);
  }

  /** Keeps the snapshot; when full, the oldest after the founder gives up its slot for it. */
  private void remember(MemberSnapshot snapshot) {
    int slot = snapshots.size();
    if (snapshots.size() >= MAX_SNAPSHOTS) {
      slot = slotOf[1];
      System.arraycopy(slotOf, 2, slotOf, 1, snapshots.size() - 2);
      uncarry(snapshots.remove(1), slot);
    }
    slotOf[snapshots.size()] = slot;
    snapshots.add(snapshot);
    carry(snapshot, slot);
  }

  /** The number of anchors of the kept member in the slot ({@link #carriers}); 0 for a free slot. */
  int anchorCount(int slot) {
    return anchorCountOfSlot[slot];
  }

  private void carry(MemberSnapshot snapshot, int slot) {
    anchorCountOfSlot[slot] = snapshot.anchorKeys().size();
    int bit = 1 << slot;
    snapshot.anchorKeys().forEach(key -> snapshotAnchors.merge(key, bit, (a, b) -> a | b));
  }

  private void uncarry(MemberSnapshot snapshot, int slot) {
    anchorCountOfSlot[slot] = 0;
    int others = ~(1 << slot);
    for (String key : snapshot.anchorKeys()) {
      snapshotAnchors.computeIfPresent(key, (k, slots) -> (slots & others) == 0 ? null : slots & others);
    }
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
