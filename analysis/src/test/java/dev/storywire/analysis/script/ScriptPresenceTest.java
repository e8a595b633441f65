package dev.storywire.analysis.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ScriptPresenceTest {
  @Test
  void findsScriptsOutsideLatinOneAmongAsciiText() {
    assertThat(ScriptPresence.has("Igor Babuschkin (بابوشكين) left xAI", Character.UnicodeScript.ARABIC)).isTrue();
    assertThat(ScriptPresence.has("xAI联合创始人", Character.UnicodeScript.HAN)).isTrue();
    assertThat(ScriptPresence.has("Ça coûte 5 €, señor", Character.UnicodeScript.ARABIC)).isFalse();
    assertThat(ScriptPresence.has("", Character.UnicodeScript.HAN)).isFalse();
    assertThat(ScriptPresence.has("𠀀 (a supplementary Han ideograph)", Character.UnicodeScript.HAN)).isTrue();
  }

  @Test
  void agreesWithTheScriptOfEveryCodePoint() {
    Character.UnicodeScript[] scripts = {
      Character.UnicodeScript.ARABIC, Character.UnicodeScript.HAN, Character.UnicodeScript.CYRILLIC,
      Character.UnicodeScript.GREEK, Character.UnicodeScript.INHERITED
    };
    long seed = 20261201L;
    Random random = new Random(seed);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(6); i > 0; i--) {
        text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x3_0000) : random.nextInt(0x300));
      }
      for (Character.UnicodeScript script : scripts) {
        boolean expected = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == script);
        assertThat(ScriptPresence.has(text, script)).as("seed %d, text %s, script %s", seed, text, script).isEqualTo(expected);
      }
    }
  }
}
