package dev.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration layers: the data directory's file, then the environment, then flags. */
class ConfigTest {

  @Test
  void eachLayerOverridesTheOneBefore(@TempDir Path data) throws Exception {
    Files.writeString(data.resolve(Config.FILE_NAME),
        "server.port=9000\nanalysis.dictionaries=/from/file\ncluster.weights=\n");

    Config fromFile = Config.load(data, Map.of(), Map.of());
    Config fromEnv = Config.load(data, Map.of("STORYWIRE_ANALYSIS_DICTIONARIES", "/from/env"), Map.of());
    Config fromFlag = Config.load(data, Map.of("STORYWIRE_ANALYSIS_DICTIONARIES", "/from/env"),
        Map.of("analysis.dictionaries", "/from/flag", "server.port", "0"));

    assertThat(fromFile.server().port()).isEqualTo(9000);
    assertThat(fromFile.dictionaries()).isEqualTo(Path.of("/from/file"));
    assertThat(fromFile.clusterWeights()).as("blank means unset").isNull();
    assertThat(fromEnv.dictionaries()).isEqualTo(Path.of("/from/env"));
    assertThat(fromFlag.dictionaries()).isEqualTo(Path.of("/from/flag"));
    assertThat(fromFlag.server().port()).isZero();
    assertThat(Config.load(data.resolve("fresh"), Map.of(), Map.of()).dictionaries()).isNull();
  }

  @Test
  void aValueThatDoesNotParseNamesItsKey(@TempDir Path data) {
    assertThatThrownBy(() -> Config.load(data, Map.of("STORYWIRE_SERVER_PORT", "eighty"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server.port");
    for (String bad : new String[] {"often", "0.3", "1.5", "NaN"}) {
      assertThatThrownBy(() -> Config.load(data, Map.of(), Map.of("cluster.merge-threshold", bad)))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cluster.merge-threshold");
    }
  }

  @Test
  void theMergeThresholdReachesTheClustererAndNeverTurnsMergesOff(@TempDir Path data) throws Exception {
    assertThat(Config.load(data, Map.of(), Map.of()).clusterConfig().mergeThreshold()).isEqualTo(0.97);
    assertThat(Config.load(data, Map.of("STORYWIRE_CLUSTER_MERGE_THRESHOLD", "0.99"), Map.of()).clusterConfig()
        .mergeThreshold()).isEqualTo(0.99);
    Config never = Config.load(data, Map.of(), Map.of("cluster.merge-threshold", "never"));
    assertThat(never.clusterConfig().mergeThreshold()).isInfinite();
    assertThat(never.withDataDir(data.resolve("other")).clusterMergeThreshold()).as("kept by copies").isInfinite();
  }

  @Test
  void hyphensOfKeysAreUnderscoresInTheEnvironment(@TempDir Path data) throws Exception {
    Config config = Config.load(data, Map.of("STORYWIRE_FETCH_PER_HOST_INTERVAL", "250"), Map.of());
    assertThat(config.fetch().perHostInterval()).hasMillis(250);
  }
}
