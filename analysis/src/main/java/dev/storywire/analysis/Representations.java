package dev.storywire.analysis;

import dev.storywire.analysis.entities.Mention;
import dev.storywire.analysis.entities.NameKey;
import dev.storywire.analysis.numbers.NumberFinder;
import dev.storywire.analysis.pivot.PivotTranslator;
import dev.storywire.analysis.script.ScriptGroup;
import dev.storywire.analysis.script.ScriptProfile;
import dev.storywire.analysis.text.Shingles;
import dev.storywire.analysis.text.TextNormalizer;
import dev.storywire.model.DateMention;
import dev.storywire.model.Entity;
import dev.storywire.model.EntityType;
import dev.storywire.model.Granularity;
import dev.storywire.model.Ids;
import dev.storywire.model.NumberMention;
import dev.storywire.model.Representation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/** Builds the {@link Representation} of an item: anchors, per-language terms, shingles, hash. */
final class Representations {
  /** Each title term counts this many times: the headline says what the item is about. */
  static final int TITLE_TERM_WEIGHT = 3;

  /** A Latin word inside non-Latin text becomes an anchor of its own from this many letters (xAI no, Grok yes). */
  static final int MIN_LATIN_ANCHOR_LETTERS = 4;

  /** Numbers without a unit become anchors only from this value: small bare numbers are everywhere. */
  static final double MIN_UNITLESS_ANCHOR = 100;

  /** The field name passed to analyzers; analysis does not depend on it. */
  private static final String FIELD = "body";

  private final LanguageAnalyzers analyzers;
  private final PivotTranslator pivotTranslator;
  private final Map<String, Double> pivot = new HashMap<>();
  private final Set<String> anchors = new LinkedHashSet<>();
  /** Key → the first word written with it, for the Latin words anchored on their own. */
  private final Map<String, String> latinWords = new LinkedHashMap<>();
  private final Map<String, Integer> terms = new HashMap<>();

  Representations(LanguageAnalyzers analyzers, PivotTranslator pivotTranslator) {
    this.analyzers = analyzers;
    this.pivotTranslator = pivotTranslator;
  }

  void entities(Collection<Entity> entities) {
    entities.forEach(e -> anchors.add("e:" + e.key()));
  }

  /** Anchors for the Latin words of names written inside non-Latin text. */
  void latinWordsInside(String paragraph, List<Mention> latinMentions) {
    if (ScriptProfile.of(paragraph).dominant() == ScriptGroup.LATIN) {
      return;
    }
    for (Mention m : latinMentions) {
      for (String word : m.text().split(" ")) {
        if (word.codePoints().filter(Character::isLetter).count() >= MIN_LATIN_ANCHOR_LETTERS) {
          String key = NameKey.ofWord(word);
          anchors.add("e:" + key);
          latinWords.putIfAbsent(key, word);
        }
      }
    }
  }

  /**
   * The Latin words anchored on their own, as entities, so that every {@code e:} anchor can be
   * explained with a surface form (the "Google" of "Google DeepMind" inside Chinese text).
   *
   * @return those whose key no entity of {@code entities} has, in order of first use
   */
  List<Entity> wordEntities(Collection<Entity> entities) {
    Set<String> known = new HashSet<>();
    entities.forEach(e -> known.add(e.key()));
    return latinWords.entrySet().stream()
        .filter(w -> !known.contains(w.getKey()))
        .map(w -> new Entity(w.getValue(), w.getKey(), EntityType.OTHER, 1))
        .toList();
  }

  void numbers(Collection<NumberMention> numbers) {
    for (NumberMention n : numbers) {
      if (n.unit() != null || Math.abs(n.value()) >= MIN_UNITLESS_ANCHOR) {
        anchors.add("n:" + NumberFinder.format(n.value()) + "|" + (n.unit() == null ? "" : n.unit()));
      }
    }
  }

  void dates(Collection<DateMention> dates) {
    dates.stream().filter(d -> d.granularity() == Granularity.DAY).forEach(d -> anchors.add("d:" + d.iso()));
  }

  void handles(Collection<String> handles) {
    handles.forEach(h -> anchors.add("h:" + h));
  }

  void urls(Collection<String> urls) {
    urls.forEach(u -> anchors.add("u:" + u));
  }

  /**
   * Adds the analyzed terms of a text in a language, each counted {@code weight} times, and its
   * English translations when the language has a dictionary, with the same weight.
   */
  void terms(String text, @Nullable String lang, int weight) {
    if (lang == null) {
      return;
    }
    Analyzer analyzer = analyzers.forLanguage(lang);
    List<String> analyzed = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        analyzed.add(t);
        terms.merge(lang + ":" + t, weight, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    // The translator meets text through the same analyzer, so it takes these terms as they are.
    pivotTranslator.translate(text, analyzed, lang, weight, pivot);
  }

  /** @return the representation of everything added, with shingles and hash of {@code text} */
  Representation build(String text) {
    String normalized = TextNormalizer.normalize(text);
    String hash = Ids.sha256(normalized.getBytes(StandardCharsets.UTF_8));
    return new Representation(anchors, terms, Shingles.of(normalized), hash, pivot);
  }
}
