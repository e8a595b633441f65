package dev.storywire.ingest.feed;

import dev.storywire.ingest.feed.PythonExpect.Attribute;
import dev.storywire.ingest.feed.PythonExpect.BoolOp;
import dev.storywire.ingest.feed.PythonExpect.Call;
import dev.storywire.ingest.feed.PythonExpect.Compare;
import dev.storywire.ingest.feed.PythonExpect.Literal;
import dev.storywire.ingest.feed.PythonExpect.Name;
import dev.storywire.ingest.feed.PythonExpect.Negate;
import dev.storywire.ingest.feed.PythonExpect.Node;
import dev.storywire.ingest.feed.PythonExpect.None;
import dev.storywire.ingest.feed.PythonExpect.Not;
import dev.storywire.ingest.feed.PythonExpect.Subscript;
import dev.storywire.ingest.feed.PythonExpect.TupleNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Presents a {@link FeedResult} the way Universal Feed Parser's result looks to its test
 * expressions, for the keys our model has, and evaluates an expression against it. A key our model
 * deliberately lacks makes the whole expression {@link NotApplicable}, decided on the expression's
 * shape, never on whether it would pass.
 */
final class FeedparserView {
  /** The expression asks for something our model does not have. */
  static final class NotApplicable extends RuntimeException {
    NotApplicable(String what) {
      super(what, null, false, false);
    }
  }

  /** Python would raise (KeyError, IndexError, TypeError): the expectation fails. */
  static final class EvalError extends RuntimeException {
    EvalError(String what) {
      super(what, null, false, false);
    }
  }

  /** The feedparser keys we map, per kind of dict; a value is the kind of what the key holds. */
  private static final Map<String, Map<String, String>> SCHEMA = Map.of(
      "feed", keys("title", "value", "title_detail", "detail", "link", "value", "description", "value",
          "subtitle", "value", "tagline", "value", "subtitle_detail", "detail", "tagline_detail", "detail",
          "description_detail", "detail", "language", "value", "updated_parsed", "value", "modified_parsed", "value",
          "date_parsed", "value", "generator", "value", "image", "image"),
      "entry", keys("id", "value", "guid", "value", "title", "value", "title_detail", "detail", "link", "value",
          "summary", "value", "description", "value", "summary_detail", "detail", "description_detail", "detail",
          "content", "contents", "published", "value", "published_parsed", "value", "issued", "value",
          "issued_parsed", "value", "updated_parsed", "value", "modified_parsed", "value", "date_parsed", "value",
          "author", "value", "authors", "authors", "tags", "tags", "category", "value", "enclosures", "enclosures",
          "where", "where", "image", "image"),
      "detail", keys("value", "value"),
      "content", keys("value", "value"),
      "image", keys("href", "value", "url", "value"),
      "author", keys("name", "value"),
      "tag", keys("term", "value"),
      "enclosure", keys("href", "value", "url", "value", "type", "value", "length", "value"),
      "where", keys("type", "value", "coordinates", "value"));

  private static final Map<String, String> LIST_ELEMENT = Map.of(
      "entries", "entry", "contents", "content", "authors", "author", "tags", "tag", "enclosures", "enclosure",
      "value", "value");

  /** Top-level names feedparser's tests use that are not about the feed: HTTP, exceptions, namespaces. */
  private static final Set<String> FOREIGN_NAMES = Set.of("bozo_exception", "headers", "etag", "modified",
      "modified_parsed", "href", "status", "namespaces", "locals", "isinstance", "feedparser");

  /** A dict of a kind; {@code values} holds the keys present. */
  record Dict(String kind, Map<String, Object> values) {}

  /** A list whose items are of one kind. */
  record PyList(String kind, List<Object> items) {}

  /** A key that is mapped but absent here; using it as a value raises, walking it keeps classifying. */
  record Missing(String kind, String what) {}

  private record Function(String name, Object self) {}

  private final Map<String, Object> globals = new HashMap<>();

