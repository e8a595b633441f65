package dev.storywire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
  @Test
  void theStartUpLineSaysWhichLanguagesAreTranslatedAndFromWhere() {
    TreeMap<String, Path> found = new TreeMap<>();
    assertThat(ServeCommand.dictionaries(found))
        .isEqualTo("English translations for zh (bundled); no FreeDict dictionary installed (bin/fetch-dictionaries)");
    found.put("ar", Path.of("/usr/share/dictd"));
    found.put("de", Path.of("/home/u/dicts"));
    found.put("es", Path.of("/home/u/dicts"));
    assertThat(ServeCommand.dictionaries(found)).isEqualTo("English translations for zh (bundled); "
        + "ar (FreeDict, /usr/share/dictd); de es (FreeDict, /home/u/dicts)");
  }
}
