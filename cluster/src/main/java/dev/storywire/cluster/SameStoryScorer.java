package dev.storywire.cluster;

import dev.storywire.model.SharedAnchor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores an item against a story with the logistic model of {@link ScorerWeights}. Cross-lingual
 * evidence is anchors only; text similarity applies where the story has members in the item's
 * languages. Absolute amounts of shared evidence are used, never shares of the item's evidence, so
 * a short flash item with two anchors cannot look like a perfect match.
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

  SameStoryScorer(ScorerWeights weights, DocumentFrequencies frequencies) {
    this.weights = weights;
    this.frequencies = frequencies;
  }

  /** The join probability of the item for the story, with its evidence. */
  StoryScore score(ItemProfile item, StoryState story) {
    double text = textSimilarity(item, story);
    double z = weights.bias()
        + anchorEvidence(item, story)
        + weights.text() * text * textConfidence(item.terms())
        + (item.flash() ? weights.flash() : 0)
        + (crossLingual(item, story) ? weights.crossLingual() : 0)
        + (weights.pivot() == 0 ? 0 : weights.pivot() * pivotEvidence(item, story));
    return new StoryScore(story, logistic(z), text);
  }

  /** The anchors the item shares with the story, with labels and weights, strongest first. */
  List<SharedAnchor> explain(ItemProfile item, StoryState story) {
    List<SharedAnchor> shared = new ArrayList<>();
    for (Anchor anchor : item.anchors()) {
      if (story.support(anchor.key()) > 0) {
        shared.add(new SharedAnchor(anchor.key(), item.label(anchor), anchorWeight(anchor)));
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
    MemberSnapshot best = story.snapshots().getFirst();
    double bestEvidence = memberEvidence(item, best);
    for (MemberSnapshot member : story.snapshots()) {
      double evidence = memberEvidence(item, member);
      if (evidence > bestEvidence) {
        best = member;
        bestEvidence = evidence;
      }
    }
    return best.itemId();
  }

  private double memberEvidence(ItemProfile item, MemberSnapshot member) {
    double evidence = weights.text() * item.weightedTerms().cosine(member.terms());
    if (java.util.Collections.disjoint(item.weightedTerms().languages(), member.terms().languages())) {
      evidence += weights.pivot() * pivotCosine(item, member);
    }
    for (Anchor anchor : item.anchors()) {
      if (member.anchorKeys().contains(anchor.key())) {
        evidence += anchorWeight(anchor);
      }
    }
    return evidence;
  }

  private double anchorWeight(Anchor anchor) {
    return weights.kindWeight(anchor.kind()) * frequencies.anchorRarity(anchor.key());
  }

  /**
   * The anchor evidence of the member that shares the most with the item (capped per kind), not
   * of the union of all members: a story that has absorbed many reports carries so many names
   * (London, Iraq, the UK …) that any report would share a few with the union, and the story
   * would snowball. Each joining report has to meet one member on its own evidence.
   */
  private double anchorEvidence(ItemProfile item, StoryState story) {
    double best = 0;
    for (MemberSnapshot member : story.snapshots()) {
      double strong = 0;
      double weak = 0;
      for (Anchor anchor : item.anchors()) {
        if (member.anchorKeys().contains(anchor.key())) {
          if (anchor.kind().strong()) {
            strong += anchorWeight(anchor);
          } else {
            weak += anchorWeight(anchor);
          }
        }
      }
      best = Math.max(best, Math.min(weights.strongCap(), strong) + Math.min(weights.weakCap(), weak));
    }
    return best;
  }

  /**
   * The evidence an item has for a one-member story, as the features the weights multiply (for
   * training the weights on labelled pairs; {@link ScorerWeights#z} of it is this scorer's score).
   */
  PairFeatures features(ItemProfile item, StoryState story) {
    double[] byKind = new double[AnchorKind.values().length];
    MemberSnapshot member = story.snapshots().getFirst();
    for (Anchor anchor : item.anchors()) {
      if (member.anchorKeys().contains(anchor.key())) {
        byKind[anchor.kind().ordinal()] += frequencies.anchorRarity(anchor.key());
      }
    }
    return new PairFeatures(byKind[AnchorKind.ENTITY.ordinal()], byKind[AnchorKind.HANDLE.ordinal()],
        byKind[AnchorKind.URL.ordinal()], byKind[AnchorKind.DAY.ordinal()], byKind[AnchorKind.COARSE_DATE.ordinal()],
        byKind[AnchorKind.NUMBER.ordinal()], textSimilarity(item, story) * textConfidence(item.terms()),
        item.flash() ? 1 : 0, crossLingual(item, story) ? 1 : 0, pivotEvidence(item, story));
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
    return best * Math.min(1.0, (double) item.pivot().weights().size() / FULL_TEXT_CONFIDENCE_TERMS);
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
  private boolean crossLingual(ItemProfile item, StoryState story) {
    WeightedTerms terms = item.weightedTerms();
    if (terms.isEmpty() || story.centroid().coversAny(terms.languages())) {
      return false;
    }
    for (MemberSnapshot member : story.snapshots()) {
      int shared = 0;
      for (Anchor anchor : item.anchors()) {
        if (anchor.kind().strong() && member.anchorKeys().contains(anchor.key())
            && ++shared >= CROSS_LINGUAL_MIN_STRONG_ANCHORS) {
          return true;
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
