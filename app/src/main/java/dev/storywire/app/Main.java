package dev.storywire.app;

import dev.storywire.app.cli.StorywireCommand;

/** Entry point of the {@code storywire} command: builds the command line and runs it. */
public final class Main {
  private Main() {}

  /**
   * Seconds a client may take to send a request, and to read a response, before the JDK's HTTP
   * server drops it: a slow client must not hold a connection forever. JVM-wide settings, so set
   * here, once, before any server starts; an explicit -D wins.
   */
  private static final String MAX_REQUEST_SECONDS = "30";

  private static final String MAX_RESPONSE_SECONDS = "120";

  /**
   * Lucene logs at start that the incubating vector API is not enabled; vectors are not used yet,
   * so the line is noise on every command. Held here: java.util.logging keeps loggers weakly.
   */
  private static final java.util.logging.Logger LUCENE_VECTORIZATION =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
    defaultProperty("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
    defaultProperty("sun.net.httpserver.maxRspTime", MAX_RESPONSE_SECONDS);
    System.exit(StorywireCommand.commandLine(System.getenv()).execute(args));
  }

  private static void defaultProperty(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
