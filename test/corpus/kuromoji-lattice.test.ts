import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LatticeBuilder } from '../../src/text/kuromoji-lattice.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';
import { capSegments } from '../../src/text/sentences.js';

const require = createRequire(import.meta.url);
/** kuromoji's own lattice builder, to compare with. */
const ViterbiBuilder = require('kuromoji/src/viterbi/ViterbiBuilder.js') as {
  prototype: { build(this: LatticeBuilder, text: string): unknown };
};

interface LatticeNode {
  name: number;
  cost: number;
  start_pos: number;
  length: number;
  type: string;
  left_id: number;
  right_id: number;
  surface_form: string;
}

/** Every node of a lattice, by end position, as plain values. */
function nodesOf(lattice: unknown): unknown[] {
  return (lattice as { nodes_end_at: (LatticeNode[] | undefined)[] }).nodes_end_at.map((nodes) =>
    nodes?.map((n) => [n.name, n.cost, n.start_pos, n.length, n.type, n.left_id, n.right_id, n.surface_form]),
  );
}

const CORPUS = path.resolve(import.meta.dirname, '../../corpus');

describe('linear-time kuromoji lattice', () => {
  let tokenizer: KuromojiTokenizerAdapter;
  let builder: LatticeBuilder;
  beforeAll(async () => {
    tokenizer = await getTokenizer();
    // White-box: the adapter's kuromoji tokenizer, and its lattice builder.
    const inner = (tokenizer as unknown as { inner: { viterbi_builder: LatticeBuilder } }).inner;
    builder = inner.viterbi_builder;
  });

  it('is in use', () => {
    expect(builder.build).not.toBe(ViterbiBuilder.prototype.build);
  });

  it("builds kuromoji's lattice, node for node, for every segment of the reports", () => {
    const segments = readdirSync(CORPUS)
      .filter((file) => file.endsWith('.txt'))
      .flatMap((file) => readFileSync(path.join(CORPUS, file), 'utf8').split('\n'))
      .flatMap((line) => capSegments(line, 120));
    expect(segments.length).toBeGreaterThan(5000);
    let differing = 0;
    for (const segment of segments) {
      const expected = JSON.stringify(nodesOf(ViterbiBuilder.prototype.build.call(builder, segment)));
      if (JSON.stringify(nodesOf(builder.build(segment))) !== expected) differing++;
    }
    expect(differing).toBe(0);
  });

  it.each([
    ['characters outside the BMP', '𠮷野家で𩸽を食べた'],
    ['half-width katakana and full-width latin', 'ｶﾀｶﾅのﾃｽﾄ１２３ＡＢＣ'],
    ['an emoji run (grouped unknown words)', '報告書😀😀を読む'],
    ['a long katakana word', 'ハイ・バリュー・マニュファクチャリング・カタパルト'],
    ['one character', 'a'],
    ['nothing', ''],
  ])('matches kuromoji on %s', (_name, text) => {
    expect(nodesOf(builder.build(text))).toEqual(nodesOf(ViterbiBuilder.prototype.build.call(builder, text)));
  });

  it('tokenizes a lone surrogate (a broken paste), where kuromoji throws', () => {
    const text = '産業クラスター\ud800計画';
    expect(() => ViterbiBuilder.prototype.build.call(builder, text)).toThrow();
    const surfaces = tokenizer.tokens(text).map((token) => token.surface_form);
    expect(surfaces.join('')).toBe(text);
    expect(tokenizer.terms(text)).toContain('産業');
  });
});
