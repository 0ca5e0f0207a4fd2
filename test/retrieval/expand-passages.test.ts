import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { citationFor } from '../../src/answering/citations.js';
import { expandPassages, joinChunks, resolvePassage } from '../../src/retrieval/expand-passages.js';

/** Chunks of two reports; `sizes` gives each chunk's text length. */
function chunks(sizes: number[], docOf: (i: number) => string = () => 'a.txt'): Chunk[] {
  let line = 1;
  return sizes.map((size, i) => {
    const doc = docOf(i);
    const key = doc.replace(/\..*$/, '');
    const lines: [number, number] = [line, line + 1];
    line += 2;
    return {
      id: `${key}-${lines[0]}-${lines[1]}`,
      doc,
      title: doc,
      section: [`s${i}`],
      lines,
      text: String.fromCharCode(0x4e00 + i).repeat(size),
      seq: i,
    };
  });
}

describe('expandPassages', () => {
  it('GIVEN a small chunk THEN grows into the better-scoring neighbour first, up to the maximum', () => {
    const all = chunks([100, 100, 100, 100, 100]);
    const scores = [0, 0.2, 1, 0.5, 0.1];
    const [passage] = expandPassages([2], all, (j) => scores[j]!, 1, 350);
    // 100 + 1 + 100 (chunk 3, better than chunk 1) + 1 + 100 (chunk 1) = 302 ≤ 350; a fourth would be 403.
    expect(passage).toEqual({ primary: 2, from: 1, to: 3 });
  });

  it('GIVEN neighbours taken into a better passage THEN does not return them again and still returns k passages', () => {
    const all = chunks([100, 100, 100, 100, 100, 100]);
    const scores = [0.1, 0.9, 1, 0.2, 0.3, 0.8];
    const passages = expandPassages([2, 1, 5, 4, 0, 3], all, (j) => scores[j]!, 2, 201);
    expect(passages).toEqual([
      { primary: 2, from: 1, to: 2 },
      { primary: 5, from: 4, to: 5 },
    ]);
  });

  it('GIVEN a slide repeated word for word later in the report THEN returns it once', () => {
    const all = chunks([100, 100, 100, 100]);
    all[3] = { ...all[3]!, text: all[0]!.text.replace(/^(.{50})/, '$1\n') };
    const passages = expandPassages([0, 3, 1, 2], all, () => 1, 3, 100);
    expect(passages.map((p) => p.primary)).toEqual([0, 1, 2]);
  });

  it('never joins chunks of two reports and never exceeds the maximum', () => {
    const all = chunks([100, 100, 500], (i) => (i < 2 ? 'a.txt' : 'b.txt'));
    const passages = expandPassages([1, 2], all, () => 1, 5, 600);
    expect(passages).toEqual([
      { primary: 1, from: 0, to: 1 },
      { primary: 2, from: 2, to: 2 },
    ]);
    for (const { from, to } of passages) expect(joinChunks(all, from, to).text.length).toBeLessThanOrEqual(600);
  });
});

describe('passage ids', () => {
  const all = chunks([10, 10, 10]);
  const index = new Map(all.map((chunk, i) => [chunk.id, i]));

  it('a joined passage is named by its first chunk and the number of chunks after it', () => {
    const joined = joinChunks(all, 0, 2);
    expect(joined.id).toBe('a-1-2+2');
    expect(joined.lines).toEqual([1, 6]);
    expect(joined.section).toEqual(['s0']);
    expect(joined.text).toBe(all.map((chunk) => chunk.text).join('\n'));
  });

  it("GIVEN a passage joined across a heading THEN a quote from a later part is cited under that part's section", () => {
    const joined = joinChunks(all, 0, 2);
    const third = all[2]!.text;
    expect(citationFor(1, joined, third, () => undefined).section).toEqual(['s2']);
    expect(citationFor(1, joined, all[0]!.text, () => undefined).section).toEqual(['s0']);
    // The passage itself (the "related" list, the passage dialog) keeps its first section.
    expect(joined.section).toEqual(['s0']);
  });

  it('resolves chunk ids and joined-passage ids back to their chunks; rejects unknown ones', () => {
    expect(resolvePassage('a-3-4', all, index)).toEqual({ from: 1, to: 1 });
    expect(resolvePassage(joinChunks(all, 1, 2).id, all, index)).toEqual({ from: 1, to: 2 });
    expect(resolvePassage('a-1-2+5', all, index)).toBeUndefined();
    expect(resolvePassage('b-1-2+1', all, index)).toBeUndefined();
    expect(resolvePassage('../etc', all, index)).toBeUndefined();
  });

  it('GIVEN pieces of one long line (same line numbers) THEN the joined id differs from the first piece', () => {
    const pieces: Chunk[] = [
      { ...all[0]!, id: 'a-9-9', lines: [9, 9] },
      { ...all[1]!, id: 'a-9-9.1', lines: [9, 9] },
    ];
    const pieceIndex = new Map(pieces.map((chunk, i) => [chunk.id, i]));
    const joined = joinChunks(pieces, 0, 1);
    expect(joined.id).not.toBe('a-9-9');
    expect(resolvePassage(joined.id, pieces, pieceIndex)).toEqual({ from: 0, to: 1 });
  });
});

describe('displaySection', () => {
  it('GIVEN labels that slide conversion left among the headings THEN the path shown keeps only titles', async () => {
    const { displaySection } = await import('../../src/answering/citations.js');
    expect(
      displaySection([
        '2. 成功要因分析 (3) 分析結果',
        '[単位:件数]',
        '出所：各種公開情報よりNRI作成',
        '（資料）日本総合研究所作成',
        '＜直近＞',
        'その他',
        '自治体の',
        'による公開情報',
        '【図表4】',
      ]),
    ).toEqual(['2. 成功要因分析 (3) 分析結果']);
    expect(
      displaySection(['＜地域のDX機運の醸成＞', '【北海道】', '(1) ハイ・バリュー・マニュファクチャリング']),
    ).toEqual(['＜地域のDX機運の醸成＞', '【北海道】', '(1) ハイ・バリュー・マニュファクチャリング']);
  });
});
