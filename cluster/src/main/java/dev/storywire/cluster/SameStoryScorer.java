package dev.storywire.cluster;

import dev.storywire.model.SharedAnchor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Scores an item against a story with the logistic model of {@link ScorerWeights}. Cross-lingual
 * evidence is anchors only; text similarity applies where the story has members in the item's
 * languages. Anchor evidence is the absolute amount shared, so a short flash item with two anchors
 * cannot look like a perfect match, damped where it is a small part of what both reports carry
 * ({@link #shareFactor}), so two long articles on one subject are not one story for the many
 * names they both mention.
 */
final class SameStoryScorer {

  /**
   * A text of fewer distinct terms than this gets proportionally less weight for its cosine: one
   * shared word between a one-word item and a story is a cosine near 1 and means nothing.
   */
  static final int FULL_TEXT_CONFIDENCE_TERMS = 12;

  /** Strong anchors an item must share with one member for the cross-lingual offset to apply. */
  static final int CROSS_LINGUAL_MIN_STRONG_ANCHORS = 2;

  private static final Comparator<SharedAnchor> STRONGEST_FIRST =
      Comparator.comparingDouble((SharedAnchor a) -> -a.weight()).thenComparing(SharedAnchor::anchor);

  private final ScorerWeights weights;
  private final DocumentFrequencies frequencies;
  /** The item whose anchor weights {@link #weightsOf} holds, and the frequencies' version then. */
  private @Nullable ItemProfile weighedItem;
  private long weighedVersion;
  private double[] anchorWeights = new double[0];
  /** Scratch of {@link #anchorEvidence}: each member's strong and weak sums, by snapshot slot. */
  private final double[] strongBySlot = new double[StoryState.MAX_SNAPSHOTS];
  private final double[] weakBySlot = new double[StoryState.MAX_SNAPSHOTS];
  private final int[] sharedBySlot = new int[StoryState.MAX_SNAPSHOTS];

  /**
   * The part of the smaller anchor set two reports must share for their anchor evidence to count
   * fully; below it the evidence counts by the square root of the part reached. Two reports of one
   * event share a good part of their names and numbers; two long articles on one subject (US
   * politics, the war in Ukraine) share many names too, but a small part of the names each
   * carries, and summed rarities alone cannot tell them apart while every name is still rare (a
   * new installation, a small archive). Chosen on xling_news, mean of 5 orders (pairwise F1 /
   * BCubed F1) and SemEval (Pearson), from 0.15, 0.2, 0.3 and 0.4, linear or square root: none
   * 0.303 / 0.695 / 0.574, 0.3 square root 0.382 / 0.708 / 0.557, 0.3 linear 0.396 / 0.711 / 0.543.
   */
  static final double FULL_SHARE = 0.3;

  SameStoryScorer(ScorerWeights weights, DocumentFrequencies frequencies) {
    this.weights = weights;
    this.frequencies = frequencies;
  }

  /** The join probability of the item for the story, with its evidence. */
  StoryScore score(ItemProfile item, StoryState story) {
    double text = textSimilarity(item, story);
    Shared candidates = anchorsInSnapshots(item, story);
    double z = weights.bias()
        + anchorEvidence(item, story, candidates)
        + weights.text() * text * textConfidence(item.terms())
        + (item.flash() ? weights.flash() : 0)
        + (crossLingual(item, story, candidates) ? weights.crossLingual() : 0)
        + (weights.pivot() == 0 ? 0 : weights.pivot() * pivotEvidence(item, story));
    return new StoryScore(story, logistic(z), text);
  }

  /** The anchors the item shares with the story, with labels and weights, strongest first. */
  List<SharedAnchor> explain(ItemProfile item, StoryState story) {
    List<SharedAnchor> shared = new ArrayList<>();
    double[] anchorWeight = weightsOf(item);
    List<Anchor> anchors = item.anchors();
    for (int i = 0; i < anchors.size(); i++) {
      Anchor anchor = anchors.get(i);
      if (story.support(anchor.key()) > 0) {
        shared.add(new SharedAnchor(anchor.key(), item.label(anchor), anchorWeight[i]));
      }
    }
    shared.sort(STRONGEST_FIRST);
    return shared;
  }

  /**
   * The member most like the item by the same evidence (anchors and same-language cosine), ties
   * to the earlier member, among the founder and the recent members the story keeps.
   *
   * @return its id (a story always keeps its founder, so there is one)
   */
  String bestMember(ItemProfile item, StoryState story) {
    int[] candidates = anchorsInSnapshots(item, story).positions();
    MemberSnapshot best = story.snapshots().getFirst();
    double bestEvidence = memberEvidence(item, best, candidates);
    for (MemberSnapshot member : story.snapshots()) {
      double evidence = memberEvidence(item, member, candidates);
      if (evidence > bestEvidence) {
        best = member;
        bestEvidence = evidence;
      }
    }
    return best.itemId();
  }

  /** The member's evidence; {@code candidates}: {@link #anchorsInSnapshots} of the item and the member's story. */
  private double memberEvidence(ItemProfile item, MemberSnapshot member, int[] candidates) {
    double evidence = weights.text() * item.weightedTerms().cosine(member.terms());
    if (java.util.Collections.disjoint(item.weightedTerms().languages(), member.terms().languages())) {
      evidence += weights.pivot() * pivotCosine(item, member);
    }
    double[] anchorWeight = weightsOf(item);
    List<Anchor> anchors = item.anchors();
    for (int i : candidates) {
      if (member.anchorKeys().contains(anchors.get(i).key())) {
        evidence += anchorWeight[i];
      }
    }
    return evidence;
  }

  /**
   * The weight of each of the item's anchors ({@code kindWeight * rarity}), in the order of {@link
   * ItemProfile#anchors()}; computed once per item and kept while the frequencies do not change
   * (an item is scored against all its candidates before it is counted).
   */
  private double[] weightsOf(ItemProfile item) {
    if (item != weighedItem || frequencies.version() != weighedVersion) {
      List<Anchor> anchors = item.anchors();
      double[] computed = new double[anchors.size()];
      for (int i = 0; i < computed.length; i++) {
        Anchor anchor = anchors.get(i);
        computed[i] = weights.kindWeight(anchor.kind()) * frequencies.anchorRarity(anchor.key());
      }
      anchorWeights = computed;
      weighedItem = item;
      weighedVersion = frequencies.version();
    }
    return anchorWeights;
  }

  /**
   * The positions (ascending) of the item's anchors that some kept member of the story carries,
   * with the slots of the members that carry each ({@link StoryState#carriers}): only these can
   * count for any member, and each member's sum adds them in the same order as a walk over all of
   * them would (sums come out the same).
   */
  private static Shared anchorsInSnapshots(ItemProfile item, StoryState story) {
    List<Anchor> anchors = item.anchors();
    int[] found = new int[anchors.size()];
    int[] carriers = new int[anchors.size()];
    int n = 0;
    for (int i = 0; i < found.length; i++) {
      int slots = story.carriers(anchors.get(i).key());
      if (slots != 0) {
        found[n] = i;
        carriers[n++] = slots;
      }
    }
    return new Shared(Arrays.copyOf(found, n), Arrays.copyOf(carriers, n));
  }

  /**
   * The item's anchors some kept member carries: their positions in {@link ItemProfile#anchors()}
   * and, for each, the bit set of the slots of the members that carry it.
   */
  private record Shared(int[] positions, int[] carriers) {
    int size() {
      return positions.length;
    }
  }

  /**
   * The anchor evidence of the member that shares the most with the item (capped per kind), not
   * of the union of all members: a story that has absorbed many reports carries so many names
   * (London, Iraq, the UK …) that any report would share a few with the union, and the story
   * would snowball. Each joining report has to meet one member on its own evidence.
   */
  private double anchorEvidence(ItemProfile item, StoryState story, Shared candidates) {
    if (candidates.size() == 0) {
      return 0;
    }
    double[] anchorWeight = weightsOf(item);
    List<Anchor> anchors = item.anchors();
    // Each member's sums, by slot, adding in the order of the candidates as a walk per member would.
    double[] strong = strongBySlot;
    double[] weak = weakBySlot;
    int[] count = sharedBySlot;
    Arrays.fill(strong, 0);
    Arrays.fill(weak, 0);
    Arrays.fill(count, 0);
    for (int c = 0; c < candidates.size(); c++) {
      int i = candidates.positions()[c];
      double[] sums = anchors.get(i).kind().strong() ? strong : weak;
      for (int slots = candidates.carriers()[c]; slots != 0; slots &= slots - 1) {
        int slot = Integer.numberOfTrailingZeros(slots);
        sums[slot] += anchorWeight[i];
        count[slot]++;
      }
    }
    // A slot without a member sums to 0, which cannot beat the start; max is order-free.
    double best = 0;
    for (int slot = 0; slot < StoryState.MAX_SNAPSHOTS; slot++) {
      if (count[slot] > 0) {
        double evidence = Math.min(weights.strongCap(), strong[slot]) + Math.min(weights.weakCap(), weak[slot]);
        best = Math.max(best, evidence * shareFactor(count[slot], anchors.size(), story.anchorCount(slot)));
      }
    }
    return best;
  }

  /**
   * How much of two reports' anchor evidence counts: all of it when they share {@link
   * #FULL_SHARE} of the smaller of their anchor sets, the square root of the part reached below
   * (a tenth shared where 0.3 is full: 0.58).
   */
  static double shareFactor(int shared, int itemAnchors, int memberAnchors) {
    int smaller = Math.max(1, Math.min(itemAnchors, memberAnchors));
    return Math.min(1.0, Math.sqrt(shared / (smaller * FULL_SHARE)));
  }

  /**
   * The evidence an item has for a one-member story, as the features the weights multiply (for
   * training the weights on labelled pairs; {@link ScorerWeights#z} of it is this scorer's score).
   */
  PairFeatures features(ItemProfile item, StoryState story) {
    double[] byKind = new double[AnchorKind.values().length];
    MemberSnapshot member = story.snapshots().getFirst();
    int shared = 0;
    for (Anchor anchor : item.anchors()) {
      if (member.anchorKeys().contains(anchor.key())) {
        byKind[anchor.kind().ordinal()] += frequencies.anchorRarity(anchor.key());
        shared++;
      }
    }
    double factor = shared == 0 ? 1 : shareFactor(shared, item.anchors().size(), member.anchorKeys().size());
    for (int k = 0; k < byKind.length; k++) {
      byKind[k] *= factor;
    }
    return new PairFeatures(byKind[AnchorKind.ENTITY.ordinal()], byKind[AnchorKind.HANDLE.ordinal()],
        byKind[AnchorKind.URL.ordinal()], byKind[AnchorKind.DAY.ordinal()], byKind[AnchorKind.COARSE_DATE.ordinal()],
        byKind[AnchorKind.NUMBER.ordinal()], textSimilarity(item, story) * textConfidence(item.terms()),
        item.flash() ? 1 : 0, crossLingual(item, story, anchorsInSnapshots(item, story)) ? 1 : 0,
        pivotEvidence(item, story));
  }

  /**
   * The cosine of the item's English pivot vector with the most similar member's, times the
   * item's pivot confidence; only where no text can be compared directly (the story has no member
   * in any of the item's languages) and both sides have pivot terms. The best member, not a
   * centroid, for the reason of {@link #anchorEvidence}.
   */
  private double pivotEvidence(ItemProfile item, StoryState story) {
    WeightedTerms terms = item.weightedTerms();
    if (item.pivot().isEmpty() || terms.isEmpty() || story.centroid().coversAny(terms.languages())) {
      return 0;
    }
    double best = 0;
    for (MemberSnapshot member : story.snapshots()) {
      best = Math.max(best, pivotCosine(item, member));
    }
    return best * Math.min(1.0, (double) item.pivot().size() / FULL_TEXT_CONFIDENCE_TERMS);
  }

  private static double pivotCosine(ItemProfile item, MemberSnapshot member) {
    return item.pivot().isEmpty() || member.pivot().isEmpty() ? 0 : item.pivot().cosine(member.pivot());
  }

  /**
   * Whether the cross-lingual offset applies: the item has text, the story has no member in any of
   * its languages (so no text can be compared), and the item shares at least {@link
   * #CROSS_LINGUAL_MIN_STRONG_ANCHORS} strong anchors (names, handles, URLs) with one member.
   * Across languages shared names are the evidence that stands in for text; one famous name
   * (Musk) is shared by many unrelated reports, and days and numbers alone never get the offset.
   */
  private boolean crossLingual(ItemProfile item, StoryState story, Shared candidates) {
    WeightedTerms terms = item.weightedTerms();
    if (candidates.size() < CROSS_LINGUAL_MIN_STRONG_ANCHORS || terms.isEmpty()
        || story.centroid().coversAny(terms.languages())) {
      return false;
    }
    List<Anchor> anchors = item.anchors();
    int[] shared = new int[StoryState.MAX_SNAPSHOTS];
    for (int c = 0; c < candidates.size(); c++) {
      if (anchors.get(candidates.positions()[c]).kind().strong()) {
        for (int slots = candidates.carriers()[c]; slots != 0; slots &= slots - 1) {
          if (++shared[Integer.numberOfTrailingZeros(slots)] >= CROSS_LINGUAL_MIN_STRONG_ANCHORS) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private double textSimilarity(ItemProfile item, StoryState story) {
    WeightedTerms terms = item.weightedTerms();
    if (terms.isEmpty() || !story.centroid().coversAny(terms.languages())) {
      return 0;
    }
    return story.centroid().cosine(terms);
  }

  private static double textConfidence(TermVector terms) {
    return Math.min(1.0, (double) terms.size() / FULL_TEXT_CONFIDENCE_TERMS);
  }

  static double logistic(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
