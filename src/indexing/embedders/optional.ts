/**
 * Optional neural embedders, selected by KOTAE_EMBEDDER. None is needed by default (LSA is):
 * each is created only when configured, and any failure is reported in one clear message so
 * the caller can fall back to LSA.
 * - openai: any OpenAI-compatible `/v1/embeddings` endpoint (OpenAI, vLLM, llama.cpp, LM Studio).
 * - ollama: Ollama's OpenAI-compatible endpoint (`http://127.0.0.1:11434/v1`).
 * - transformers: @huggingface/transformers from a local model directory only (never downloads).
 *   Not installed by default: `ONNXRUNTIME_NODE_INSTALL=skip ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm i @huggingface/transformers`.
 */
import { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../../config/config.js';
import { EmbedderError } from '../../errors.js';

export type EmbedderConfig = Config['embedder'];

export async function createOptionalEmbeddings(config: EmbedderConfig): Promise<Embeddings> {
  switch (config.kind) {
    case 'openai':
    case 'ollama': {
      const { OpenAIEmbeddings } = await import('@langchain/openai');
      const baseURL = config.baseUrl ?? (config.kind === 'ollama' ? 'http://127.0.0.1:11434/v1' : undefined);
      if (!config.model) {
        throw new EmbedderError(
          `embedder ${config.kind}: KOTAE_EMBEDDING_MODEL is not set (e.g. text-embedding-3-small, bge-m3)`,
        );
      }
      return new OpenAIEmbeddings({
        model: config.model,
        apiKey: config.apiKey ?? 'not-needed',
        maxRetries: 1,
        timeout: 30_000,
        ...(baseURL ? { configuration: { baseURL } } : {}),
      });
    }
    case 'transformers':
      return createTransformersEmbeddings(config);
    default:
      throw new EmbedderError(`embedder: ${config.kind} is not an optional embedder`);
  }
}

async function createTransformersEmbeddings(config: EmbedderConfig): Promise<Embeddings> {
  if (!config.modelDir) {
    throw new EmbedderError('embedder transformers: set KOTAE_TRANSFORMERS_MODEL_DIR to a local model directory');
  }
  const moduleName = '@huggingface/transformers';
  let transformers: {
    env: { allowRemoteModels: boolean; localModelPath: string };
    pipeline: (
      task: string,
      model: string,
    ) => Promise<(texts: string[], options: object) => Promise<{ tolist(): number[][] }>>;
  };
  try {
    transformers = await import(moduleName);
  } catch (error) {
    throw new EmbedderError(
      `embedder transformers: ${moduleName} is not installed. Install it with ONNXRUNTIME_NODE_INSTALL=skip ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm install ${moduleName}`,
      { cause: error },
    );
  }
  transformers.env.allowRemoteModels = false;
  transformers.env.localModelPath = config.modelDir;
  const extractor = await transformers.pipeline('feature-extraction', config.model ?? '');
  class TransformersEmbeddings extends Embeddings {
    async embedDocuments(texts: string[]): Promise<number[][]> {
      return (await extractor(texts, { pooling: 'mean', normalize: true })).tolist();
    }
    async embedQuery(text: string): Promise<number[]> {
      return (await this.embedDocuments([text]))[0] ?? [];
    }
  }
  return new TransformersEmbeddings({});
}
