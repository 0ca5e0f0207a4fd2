/**
 * kuromoji's word lattice (`ViterbiBuilder.build`), built without its quadratic steps: for every
 * position of a segment kuromoji encodes the whole rest of the segment to UTF-8 (to look up the
 * dictionary words starting there) and wraps it in a new surrogate-aware string, although a
 * lookup stops at the first byte no dictionary word continues with. Here the lookup walks the
 * dictionary's trie character by character from the position, and the segment is wrapped once.
 * The lattice is the same, node for node (`test/corpus/kuromoji-lattice.test.ts` compares the two
 * over the corpus); a question is analysed about twice as fast.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

/** The parts of kuromoji's internals the lattice builder reads (kuromoji 0.1.2, unchanged since 2018). */
interface DoubleArrayTrie {
  traverse(parent: number, code: number): number;
  bc: { getBase(index: number): number };
}
interface ByteDictionary {
  getShort(offset: number): number;
}
interface WordDictionary {
  target_map: Record<number, ArrayLike<number | string>>;
  dictionary: ByteDictionary;
}
interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}
interface UnknownWordDictionary extends WordDictionary {
  lookup(character: string): CharacterClass;
}
interface Lattice {
  append(node: object): void;
  appendEos(): void;
}
interface SurrogateAware {
  length: number;
  charAt(index: number): string;
}
export interface LatticeBuilder {
  trie: DoubleArrayTrie;
  token_info_dictionary: WordDictionary;
  unknown_dictionary: UnknownWordDictionary;
  build(sentence: string): Lattice;
}

type NodeClass = new (
  name: number,
  cost: number,
  start: number,
  length: number,
  type: string,
  leftId: number,
  rightId: number,
  surface: string,
) => object;

/** doublearray's constants: the root node, the code marking a key's end, "no such child". */
const ROOT_ID = 0;
const TERM_CODE = 0;
const NOT_FOUND = -1;

/** A kuromoji tokenizer's lattice builder (its own instance of `ViterbiBuilder`). */
function builderOf(tokenizer: object): LatticeBuilder {
  return (tokenizer as { viterbi_builder: LatticeBuilder }).viterbi_builder;
}

const require = createRequire(import.meta.url);
/** Where the kuromoji package is installed (its `dict/` and `src/`). */
export const KUROMOJI_ROOT = path.dirname(require.resolve('kuromoji/package.json'));

/** A module of kuromoji's sources (`src/…`), for the internals its package does not export. */
export function kuromojiModule<T>(file: string): T {
  return require(path.join(KUROMOJI_ROOT, 'src', file)) as T;
}

/** Makes a kuromoji tokenizer build its lattices with the linear-time version below. */
export function useLinearLatticeBuilder(tokenizer: object): void {
  const builder = builderOf(tokenizer);
  const ViterbiLattice = kuromojiModule<new () => Lattice>('viterbi/ViterbiLattice.js');
  const ViterbiNode = kuromojiModule<NodeClass>('viterbi/ViterbiNode.js');
  const SurrogateAwareString = kuromojiModule<new (text: string) => SurrogateAware>('util/SurrogateAwareString.js');
  builder.build = (text: string) => buildLattice(builder, text, ViterbiLattice, ViterbiNode, SurrogateAwareString);
}

/** `run()` with the tokenizer building its lattices as kuromoji does (for `npm run bench` and tests). */
export function withKuromojiLattice<T>(tokenizer: object, run: () => T): T {
  const builder = builderOf(tokenizer);
  const linear = builder.build;
  const shipped = kuromojiModule<{ prototype: { build(this: LatticeBuilder, text: string): Lattice } }>(
    'viterbi/ViterbiBuilder.js',
  ).prototype.build;
  builder.build = (text: string) => shipped.call(builder, text);
  try {
    return run();
  } finally {
    builder.build = linear;
  }
}

