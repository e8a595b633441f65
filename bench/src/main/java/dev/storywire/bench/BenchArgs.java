package dev.storywire.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code [DATASETS] [--name value ...]}: the datasets folder first, then numeric flags with defaults. */
final class BenchArgs {
  final Path datasets;
  private final Map<String, String> flags = new HashMap<>();

  BenchArgs(String[] args, List<String> known) {
    Path data = Path.of(System.getProperty("storywire.datasets", "../shared/datasets"));
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        String name = args[i].substring(2);
        if (!known.contains(name) || i + 1 >= args.length) {
          throw new IllegalArgumentException("unknown flag or missing value: " + args[i] + " (known: --"
              + String.join(", --", known) + ")");
        }
        flags.put(name, args[++i]);
      } else {
        data = Path.of(args[i]);
      }
    }
    this.datasets = data;
  }

  int integer(String name, int fallback) {
    return flags.containsKey(name) ? Integer.parseInt(flags.get(name)) : fallback;
  }

  double decimal(String name, double fallback) {
    return flags.containsKey(name) ? Double.parseDouble(flags.get(name)) : fallback;
  }

  static void printMachine() {
    System.out.printf("machine: %d cores, max heap %d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
