package dev.storywire.store;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Builds the item query for user input: the input is analyzed as every language the index holds
 * and never parsed as query syntax, so no input can make a query fail.
 */
final class SearchQuery {

  /** Longest query text analyzed, in characters; a search box query is far shorter. */
  static final int MAX_QUERY_CHARS = 1_000;

  /**
   * Most term clauses in one query. Every language field multiplies the terms, and Lucene refuses
   * a query of more than {@code IndexSearcher.getMaxClauseCount()} (1,024 by default) clauses.
   */
  static final int MAX_CLAUSES = 1_000;

  /** A headline term says more about what an item is about than a body term. */
  static final float TITLE_BOOST = 2f;

  /** A resolved entity key is cross-language evidence: the strongest signal for a name query. */
  static final float ENTITY_BOOST = 3f;

  /** A query word that equals an entity key as written ("Babuschkin"), without resolution. */
  static final float NAME_AS_KEY_BOOST = 1.5f;

  private SearchQuery() {}

  /**
   * @param languageFields the {@code text_*} and {@code title_*} fields present in the index
   * @return the query restricted to items, or null when the input yields no term at all
   */
  static @Nullable Query build(String text, Set<String> entityKeys, Collection<String> languageFields, Analyzer analyzer)
      throws IOException {
    String query = text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String key : entityKeys) {
      clauses += add(any, clauses, IndexFields.ENTITY_KEY, key, ENTITY_BOOST);
    }
    for (String word : wordsAsKeys(query)) {
      clauses += add(any, clauses, IndexFields.ENTITY_KEY, word, NAME_AS_KEY_BOOST);
    }
    for (String field : languageFields) {
      float boost = field.startsWith(LanguageFieldAnalyzer.TITLE_PREFIX) ? TITLE_BOOST : 1f;
      for (String term : analyze(analyzer, field, query)) {
        clauses += add(any, clauses, field, term, boost);
      }
    }
    if (clauses == 0) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ITEM)), BooleanClause.Occur.FILTER)
        .add(any.build(), BooleanClause.Occur.MUST)
        .build();
  }

  /** Adds one SHOULD clause unless the value is unusable or the clause budget is spent; returns 0 or 1. */
  private static int add(BooleanQuery.Builder any, int clauses, String field, String value, float boost) {
    if (clauses >= MAX_CLAUSES || value.isEmpty() || value.length() > IndexFields.MAX_KEYWORD_CHARS) {
      return 0;
    }
    Query term = new TermQuery(new Term(field, value));
    any.add(boost == 1f ? term : new BoostQuery(term, boost), BooleanClause.Occur.SHOULD);
    return 1;
  }

  /** The trimmed query and each whitespace-separated word, to be matched against entity keys. */
  private static Set<String> wordsAsKeys(String query) {
    Set<String> words = new LinkedHashSet<>();
    String trimmed = query.strip();
    if (!trimmed.isEmpty()) {
      words.add(trimmed);
      words.addAll(List.of(trimmed.split("\\s+")));
    }
    return words;
  }

  /** The distinct terms {@code field}'s analyzer makes of {@code text}, in order. */
  static Set<String> analyze(Analyzer analyzer, String field, String text) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (term.length() > 0) {
          terms.add(term.toString());
        }
      }
      tokens.end();
    }
    return terms;
  }
}