/** kuromoji's `ViterbiBuilder.prototype.build`, step for step, with the two lookups made linear. */
function buildLattice(
  builder: LatticeBuilder,
  text: string,
  ViterbiLattice: new () => Lattice,
  ViterbiNode: NodeClass,
  SurrogateAwareString: new (text: string) => SurrogateAware,
): Lattice {
  const { trie, token_info_dictionary: known, unknown_dictionary: unknown } = builder;
  const lattice = new ViterbiLattice();
  const sentence = new SurrogateAwareString(text);
  let offset = 0; // UTF-16 offset of position `pos`
  for (let pos = 0; pos < sentence.length; pos++) {
    const head = sentence.charAt(pos);
    const words = dictionaryWordsAt(trie, text, offset);
    for (const { key, id } of words) {
      appendNodes(lattice, ViterbiNode, known, known.target_map[id]!, pos, key.length, 'KNOWN', key);
    }
    // Unknown words: a run of characters of the head character's class.
    const headClass = unknown.lookup(head);
    if (words.length === 0 || headClass.is_always_invoke === 1) {
      let key = head;
      // kuromoji's length of a one-character key is 1 even for a surrogate pair; of a longer
      // one, its UTF-16 length.
      let grouped = false;
      if (headClass.is_grouping === 1) {
        for (let k = pos + 1; k < sentence.length; k++) {
          const next = sentence.charAt(k);
          if (unknown.lookup(next).class_name !== headClass.class_name) break;
          key += next;
          grouped = true;
        }
      }
      const entries = unknown.target_map[headClass.class_id]!;
      appendNodes(lattice, ViterbiNode, unknown, entries, pos, grouped ? key.length : 1, 'UNKNOWN', key);
    }
    offset += head.length;
  }
  lattice.appendEos();
  return lattice;
}

/** One lattice node per dictionary entry of a word starting at position `pos`. */
function appendNodes(
  lattice: Lattice,
  ViterbiNode: NodeClass,
  from: WordDictionary,
  entries: ArrayLike<number | string>,
  pos: number,
  length: number,
  type: 'KNOWN' | 'UNKNOWN',
  surface: string,
): void {
  const { dictionary } = from;
  for (let i = 0; i < entries.length; i++) {
    const entry = toInt(entries[i]!);
    // node name, cost, start (from 1), length, type, left and right context ids, surface form
    const cost = dictionary.getShort(entry + 4);
    const left = dictionary.getShort(entry);
    const right = dictionary.getShort(entry + 2);
    lattice.append(new ViterbiNode(entry, cost, pos + 1, length, type, left, right, surface));
  }
}

function toInt(value: number | string): number {
  return typeof value === 'number' ? value : parseInt(value, 10);
}

/**
 * The dictionary words that start at UTF-16 offset `from` of `text`, shortest first, with their
 * trie record (doublearray's `commonPrefixSearch` on `text.slice(from)`, without encoding the
 * whole rest of the text first). Keys are whole characters of UTF-8, so a key can only end where
 * a character does.
 */
function dictionaryWordsAt(trie: DoubleArrayTrie, text: string, from: number): { key: string; id: number }[] {
  const found: { key: string; id: number }[] = [];
  let parent = ROOT_ID;
  const bytes = [0, 0, 0, 0];
  for (let at = from; at < text.length;) {
    let code = text.charCodeAt(at++);
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(at++);
      // A lone surrogate: doublearray cannot encode it; no dictionary word goes through it.
      if (!(low >= 0xdc00 && low <= 0xdfff)) return found;
      code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
    const length = utf8(code, bytes);
    for (let b = 0; b < length; b++) {
      const child = trie.traverse(parent, bytes[b]!);
      if (child === NOT_FOUND) return found;
      parent = child;
    }
    const end = trie.traverse(parent, TERM_CODE);
    if (end !== NOT_FOUND) {
      const base = trie.bc.getBase(end);
      // A key's end node always holds its record (base ≤ 0) in kuromoji's dictionary.
      found.push({ key: text.slice(from, at), id: -base - 1 });
    }
  }
  return found;
}

/** UTF-8 bytes of code point `code` into `out`; returns their number. */
function utf8(code: number, out: number[]): number {
  if (code < 0x80) {
    out[0] = code;
    return 1;
  }
  if (code < 0x800) {
    out[0] = (code >>> 6) | 0xc0;
    out[1] = (code & 0x3f) | 0x80;
    return 2;
  }
  if (code < 0x10000) {
    out[0] = (code >>> 12) | 0xe0;
    out[1] = ((code >> 6) & 0x3f) | 0x80;
    out[2] = (code & 0x3f) | 0x80;
    return 3;
  }
  out[0] = (code >>> 18) | 0xf0;
  out[1] = ((code >> 12) & 0x3f) | 0x80;
  out[2] = ((code >> 6) & 0x3f) | 0x80;
  out[3] = (code & 0x3f) | 0x80;
  return 4;
}
