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

  StoryState(String id, Instant time) {
    this.id = id;
    this.firstTime = time;
    this.lastTime = time;
  }

  String id() {
    return id;
  }

  Instant lastTime() {
    return lastTime;
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

  /** Adds a report (not a copy) to the representation. */
  void addReport(ItemProfile profile) {
    reports++;
    profile.anchorKeys().forEach(key -> anchorCounts.merge(key, 1, Integer::sum));
    trimAnchors();
    centroid.add(profile.weightedTerms());
    remember(MemberSnapshot.of(profile));
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
