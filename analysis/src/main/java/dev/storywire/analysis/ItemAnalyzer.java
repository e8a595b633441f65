package dev.storywire.analysis;

import dev.storywire.analysis.ar.ArabicLanguage;
import dev.storywire.analysis.dates.DateCandidate;
import dev.storywire.analysis.dates.DateFinder;
import dev.storywire.analysis.en.EnglishLanguage;
import dev.storywire.analysis.entities.EntityTable;
import dev.storywire.analysis.entities.Mention;
import dev.storywire.analysis.latin.Handles;
import dev.storywire.analysis.numbers.NumberFinder;
import dev.storywire.analysis.script.ScriptProfile;
import dev.storywire.analysis.text.Sentences;
import dev.storywire.analysis.zh.ChineseLanguage;
import dev.storywire.model.AnalyzedParagraph;
import dev.storywire.model.Attribution;
import dev.storywire.model.DateMention;
import dev.storywire.model.Entity;
import dev.storywire.model.EntityType;
import dev.storywire.model.ExtractedPage;
import dev.storywire.model.FlashEntry;
import dev.storywire.model.Ids;
import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.NumberMention;
import dev.storywire.model.Paragraph;
import dev.storywire.model.RawDocument;
import dev.storywire.model.Role;
import dev.storywire.analysis.pivot.PivotTranslator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns an extracted page into items: its article (if any) and one item per ticker entry, each
 * with languages per paragraph, sentences, entities and their cross-script keys, numbers, dates
 * and the representation the clusterer compares. Thread-safe after {@link #create()}.
 */
public final class ItemAnalyzer {
  private final LanguageIdentifier languages;
  private final LanguageAnalyzers analyzers;
  private final NameRecognizer names;
  private final NumberFinder numbers;
  private final DateFinder dates;
  private final PivotTranslator pivot;

  private ItemAnalyzer(LanguageIdentifier languages, LanguageAnalyzers analyzers, NameRecognizer names,
      PivotTranslator pivot) {
    this.languages = languages;
    this.analyzers = analyzers;
    this.names = names;
    this.pivot = pivot;
    this.numbers = new NumberFinder(List.of(ArabicLanguage.NUMBERS, ChineseLanguage.NUMBERS, EnglishLanguage.NUMBERS));
    this.dates = new DateFinder(List.of(ArabicLanguage.DATES, ChineseLanguage.DATES, EnglishLanguage.DATES));
  }

  /** The environment variable naming a directory of installed dictd dictionaries (see {@link #create(Path)}). */
  public static final String DICTIONARIES_ENV = "STORYWIRE_DICTIONARIES";

  /**
   * Loads the bundled lexicons and CLDR names, and the installed dictionaries found in {@code
   * $STORYWIRE_DICTIONARIES}, /usr/share/dictd or ~/.cache/storywire/dictionaries; language
   * models load on first use.
   */
  public static ItemAnalyzer create() {
    String configured = System.getenv(DICTIONARIES_ENV);
    return create(configured == null || configured.isBlank() ? null : Path.of(configured.strip()));
  }

  /**
   * Like {@link #create()}, with the FreeDict xxx-eng dictionaries (dictd format) looked for first
   * in {@code dictionaries} ({@code analysis.dictionaries}), then in the default places; each is
   * read on the first text in its language. Without one, a language's text simply gets no English
   * translations.
   */
  public static ItemAnalyzer create(@Nullable Path dictionaries) {
    LanguageAnalyzers analyzers = LanguageAnalyzers.create();
    return new ItemAnalyzer(LanguageIdentifier.create(), analyzers, NameRecognizer.load(),
        PivotTranslator.load(PivotTranslator.searchPath(dictionaries), analyzers::forLanguage));
  }

  /** The directory each installed dictionary was found in, by language (see {@link PivotTranslator#sources()}). */
  public SortedMap<String, Path> pivotSources() {
    return pivot.sources();
  }

  /** The languages whose text gets English pivot translations, sorted. */
  public java.util.Set<String> pivotLanguages() {
    return pivot.languages();
  }

  /**
   * Items of one page: the article first (if {@code page.hasArticle()}), with id {@code
   * Ids.item(doc.key(), 0)}, then one item per flash entry k (0-based) with id {@code
   * Ids.item(doc.key(), k + 1)}.
   */
  public List<Item> analyze(RawDocument doc, ExtractedPage page) {
    List<Item> items = new ArrayList<>();
    if (page.hasArticle()) {
      items.add(article(doc, page));
    }
    for (int k = 0; k < page.flash().size(); k++) {
      items.add(flash(doc, page.flash().get(k), k + 1));
    }
    return items;
  }

  /** How much of the body start decides the document's language hint: a few paragraphs. */
  static final int DOCUMENT_LANGUAGE_SAMPLE_CHARS = 1_000;

  private Item article(RawDocument doc, ExtractedPage page) {
    String documentLanguage = documentLanguage(page);
    List<AnalyzedParagraph> paragraphs = page.paragraphs().stream().map(p -> paragraph(p, documentLanguage)).toList();
    String title = Titles.article(page.title(), paragraphs);
    LocalDate firstSeen = LocalDate.ofInstant(doc.firstSeen(), ZoneOffset.UTC);
    List<List<DateCandidate>> candidates = paragraphs.stream().map(p -> dates.find(p.text())).toList();
    LocalDate published = page.published() == null ? null : page.published().date();
    LocalDate reference = DocumentDates.reference(published, candidates, paragraphs, firstSeen);
    List<List<DateMention>> mentions = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      mentions.add(DocumentDates.resolve(candidates.get(i), DocumentDates.referenceFor(paragraphs.get(i), reference)));
    }
    Content content = content(title, paragraphs, candidates);
    content.rep.dates(mentions.stream().flatMap(List::stream).toList());
    String lang = mainLanguage(paragraphs, page.langHint());
    content.rep.terms(title, page.title() == null ? lang : languages.identify(title, lang), Representations.TITLE_TERM_WEIGHT);
    String text = String.join("\n\n", paragraphs.stream().map(AnalyzedParagraph::text).toList());
    return new Item(
        Ids.item(doc.key(), 0), ItemKind.ARTICLE, doc.key(), doc.archiveSeq(), doc.source(), lang, title,
        Titles.summary(paragraphs), paragraphs, page.related(),
        page.published() == null ? null : page.published().toIso(), doc.firstSeen(),
        reference == null ? null : reference.toString(), DocumentDates.eventDays(mentions, leadIndex(paragraphs)),
        content.entities, content.numbers, mentions.stream().flatMap(List::stream).toList(), false,
        content.rep.build(text), page.authors(), page.image());
  }

  private Item flash(RawDocument doc, FlashEntry entry, int index) {
    AnalyzedParagraph paragraph = paragraph(Paragraph.body(entry.text()), null);
    List<DateCandidate> candidates = dates.find(entry.text());
    List<DateMention> mentions = DocumentDates.resolve(candidates, entry.date());
    Content content = content(null, List.of(paragraph), List.of(candidates));
    content.rep.dates(mentions);
    List<String> days = mentions.stream().filter(m -> m.granularity() == dev.storywire.model.Granularity.DAY)
        .map(DateMention::iso).distinct().toList();
    List<String> eventDates = !days.isEmpty() ? days : entry.date() == null ? List.of() : List.of(entry.date().toString());
    return new Item(
        Ids.item(doc.key(), index), ItemKind.FLASH, doc.key(), doc.archiveSeq(), doc.source(), paragraph.lang(),
        Titles.flash(entry.text(), dates), Sentences.cut(entry.text(), Titles.SUMMARY_MAX), List.of(paragraph),
        List.of(), flashTime(entry), doc.firstSeen(), entry.date() == null ? null : entry.date().toString(),
        eventDates, content.entities, content.numbers, mentions, entry.truncated(), content.rep.build(entry.text()));
  }

  private static @Nullable String flashTime(FlashEntry entry) {
    if (entry.date() == null) {
      return null;
    }
    return entry.time() == null ? entry.date().toString() : entry.date() + "T" + entry.time();
  }

  private AnalyzedParagraph paragraph(Paragraph p, @Nullable String documentLanguage) {
    return new AnalyzedParagraph(p.role(), languages.identify(p.text(), documentLanguage), p.text(),
        Sentences.of(p.text()), p.attribution());
  }

  /**
   * The language the page declares, else the language of the start of its body: a hint that lets
   * short paragraphs agreeing with it skip the statistical detector. Only a hint; each paragraph
   * still gets its own language.
   */
  private @Nullable String documentLanguage(ExtractedPage page) {
    if (page.langHint() != null && !page.langHint().isBlank()) {
      return page.langHint();
    }
    StringBuilder start = new StringBuilder();
    for (Paragraph p : page.paragraphs()) {
      if (start.length() >= DOCUMENT_LANGUAGE_SAMPLE_CHARS) {
        break;
      }
      start.append(p.text()).append('\n');
    }
    return start.isEmpty() ? null : languages.identify(start.toString());
  }

  /** What the paragraphs of an item contain: entities, numbers, and the representation so far. */
  private record Content(List<Entity> entities, List<NumberMention> numbers, Representations rep) {}

  private Content content(@Nullable String title, List<AnalyzedParagraph> paragraphs, List<List<DateCandidate>> candidates) {
    Representations rep = new Representations(analyzers, pivot);
    List<String> texts = new ArrayList<>();
    if (title != null) {
      texts.add(title);
    }
    paragraphs.forEach(p -> texts.add(p.text()));
    List<List<DateCandidate>> datesOfTexts = new ArrayList<>(candidates);
    if (title != null) {
      datesOfTexts.addFirst(dates.find(title));
    }
    NameRecognizer.DocumentNames document = names.document(texts);
    EntityTable table = new EntityTable();
    List<NumberMention> found = new ArrayList<>();
    List<String> handles = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      List<DateCandidate> inText = datesOfTexts.get(i);
      List<Mention> mentions = names.find(t, document);
      mentions.stream().filter(m -> outside(m, inText)).forEach(table::add);
      rep.latinWordsInside(t, mentions.stream().filter(NameRecognizer::isLatin).toList());
      handles.addAll(Handles.handles(t));
      urls.addAll(Handles.urls(t));
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      AnalyzedParagraph p = paragraphs.get(i);
      found.addAll(numbers.find(p.text(), spans(candidates.get(i))));
      rep.terms(p.text(), p.lang(), 1);
      attribution(p.attribution(), table, handles, urls);
    }
    List<Entity> entities = new ArrayList<>(table.entities());
    entities.addAll(rep.wordEntities(entities));
    rep.entities(entities);
    rep.numbers(found);
    rep.handles(handles);
    rep.urls(urls);
    return new Content(entities, found, rep);
  }

  private static void attribution(@Nullable Attribution a, EntityTable table, List<String> handles, List<String> urls) {
    if (a == null) {
      return;
    }
    if (a.author() != null && !a.author().isBlank()) {
      table.add(Mention.of(a.author(), a.author(), EntityType.PERSON, 0, 0));
    }
    if (a.handle() != null) {
      handles.add(a.handle().replaceFirst("^@", "").toLowerCase(java.util.Locale.ROOT));
    }
    if (a.url() != null) {
      urls.add(a.url());
    }
  }

  /** Whether a name lies outside every date expression (周三 and يوم الأربعاء are dates, not names). */
  private static boolean outside(Mention m, List<DateCandidate> dates) {
    return dates.stream().noneMatch(d -> m.start() < d.end() && d.start() < m.end());
  }

  private static List<int[]> spans(List<DateCandidate> candidates) {
    return candidates.stream().map(c -> new int[] {c.start(), c.end()}).toList();
  }

  /** The language with the most letters over the body (quotes count only when nothing else does). */
  private static @Nullable String mainLanguage(List<AnalyzedParagraph> paragraphs, @Nullable String hint) {
    Map<String, Integer> letters = new HashMap<>();
    for (boolean quotes : new boolean[] {false, true}) {
      for (AnalyzedParagraph p : paragraphs) {
        if (p.lang() != null && (quotes || p.role() != Role.QUOTE)) {
          letters.merge(p.lang(), ScriptProfile.of(p.text()).total(), Integer::sum);
        }
      }
      if (!letters.isEmpty()) {
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(hint);
      }
    }
    return hint;
  }

  /** The lead paragraph: the first body paragraph. */
  private static int leadIndex(List<AnalyzedParagraph> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).role() == Role.BODY) {
        return i;
      }
    }
    return -1;
  }
}
