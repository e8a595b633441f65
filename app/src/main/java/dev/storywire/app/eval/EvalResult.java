package dev.storywire.app.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one evaluation, for one system (Storywire or a peer), in the shape every
 * {@code storywire eval} command prints as JSON: fractions in 0–1, fields that do not apply left
 * out. Mutable while an evaluation fills it in; not thread-safe.
 */
public final class EvalResult {
  private @Nullable String dataset;
  private int items;
  private @Nullable Double precision;
  private @Nullable Double recall;
  private @Nullable Double f1;
  private @Nullable Double accuracy;
  private @Nullable Double msPerItem;
  private @Nullable Integer failures;
  private final Map<String, Object> extra = new LinkedHashMap<>();
  private final Map<String, EvalResult> peers = new LinkedHashMap<>();

  public EvalResult dataset(String name) {
    this.dataset = name;
    return this;
  }

  public EvalResult items(int count) {
    this.items = count;
    return this;
  }

  public EvalResult precision(double value) {
    this.precision = value;
    return this;
  }

  public EvalResult recall(double value) {
    this.recall = value;
    return this;
  }

  public EvalResult f1(double value) {
    this.f1 = value;
    return this;
  }

  public EvalResult accuracy(double value) {
    this.accuracy = value;
    return this;
  }

  public EvalResult msPerItem(double value) {
    this.msPerItem = value;
    return this;
  }

  public EvalResult failures(int count) {
    this.failures = count;
    return this;
  }

  /** A field particular to one evaluation ({@code by_type}, {@code heap_mb} …), printed after the common ones. */
  public EvalResult extra(String key, Object value) {
    extra.put(key, value);
    return this;
  }

  public EvalResult peer(String name, EvalResult result) {
    peers.put(name, result);
    return this;
  }

  public int items() {
    return items;
  }

  public @Nullable Double precision() {
    return precision;
  }

  public @Nullable Double recall() {
    return recall;
  }

  public @Nullable Double f1() {
    return f1;
  }

  public @Nullable Double accuracy() {
    return accuracy;
  }

  public @Nullable Double msPerItem() {
    return msPerItem;
  }

  public @Nullable Integer failures() {
    return failures;
  }

  public @Nullable Object extra(String key) {
    return extra.get(key);
  }

  public Map<String, EvalResult> peers() {
    return peers;
  }

  /** The JSON object; peers nest in {@code peers} with the same fields (and no dataset). */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (dataset != null) {
      node.put("dataset", dataset);
    }
    node.put("items", items);
    putIfSet(node, "precision", precision);
    putIfSet(node, "recall", recall);
    putIfSet(node, "f1", f1);
    putIfSet(node, "accuracy", accuracy);
    putIfSet(node, "ms_per_item", msPerItem);
    if (failures != null) {
      node.put("failures", failures);
    }
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      node.set(e.getKey(), node.pojoNode(e.getValue()));
    }
    if (!peers.isEmpty()) {
      ObjectNode peerNodes = node.putObject("peers");
      peers.forEach((name, result) -> peerNodes.set(name, result.toJson()));
    }
    return node;
  }

  private static void putIfSet(ObjectNode node, String key, @Nullable Double value) {
    if (value != null && Double.isFinite(value)) {
      node.put(key, Math.round(value * 1e6) / 1e6);
    }
  }
}
