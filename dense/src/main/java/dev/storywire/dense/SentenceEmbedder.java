package dev.storywire.dense;

/**
 * Turns a text into a fixed-length, L2-normalised vector such that texts with the same meaning
 * (ideally in any language) get vectors with a high dot product.
 *
 * <p>Implementations document their own thread-safety; {@link OnnxSentenceEmbedder} is safe for
 * concurrent use.
 */
public interface SentenceEmbedder extends AutoCloseable {

  /**
   * The unit-length vector for {@code text}, of length {@link #dimensions()}. Long texts are
   * truncated by the implementation; the same text always gives the same vector.
   *
   * @throws DenseModelException if the model cannot embed the text (the message is for users)
   */
  float[] embed(String text);

  /** The length of every vector {@link #embed} returns. */
  int dimensions();

  /** A human-readable name of the model, for logs and explanations (e.g. its directory name). */
  String modelName();

  /** Releases the model; {@link #embed} must not be called afterwards. */
  @Override
  void close();

  /** The cosine of two vectors from {@link #embed}: their dot product, since both are unit length. */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
    }
    return dot;
  }
}
