package dev.storywire.dense;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.storywire.dense.DenseModelException.Problem;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link SentenceEmbedder} over a local sentence-transformers model exported to ONNX: a directory
 * with {@code model.onnx} and the matching {@code tokenizer.json}. Nothing is downloaded.
 *
 * <p>The text is tokenized (special tokens added, truncated to {@link #MAX_TOKENS}), fed to the model
 * as {@code input_ids}, {@code attention_mask} and, when the model declares it, {@code
 * token_type_ids}; the last hidden state is averaged over the tokens the attention mask keeps and
 * the average is scaled to unit length. That is the pooling of the multilingual-e5, LaBSE-style and
 * paraphrase-multilingual sentence-transformers exports. (Models that expect a prefix such as e5's
 * {@code "query: "} get it from the caller: this class embeds exactly the text it is given.)
 *
 * <p><b>Thread-safety:</b> instances are safe for concurrent use. {@link OrtSession#run} is
 * documented thread-safe and runs concurrently; the tokenizer is a native object whose
 * thread-safety DJL does not document, so tokenization is synchronised on it (it is cheap beside
 * inference). {@link #close()} must not race with {@link #embed}: close only after the last call.
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder {

  /** The file name of the model inside the model directory. */
  public static final String MODEL_FILE = "model.onnx";

  /** The file name of the tokenizer inside the model directory. */
  public static final String TOKENIZER_FILE = "tokenizer.json";

  /**
   * Texts are cut to this many tokens, special tokens included. Storywire embeds a headline plus its
   * lead, which fits in well under 256 subword tokens even in languages that tokenize long; the
   * opening is where a news story says what it is about, so the cut loses little. The attention
   * cost grows with the square of the length, so the cap also bounds CPU time per item, and it is
   * below the 512 positions of every BERT/XLM-R-style model a user is likely to export.
   */
  public static final int MAX_TOKENS = 256;

  private static final String INPUT_IDS = "input_ids";
  private static final String ATTENTION_MASK = "attention_mask";
  private static final String TOKEN_TYPE_IDS = "token_type_ids";
  private static final Set<String> KNOWN_INPUTS = Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS);
  private static final String PREFERRED_OUTPUT = "last_hidden_state";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final String modelName;
  private final Map<String, OnnxJavaType> inputTypes;
  private final String outputName;
  private final int dimensions;
  private volatile boolean closed;

  private OnnxSentenceEmbedder(
      OrtEnvironment environment,
      OrtSession session,
      HuggingFaceTokenizer tokenizer,
      String modelName,
      Map<String, OnnxJavaType> inputTypes,
      String outputName) {
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.modelName = modelName;
    this.inputTypes = inputTypes;
    this.outputName = outputName;
    this.dimensions = run("probe", -1).length;
  }

  /**
   * Loads the model in {@code directory}.
   *
   * @throws DenseModelException with a message for the user if the directory or either file is
   *     missing or unreadable, or the model is not a sentence encoder this class can run
   */
  public static OnnxSentenceEmbedder open(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new DenseModelException(
          Problem.DIRECTORY_MISSING,
          "Dense model directory " + dir + " does not exist or is not a directory."
              + " Point it at a folder holding " + MODEL_FILE + " and " + TOKENIZER_FILE
              + " exported from a sentence-transformers model.");
    }
    Path modelFile = dir.resolve(MODEL_FILE);
    Path tokenizerFile = dir.resolve(TOKENIZER_FILE);
    if (!Files.isRegularFile(modelFile)) {
      throw new DenseModelException(
          Problem.MODEL_MISSING,
          "No " + MODEL_FILE + " in dense model directory " + dir
              + ". Export the model to ONNX (e.g. with optimum-cli export onnx) and name the file "
              + MODEL_FILE + ".");
    }
    if (!Files.isRegularFile(tokenizerFile)) {
      throw new DenseModelException(
          Problem.TOKENIZER_MISSING,
          "No " + TOKENIZER_FILE + " in dense model directory " + dir
              + ". Copy the tokenizer.json that belongs to the exported model into it.");
    }
    HuggingFaceTokenizer tokenizer = loadTokenizer(tokenizerFile);
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    OrtSession session;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      session = environment.createSession(modelFile.toString(), options);
    } catch (OrtException | RuntimeException e) {
      tokenizer.close();
      throw new DenseModelException(
          Problem.MODEL_CORRUPT,
          "Cannot load " + modelFile + " as an ONNX model (" + oneLine(e)
              + "). The file is damaged or not an ONNX export; export the model again.",
          e);
    }
    try {
      Map<String, OnnxJavaType> inputTypes = inputTypes(session, modelFile);
      String outputName = outputName(session, modelFile);
      String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
      return new OnnxSentenceEmbedder(environment, session, tokenizer, name, inputTypes, outputName);
    } catch (RuntimeException e) {
      tokenizer.close();
      closeQuietly(session);
      throw e;
    }
  }

  @Override
  public float[] embed(String text) {
    return run(text, dimensions);
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public String modelName() {
    return modelName;
  }

  /** How many tokens {@code text} becomes after truncation, special tokens included (for tests). */
  int tokenCount(String text) {
    return encode(text).getIds().length;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeQuietly(session);
    synchronized (tokenizer) {
      tokenizer.close();
    }
  }

  private Encoding encode(String text) {
    synchronized (tokenizer) {
      if (closed) {
        throw new DenseModelException(Problem.INFERENCE_FAILED, "Dense model " + modelName + " is closed.");
      }
      return tokenizer.encode(text);
    }
  }

  /** Embeds {@code text}; {@code expectedDimensions} is -1 for the probe run at load time. */
  private float[] run(String text, int expectedDimensions) {
    Encoding encoding = encode(text);
    long[] ids = encoding.getIds();
    long[] mask = encoding.getAttentionMask();
    long[] types = encoding.getTypeIds();
    if (types.length != ids.length) {
      types = new long[ids.length];
    }
    Map<String, long[]> values = Map.of(INPUT_IDS, ids, ATTENTION_MASK, mask, TOKEN_TYPE_IDS, types);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      for (Map.Entry<String, OnnxJavaType> input : inputTypes.entrySet()) {
        inputs.put(input.getKey(), tensor(values.get(input.getKey()), input.getValue()));
      }
      try (OrtSession.Result result = session.run(inputs, Set.of(outputName))) {
        OnnxValue value = result.get(outputName).orElseThrow();
        return pool(value, mask, expectedDimensions);
      }
    } catch (OrtException | IllegalStateException e) {
      throw new DenseModelException(
          Problem.INFERENCE_FAILED,
          "Dense model " + modelName + " failed to run (" + oneLine(e) + ").",
          e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private OnnxTensor tensor(long[] data, OnnxJavaType type) throws OrtException {
    long[] shape = {1, data.length};
    if (type == OnnxJavaType.INT32) {
      int[] ints = new int[data.length];
      for (int i = 0; i < data.length; i++) {
        ints[i] = Math.toIntExact(data[i]);
      }
      return OnnxTensor.createTensor(environment, IntBuffer.wrap(ints), shape);
    }
    return OnnxTensor.createTensor(environment, LongBuffer.wrap(data), shape);
  }

  private float[] pool(OnnxValue value, long[] mask, int expectedDimensions) {
    if (!(value instanceof OnnxTensor tensor)
        || !(tensor.getInfo() instanceof TensorInfo info)
        || info.type != OnnxJavaType.FLOAT) {
      throw unexpectedOutput("its output " + outputName + " is not a float tensor");
    }
    long[] shape = info.getShape();
    if (shape.length != 3 || shape[0] != 1 || shape[1] != mask.length || shape[2] < 1) {
      throw unexpectedOutput(
          "its output " + outputName + " has shape " + Arrays.toString(shape) + ", expected [1, "
              + mask.length + ", hidden]");
    }
    int hidden = Math.toIntExact(shape[2]);
    if (expectedDimensions >= 0 && hidden != expectedDimensions) {
      throw unexpectedOutput("its output width changed from " + expectedDimensions + " to " + hidden);
    }
    FloatBuffer states = tensor.getFloatBuffer();
    double[] sum = new double[hidden];
    long kept = 0;
    for (int t = 0; t < mask.length; t++) {
      if (mask[t] == 0) {
        continue;
      }
      kept++;
      int base = t * hidden;
      for (int h = 0; h < hidden; h++) {
        sum[h] += states.get(base + h);
      }
    }
    double norm = 0;
    for (int h = 0; h < hidden; h++) {
      sum[h] /= Math.max(1, kept);
      norm += sum[h] * sum[h];
    }
    norm = Math.sqrt(norm);
    if (!(norm > 0) || Double.isInfinite(norm)) {
      throw unexpectedOutput("it produced a zero or non-finite vector");
    }
    float[] vector = new float[hidden];
    for (int h = 0; h < hidden; h++) {
      vector[h] = (float) (sum[h] / norm);
    }
    return vector;
  }

  private DenseModelException unexpectedOutput(String what) {
    return new DenseModelException(
        Problem.UNEXPECTED_OUTPUT,
        "Dense model " + modelName + " is not a sentence encoder Storywire can use: " + what
            + ". Export the transformer itself (its last_hidden_state), not a classifier.");
  }

  private static HuggingFaceTokenizer loadTokenizer(Path tokenizerFile) {
    try {
      return HuggingFaceTokenizer.newInstance(
          tokenizerFile,
          Map.of(
              "maxLength", Integer.toString(MAX_TOKENS),
              "truncation", "true",
              "padding", "false",
              "addSpecialTokens", "true"));
    } catch (Exception e) {
      throw new DenseModelException(
          Problem.TOKENIZER_CORRUPT,
          "Cannot load " + tokenizerFile + " as a Hugging Face tokenizer (" + oneLine(e)
              + "). Copy the tokenizer.json that belongs to the exported model again.",
          e);
    }
  }

  private static Map<String, OnnxJavaType> inputTypes(OrtSession session, Path modelFile) {
    Map<String, NodeInfo> declared;
    try {
      declared = session.getInputInfo();
    } catch (OrtException e) {
      throw new DenseModelException(Problem.MODEL_CORRUPT, "Cannot read the inputs of " + modelFile + ".", e);
    }
    if (!declared.containsKey(INPUT_IDS) || !KNOWN_INPUTS.containsAll(declared.keySet())) {
      throw new DenseModelException(
          Problem.UNSUPPORTED_INPUTS,
          modelFile + " takes inputs " + declared.keySet() + "; Storywire can feed only "
              + List.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS)
              + " (input_ids required). Export a BERT/XLM-R-style sentence encoder.");
    }
    Map<String, OnnxJavaType> types = new HashMap<>();
    for (Map.Entry<String, NodeInfo> input : declared.entrySet()) {
      if (!(input.getValue().getInfo() instanceof TensorInfo info)
          || (info.type != OnnxJavaType.INT64 && info.type != OnnxJavaType.INT32)) {
        throw new DenseModelException(
            Problem.UNSUPPORTED_INPUTS,
            modelFile + " declares input " + input.getKey() + " as " + input.getValue().getInfo()
                + "; Storywire feeds 64- or 32-bit integer token tensors.");
      }
      types.put(input.getKey(), info.type);
    }
    return Map.copyOf(types);
  }

  private static String outputName(OrtSession session, Path modelFile) {
    Map<String, NodeInfo> outputs;
    try {
      outputs = session.getOutputInfo();
    } catch (OrtException e) {
      throw new DenseModelException(Problem.MODEL_CORRUPT, "Cannot read the outputs of " + modelFile + ".", e);
    }
    NodeInfo preferred = outputs.get(PREFERRED_OUTPUT);
    if (preferred != null && isHiddenState(preferred)) {
      return PREFERRED_OUTPUT;
    }
    for (Map.Entry<String, NodeInfo> output : outputs.entrySet()) {
      if (isHiddenState(output.getValue())) {
        return output.getKey();
      }
    }
    throw new DenseModelException(
        Problem.UNEXPECTED_OUTPUT,
        modelFile + " has no [batch, tokens, hidden] float output to pool (outputs: " + outputs.keySet()
            + "). Export the transformer itself (its last_hidden_state), not a classifier.");
  }

  private static boolean isHiddenState(NodeInfo node) {
    return node.getInfo() instanceof TensorInfo info
        && info.type == OnnxJavaType.FLOAT
        && info.getShape().length == 3;
  }

  private static void closeQuietly(OrtSession session) {
    try {
      session.close();
    } catch (OrtException | RuntimeException ignored) {
      // Nothing useful to do while releasing a model.
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = message.strip().lines().findFirst().orElse(message);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
