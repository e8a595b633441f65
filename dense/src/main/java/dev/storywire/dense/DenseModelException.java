package dev.storywire.dense;

import java.io.Serial;

/**
 * A dense model could not be loaded or run. {@link #getMessage()} is written for the user (what is
 * wrong, with which file, and what to do); {@link #problem()} lets callers branch without parsing
 * it; {@link #getCause()} keeps the library's own error for logs.
 */
public final class DenseModelException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Problem {
    /** The model directory does not exist or is not a directory. */
    DIRECTORY_MISSING,
    /** {@code model.onnx} is absent. */
    MODEL_MISSING,
    /** {@code model.onnx} exists but ONNX Runtime cannot load it. */
    MODEL_CORRUPT,
    /** {@code tokenizer.json} is absent. */
    TOKENIZER_MISSING,
    /** {@code tokenizer.json} exists but cannot be parsed as a Hugging Face tokenizer. */
    TOKENIZER_CORRUPT,
    /** The model's inputs are not the BERT-style ones this loader can feed. */
    UNSUPPORTED_INPUTS,
    /** The model's output is not a [batch, tokens, hidden] float tensor, or its width changed. */
    UNEXPECTED_OUTPUT,
    /** ONNX Runtime failed while running the model, or the embedder was already closed. */
    INFERENCE_FAILED
  }

  private final Problem problem;

  DenseModelException(Problem problem, String message) {
    super(message);
    this.problem = problem;
  }

  DenseModelException(Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
  }

  /** The kind of problem. */
  public Problem problem() {
    return problem;
  }
}
