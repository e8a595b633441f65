package dev.storywire.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerConfigTest {

  @Test
  void localhostBindsLoopbackOnly() {
    assertThat(ServerConfig.localhost(8080)).isEqualTo(new ServerConfig("127.0.0.1", 8080));
  }

  @Test
  void rejectsImpossibleValues() {
    assertThatThrownBy(() -> new ServerConfig(" ", 80)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServerConfig.localhost(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServerConfig.localhost(65_536)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTakenPortIsAnIOExceptionAndClosingTwiceIsHarmless() throws Exception {
    NewsReader reader = InMemoryNewsReader.of(SeedFixture.load());
    try (StorywireServer first = StorywireServer.start(ServerConfig.localhost(0), reader)) {
      assertThatThrownBy(() -> StorywireServer.start(ServerConfig.localhost(first.port()), reader))
          .isInstanceOf(java.io.IOException.class);
      first.close();
    }
  }
}