  FeedparserView(FeedResult result) {
    switch (result) {
      case FeedResult.Parsed p -> {
        globals.put("bozo", p.bozo());
        globals.put("encoding", new PythonExpect.CharsetName(p.encoding()));
        globals.put("version", p.feed().format());
        globals.put("feed", feed(p.feed()));
        List<Object> entries = new ArrayList<>();
        p.feed().entries().forEach(e -> entries.add(entry(e)));
        globals.put("entries", new PyList("entry", entries));
      }
      case FeedResult.NotAFeed n -> {
        globals.put("bozo", true);
        globals.put("version", "");
        globals.put("encoding", "");
        globals.put("feed", new Dict("feed", Map.of()));
        globals.put("entries", new PyList("entry", List.of()));
      }
    }
  }

  /**
   * Throws {@link NotApplicable} when any part of the expression, evaluated or not, needs a key we
   * do not map.
   */
  void classify(Node node) {
    try {
      evaluate(node, true);
    } catch (EvalError e) {
      // raising is the evaluation's business; classification only looks for unmapped keys
    }
  }

  boolean test(Node node) {
    try {
      return truthy(value(evaluate(node, false)));
    } catch (EvalError e) {
      return false;
    }
  }

  private Object evaluate(Node node, boolean everything) {
    return switch (node) {
      case Literal l -> l.value();
      case Name n -> name(n.name());
      case TupleNode t -> t.items().stream().map(i -> value(evaluate(i, everything))).toList();
      case Negate n -> negate(evaluate(n.operand(), everything));
      case Not n -> !truthy(guarded(n.operand(), everything));
      case BoolOp b -> boolOp(b, everything);
      case Compare c -> compare(c, everything);
      case Subscript s -> index(evaluate(s.target(), everything), evaluate(s.index(), everything));
      case Attribute a -> attribute(evaluate(a.target(), everything), a.name());
      case Call c -> call(evaluate(c.function(), everything), c.arguments().stream()
          .map(arg -> evaluate(arg, everything)).toList());
    };
  }

  /** In classification mode an operand that raises is still walked, and its error swallowed. */
  private Object guarded(Node node, boolean everything) {
    if (!everything) {
      return evaluate(node, false);
    }
    try {
      return evaluate(node, true);
    } catch (EvalError e) {
      return false;
    }
  }

  private Object boolOp(BoolOp b, boolean everything) {
    Object last = null;
    for (Node operand : b.operands()) {
      last = guarded(operand, everything);
      if (!everything && truthy(value(last)) != b.and()) {
        return last;
      }
    }
    return last;
  }

  private Object compare(Compare c, boolean everything) {
    List<Object> operands = c.operands().stream().map(o -> guarded(o, everything)).toList();
    boolean result = true;
    for (int i = 0; i < c.operators().size(); i++) {
      result &= compare(value(operands.get(i)), c.operators().get(i), value(operands.get(i + 1)));
    }
    return result;
  }

  private static boolean compare(Object a, String op, Object b) {
    return switch (op) {
      case "==", "is" -> PythonExpect.pyEquals(a, b);
      case "!=", "is not" -> !PythonExpect.pyEquals(a, b);
      case "in" -> contains(b, a);
      case "not in" -> !contains(b, a);
      default -> {
        double x = ((Number) a).doubleValue();
        double y = ((Number) b).doubleValue();
        yield switch (op) {
          case "<" -> x < y;
          case ">" -> x > y;
          case "<=" -> x <= y;
          default -> x >= y;
        };
      }
    };
  }

  private static boolean contains(Object container, Object item) {
    if (container instanceof String s && item instanceof String t) {
      return s.contains(t);
    }
    if (container instanceof List<?> l) {
      return l.stream().anyMatch(x -> PythonExpect.pyEquals(x, item));
    }
    if (container instanceof Dict d) {
      return d.values().containsKey(item);
    }
    throw new EvalError("'in' on " + container);
  }

  private Object name(String name) {
    if (globals.containsKey(name)) {
      return globals.get(name);
    }
    if (name.equals("len") || name.equals("ord")) {
      return new Function(name, None.NONE);
    }
    throw new NotApplicable(FOREIGN_NAMES.contains(name) ? "HTTP, exception or namespace detail '" + name + "'"
        : "name '" + name + "'");
  }

