package dev.storywire.app;

import dev.storywire.store.ArchiveRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Prepares records (read, extract, analyze) on worker threads ahead of the one thread that
 * applies them (cluster, index) strictly in submission order, so results do not depend on thread
 * timing. At most {@code window} records are prepared ahead, which bounds memory.
 *
 * @param <T> what the caller attaches to each record to recognise its result
 */
final class PrepareQueue<T> {
  /** Records prepared ahead per worker: enough to keep every core busy while one is applied. */
  static final int AHEAD_PER_WORKER = 4;

  /** Receives each prepared record, in submission order. */
  @FunctionalInterface
  interface Sink<T> {
    void accept(T tag, Pipeline.Prepared prepared) throws IOException;
  }

  private record Pending<T>(T tag, Future<Pipeline.Prepared> future) {}

  private final Pipeline pipeline;
  private final ExecutorService workers;
  private final int window;
  private final Sink<T> sink;
  private final Deque<Pending<T>> pending = new ArrayDeque<>();

  PrepareQueue(Pipeline pipeline, ExecutorService workers, int workerCount, Sink<T> sink) {
    this.pipeline = pipeline;
    this.workers = workers;
    this.window = Math.max(1, workerCount * AHEAD_PER_WORKER);
    this.sink = sink;
  }

  void submit(ArchiveRecord record, T tag) throws IOException {
    pending.addLast(new Pending<>(tag, workers.submit(() -> pipeline.prepare(record))));
    while (pending.size() > window) {
      applyOldest();
    }
  }

  /** Applies everything still pending, in order. */
  void drain() throws IOException {
    while (!pending.isEmpty()) {
      applyOldest();
    }
  }

  private void applyOldest() throws IOException {
    Pending<T> oldest = pending.removeFirst();
    sink.accept(oldest.tag(), await(oldest.future()));
  }

  private static Pipeline.Prepared await(Future<Pipeline.Prepared> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while preparing a record", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
