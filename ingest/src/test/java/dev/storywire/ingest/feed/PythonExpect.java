package dev.storywire.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The small subset of Python that Universal Feed Parser's test files use in their {@code Expect:}
 * lines, parsed into a tree: literals (strings with escapes, numbers, tuples, {@code {}}, None,
 * True, False), names, subscripts, attribute access, calls, comparisons (chained), {@code in},
 * {@code not}, {@code and}, {@code or}.
 */
final class PythonExpect {
  sealed interface Node {}

  record Literal(Object value) implements Node {}

  record Name(String name) implements Node {}

  record Subscript(Node target, Node index) implements Node {}

  record Attribute(Node target, String name) implements Node {}

  record Call(Node function, List<Node> arguments) implements Node {}

  record TupleNode(List<Node> items) implements Node {}

  record Not(Node operand) implements Node {}

  record BoolOp(boolean and, List<Node> operands) implements Node {}

  record Compare(List<Node> operands, List<String> operators) implements Node {}

  record Negate(Node operand) implements Node {}

  /**
   * Our plain-text title standing where feedparser has HTML: equal to a string when that string,
   * read as HTML, has the same text (feedparser escapes text titles and keeps markup in HTML ones).
   */
  record PlainText(String text) {}

  /**
   * A character encoding's name: equal to a string that names it in any case, as IANA charset
   * names are case-insensitive (feedparser reports {@code Big5}, {@code SHIFT_JIS}; we report lower case).
   */
  record CharsetName(String name) {}

  /** None, distinct from Java null (which means "absent"). */
  enum None { NONE }

  private final List<String> tokens;
  private int at;

  private PythonExpect(List<String> tokens) {
    this.tokens = tokens;
  }

  static Node parse(String source) {
    PythonExpect p = new PythonExpect(tokenize(source));
    Node node = p.or();
    if (p.at != p.tokens.size()) {
      throw new IllegalArgumentException("unexpected '" + p.tokens.get(p.at) + "' in " + source);
    }
    return node;
  }

  private Node or() {
    List<Node> operands = new ArrayList<>(List.of(and()));
    while (accept("or")) {
      operands.add(and());
    }
    return operands.size() == 1 ? operands.getFirst() : new BoolOp(false, operands);
  }

  private Node and() {
    List<Node> operands = new ArrayList<>(List.of(not()));
    while (accept("and")) {
      operands.add(not());
    }
    return operands.size() == 1 ? operands.getFirst() : new BoolOp(true, operands);
  }

  private Node not() {
    return accept("not") ? new Not(not()) : comparison();
  }

  private Node comparison() {
    List<Node> operands = new ArrayList<>(List.of(unary()));
    List<String> operators = new ArrayList<>();
    while (true) {
      String op = peek();
      if (op == null) {
        break;
      }
      if (List.of("==", "!=", "<", ">", "<=", ">=", "in", "is").contains(op)) {
        at++;
        if (op.equals("is") && accept("not")) {
          op = "is not";
        }
      } else if (op.equals("not") && "in".equals(peekAt(1))) {
        at += 2;
        op = "not in";
      } else {
        break;
      }
      operators.add(op);
      operands.add(unary());
    }
    return operators.isEmpty() ? operands.getFirst() : new Compare(operands, operators);
  }

  private Node unary() {
    return accept("-") ? new Negate(unary()) : postfix();
  }

  private Node postfix() {
    Node node = atom();
    while (true) {
      if (accept("[")) {
        node = new Subscript(node, or());
        expect("]");
      } else if (accept(".")) {
        node = new Attribute(node, next());
      } else if (accept("(")) {
        List<Node> args = new ArrayList<>();
        while (!accept(")")) {
          args.add(or());
          accept(",");
        }
        node = new Call(node, args);
      } else {
        return node;
      }
    }
  }

  private Node atom() {
    String t = next();
    if (t.equals("(")) {
      List<Node> items = new ArrayList<>();
      boolean tuple = false;
      while (!accept(")")) {
        items.add(or());
        tuple |= accept(",");
      }
      return tuple || items.isEmpty() ? new TupleNode(items) : items.getFirst();
    }
    if (t.equals("{")) {
      expect("}");
      return new Literal(Map.of());
    }
    if (t.equals("[")) {
      List<Node> items = new ArrayList<>();
      while (!accept("]")) {
        items.add(or());
        accept(",");
      }
      return new TupleNode(items);
    }
    if (t.startsWith("\"") || t.startsWith("'")) {
      StringBuilder value = new StringBuilder(unquote(t));
      while (peek() != null && (peek().startsWith("'") || peek().startsWith("\""))) {
        value.append(unquote(next()));
      }
      return new Literal(value.toString());
    }
    if (Character.isDigit(t.charAt(0))) {
      return new Literal(t.contains(".") ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t));
    }
    return switch (t) {
      case "None" -> new Literal(None.NONE);
      case "True" -> new Literal(Boolean.TRUE);
      case "False" -> new Literal(Boolean.FALSE);
      default -> new Name(t);
    };
  }

  private boolean accept(String token) {
    if (token.equals(peek())) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw new IllegalArgumentException("expected " + token + " at " + peek());
    }
  }

  private String next() {
    if (at >= tokens.size()) {
      throw new IllegalArgumentException("unexpected end");
    }
    return tokens.get(at++);
  }

  private String peek() {
    return peekAt(0);
  }

  private String peekAt(int offset) {
    return at + offset < tokens.size() ? tokens.get(at + offset) : null;
  }

  private static List<String> tokenize(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if ((c == 'u' || c == 'b' || c == 'r') && i + 1 < s.length() && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '"')
          && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        i++;
      } else if (c == '\'' || c == '"') {
        int j = i + 1;
        while (s.charAt(j) != c) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        out.add(s.substring(i, j + 1));
        i = j + 1;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      } else if (i + 1 < s.length() && List.of("==", "!=", "<=", ">=").contains(s.substring(i, i + 2))) {
        out.add(s.substring(i, i + 2));
        i += 2;
      } else {
        out.add(String.valueOf(c));
        i++;
      }
    }
    return out;
  }

  private static String unquote(String token) {
    String body = token.substring(1, token.length() - 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = body.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'x' -> {
          out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'u' -> {
          out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'U' -> {
          out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16));
          i += 8;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }

  /** Python equality on our value types: numbers by value, booleans as 0 and 1, sequences item by item. */
  static boolean pyEquals(Object a, Object b) {
    if (a instanceof PlainText x) {
      // the same string is equal whatever feedparser did; else compare the text the string shows as HTML
      return b instanceof String y ? x.text().equals(y)
          || squash(x.text()).equals(squash(org.jsoup.Jsoup.parse(y).text()))
          : b instanceof PlainText z && x.equals(z);
    }
    if (b instanceof PlainText) {
      return pyEquals(b, a);
    }
    if (a instanceof CharsetName x) {
      return b instanceof String y ? x.name().equalsIgnoreCase(y) : b instanceof CharsetName z
          && x.name().equalsIgnoreCase(z.name());
    }
    if (b instanceof CharsetName) {
      return pyEquals(b, a);
    }
    if (a instanceof Boolean x) {
      a = x ? 1L : 0L;
    }
    if (b instanceof Boolean y) {
      b = y ? 1L : 0L;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return x.doubleValue() == y.doubleValue();
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!pyEquals(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  private static String squash(String s) {
    return s.strip().replaceAll("[ \\t\\n\\r]+", " ");
  }
}