  private static Object index(Object target, Object key) {
    return switch (target) {
      case Dict d when key instanceof String k -> lookup(d, k);
      case Missing m when key instanceof String k -> lookup(new Dict(m.kind(), Map.of()), k);
      case Missing m -> new Missing(LIST_ELEMENT.getOrDefault(m.kind(), "value"), m.what() + "[" + key + "]");
      case PyList l -> item(l.kind(), l.items(), key);
      case List<?> l -> item("value", new ArrayList<>(l), key);
      default -> throw new EvalError("cannot index " + target);
    };
  }

  private static Object item(String kind, List<Object> items, Object key) {
    if (!(key instanceof Long n)) {
      throw new EvalError("list index " + key);
    }
    int i = (int) (n < 0 ? items.size() + n : n);
    return i >= 0 && i < items.size() ? items.get(i) : new Missing(kind, "index " + n);
  }

  private static Object lookup(Dict dict, String key) {
    Map<String, String> schema = SCHEMA.get(dict.kind());
    if (schema == null || !schema.containsKey(key)) {
      throw new NotApplicable(dict.kind() + "['" + key + "']");
    }
    Object value = dict.values().get(key);
    return value != null ? value : new Missing(schema.get(key), dict.kind() + "['" + key + "']");
  }

  private static Object attribute(Object target, String name) {
    if (name.equals("get") || name.equals("keys")) {
      return new Function(name, target);
    }
    return index(target, name);
  }

  private static Object call(Object function, List<Object> args) {
    if (!(function instanceof Function f)) {
      throw new EvalError("not callable");
    }
    return switch (f.name()) {
      case "len" -> (long) switch (value(args.getFirst())) {
        case PyList l -> l.items().size();
        case List<?> l -> l.size();
        case String s -> s.codePointCount(0, s.length());
        case Dict d -> d.values().size();
        default -> throw new EvalError("len");
      };
      case "ord" -> {
        String s = (String) value(args.getFirst());
        if (s.codePointCount(0, s.length()) != 1) {
          throw new EvalError("ord of " + s.length() + " characters");
        }
        yield (long) s.codePointAt(0);
      }
      case "get" -> {
        Object got = index(f.self(), args.getFirst());
        yield got instanceof Missing ? (args.size() > 1 ? args.get(1) : None.NONE) : got;
      }
      case "keys" -> new ArrayList<>(((Dict) f.self()).values().keySet());
      default -> throw new EvalError(f.name());
    };
  }

  private static Object negate(Object value) {
    Object v = value(value);
    if (v instanceof Long l) {
      return -l;
    }
    if (v instanceof Double d) {
      return -d;
    }
    throw new EvalError("negate " + v);
  }

  /** The plain value; a missing key raises here, as Python's KeyError would. */
  private static Object value(Object v) {
    if (v instanceof Missing m) {
      throw new EvalError("KeyError " + m.what());
    }
    if (v instanceof PyList l) {
      return l.items();
    }
    if (v instanceof Dict d && d.kind().equals("where")) {
      return d.values();
    }
    return v;
  }

  private static boolean truthy(Object v) {
    return switch (v) {
      case Boolean b -> b;
      case Long l -> l != 0;
      case Double d -> d != 0;
      case String s -> !s.isEmpty();
      case List<?> l -> !l.isEmpty();
      case Map<?, ?> m -> !m.isEmpty();
      case Dict d -> !d.values().isEmpty();
      case None n -> false;
      case PythonExpect.PlainText p -> !p.text().isEmpty();
      case PythonExpect.CharsetName c -> !c.name().isEmpty();
      default -> true;
    };
  }

  // ---- our model as feedparser dicts

