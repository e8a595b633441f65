/**
 * Optional dense sentence vectors for Storywire, computed locally from a model the user has
 * exported and placed on disk: a directory holding {@code model.onnx} and {@code tokenizer.json}
 * (for example a multilingual-e5, LaBSE or paraphrase-multilingual sentence-transformers export).
 * Nothing is ever downloaded: no model ships with Storywire and this package makes no network calls.
 *
 * <p>{@link dev.storywire.dense.SentenceEmbedder} is the interface; {@link
 * dev.storywire.dense.OnnxSentenceEmbedder} runs the model with ONNX Runtime, tokenizes with the
 * Hugging Face tokenizers library, mean-pools the last hidden state over the attention mask and
 * L2-normalises, so the dot product of two vectors is their cosine. Every load or inference problem
 * surfaces as a {@link dev.storywire.dense.DenseModelException} whose message is meant for users.
 *
 * <p>The tests load the small English all-MiniLM-L6-v2 (quantized) model from a test-scoped jar.
 * That model only proves the loader works: it is English-only and useless for matching stories
 * across languages, which is the reason this module exists. Use a multilingual model in practice.
 *
 * <p>Not yet wired into clustering.
 */
@NullMarked
package dev.storywire.dense;

import org.jspecify.annotations.NullMarked;