  private static Dict feed(Feed f) {
    Map<String, Object> v = new HashMap<>();
    putText(v, plain(f.title()), "title", "title_detail");
    put(v, "link", f.link());
    putText(v, f.description(), "description", "description_detail");
    putText(v, f.description(), "subtitle", "subtitle_detail");
    putText(v, f.description(), "tagline", "tagline_detail");
    put(v, "language", f.language());
    if (f.updated() != null) {
      List<Long> t = timeTuple(f.updated());
      v.put("updated_parsed", t);
      v.put("modified_parsed", t);
      v.put("date_parsed", t);
    }
    put(v, "generator", f.generator());
    if (f.imageUrl() != null) {
      v.put("image", new Dict("image", Map.of("href", f.imageUrl(), "url", f.imageUrl())));
    }
    return new Dict("feed", v);
  }

  private static Dict entry(FeedEntry e) {
    Map<String, Object> v = new HashMap<>();
    put(v, "id", e.id());
    put(v, "guid", e.id());
    putText(v, plain(e.title()), "title", "title_detail");
    put(v, "link", e.link());
    // feedparser copies the content into the summary when there is no summary
    String summary = e.summary() != null ? e.summary() : e.content();
    putText(v, summary, "summary", "summary_detail");
    putText(v, summary, "description", "description_detail");
    if (e.content() != null) {
      v.put("content", new PyList("content", List.of(new Dict("content", Map.of("value", e.content())))));
    }
    put(v, "published", e.publishedRaw());
    put(v, "issued", e.publishedRaw());
    if (e.published() != null) {
      v.put("published_parsed", timeTuple(e.published()));
      v.put("issued_parsed", timeTuple(e.published()));
    }
    // feedparser falls back from updated to published
    Instant updated = e.updated() != null ? e.updated() : e.published();
    if (updated != null) {
      v.put("updated_parsed", timeTuple(updated));
      v.put("modified_parsed", timeTuple(updated));
      v.put("date_parsed", timeTuple(updated));
    }
    if (!e.authors().isEmpty()) {
      v.put("author", e.authors().getFirst());
      v.put("authors", new PyList("author", e.authors().stream()
          .map(a -> (Object) new Dict("author", Map.of("name", a))).toList()));
    }
    if (!e.categories().isEmpty()) {
      v.put("category", e.categories().getFirst());
      v.put("tags", new PyList("tag", e.categories().stream()
          .map(c -> (Object) new Dict("tag", Map.of("term", c))).toList()));
    }
    v.put("enclosures", new PyList("enclosure", e.enclosures().stream().map(FeedparserView::enclosure).toList()));
    v.put("where", e.point() == null ? new Dict("where", Map.of()) : new Dict("where", Map.of("type", "Point",
        "coordinates", List.of(e.point().longitude(), e.point().latitude()))));
    if (e.imageUrl() != null) {
      v.put("image", new Dict("image", Map.of("href", e.imageUrl(), "url", e.imageUrl())));
    }
    return new Dict("entry", v);
  }

  private static Object enclosure(Enclosure e) {
    Map<String, Object> v = new HashMap<>();
    v.put("href", e.url());
    v.put("url", e.url());
    put(v, "type", e.type());
    put(v, "length", e.length() == null ? null : e.length().toString());
    return new Dict("enclosure", v);
  }

  private static PythonExpect.@org.jspecify.annotations.Nullable PlainText plain(String title) {
    return title == null ? null : new PythonExpect.PlainText(title);
  }

  private static void putText(Map<String, Object> v, Object value, String key, String detailKey) {
    if (value != null) {
      v.put(key, value);
      v.put(detailKey, new Dict("detail", Map.of("value", value)));
    }
  }

  private static void put(Map<String, Object> v, String key, Object value) {
    if (value != null) {
      v.put(key, value);
    }
  }

  /** Python's time.struct_time in UTC: year, month, day, hour, minute, second, weekday (Monday 0), yearday, 0. */
  private static List<Long> timeTuple(Instant instant) {
    ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
    return List.of((long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(),
        (long) t.getMinute(), (long) t.getSecond(), (long) t.getDayOfWeek().getValue() - 1,
        (long) t.getDayOfYear(), 0L);
  }

  private static Map<String, String> keys(String... pairs) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }
}
