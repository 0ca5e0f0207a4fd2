import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Encoding from 'encoding-japanese';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeReport } from '../../src/corpus/decode.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { DecodeError, ErrorCode } from '../../src/errors.js';
import { removeDir, tempDir } from '../fixtures/tiny-corpus.js';

const SAMPLE = '地域経済の活性化に向けた産業クラスター政策\n島根大学はアモルファス合金の研究拠点である。\n';

function encode(text: string, to: 'SJIS' | 'EUCJP'): Uint8Array {
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE', type: 'array' }));
}

describe('decodeReport', () => {
  it('decodes UTF-8', () => {
    const { text, encoding } = decodeReport(new TextEncoder().encode(SAMPLE), 'a.txt');
    expect(text).toBe(SAMPLE);
    expect(encoding).toBe('UTF8');
  });

  it('decodes UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    const { text } = decodeReport(bytes, 'bom.txt');
    expect(text).toBe(SAMPLE);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('decodes Shift_JIS', () => {
    const { text, encoding } = decodeReport(encode(SAMPLE, 'SJIS'), 'sjis.txt');
    expect(encoding).toBe('SJIS');
    expect(text).toBe(SAMPLE);
  });

  it('decodes EUC-JP', () => {
    const { text, encoding } = decodeReport(encode(SAMPLE, 'EUCJP'), 'euc.txt');
    expect(encoding).toBe('EUCJP');
    expect(text).toBe(SAMPLE);
  });

  it('turns CRLF line ends into LF', () => {
    const { text } = decodeReport(new TextEncoder().encode('一行目\r\n二行目\r\n'), 'crlf.txt');
    expect(text).toBe('一行目\n二行目\n');
  });

  it('GIVEN a binary file with NUL bytes THEN throws a DecodeError naming the file', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x00]);
    let caught: unknown;
    try {
      decodeReport(bytes, 'image.txt');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DecodeError);
    const error = caught as DecodeError;
    expect(error.file).toBe('image.txt');
    expect(error.code).toBe(ErrorCode.DecodeError);
    expect(error.message).toContain('image.txt');
  });
});

describe('loadCorpus', () => {
  let dir: string | undefined;
  afterEach(() => {
    removeDir(dir);
    dir = undefined;
  });

  it('GIVEN two good reports, one Shift_JIS report and one undecodable file THEN loads 3 and skips 1 naming it', () => {
    dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), '報告書A\n産業クラスターについて。\n');
    writeFileSync(path.join(dir, 'b.md'), '# 報告書B\n対日直接投資について。\n');
    writeFileSync(path.join(dir, 'c.txt'), encode('報告書C\n島根県のアモルファス合金。\n', 'SJIS'));
    writeFileSync(path.join(dir, 'broken.txt'), new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
    const { reports, skipped } = loadCorpus(dir);
    expect(reports.map((r) => r.doc).sort()).toEqual(['a.txt', 'b.md', 'c.txt']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.doc).toBe('broken.txt');
    expect(skipped[0]!.reason).toContain('broken.txt');
    const c = reports.find((r) => r.doc === 'c.txt')!;
    expect(c.lines[1]).toBe('島根県のアモルファス合金。');
    expect(c.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes metadata from sources.json and from a sidecar <file>.json, else derives the title', () => {
    dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), '表紙の行\n本文。\n');
    writeFileSync(path.join(dir, 'b.txt'), '別の表紙\n本文。\n');
    writeFileSync(path.join(dir, 'c.md'), '\n\n# 地域産業の調査\n本文。\n');
    writeFileSync(
      path.join(dir, 'sources.json'),
      JSON.stringify({
        reports: [
          { file: 'a.txt', title: '正式な題名A', publisher: 'ジェトロ', author: '山田太郎', date: '2020-04-01' },
          { file: 'b.txt', title: 'sources の題名B' },
        ],
      }),
    );
    writeFileSync(
      path.join(dir, 'b.txt.json'),
      JSON.stringify({ title: 'サイドカーの題名B', publisher: '経済産業省', date: '2019-03-31' }),
    );
    const { reports, skipped } = loadCorpus(dir);
    expect(skipped).toEqual([]);
    const byDoc = new Map(reports.map((r) => [r.doc, r]));
    expect(byDoc.get('a.txt')).toMatchObject({
      title: '正式な題名A',
      publisher: 'ジェトロ',
      author: '山田太郎',
      date: '2020-04-01',
    });
    // The sidecar overrides sources.json.
    expect(byDoc.get('b.txt')).toMatchObject({
      title: 'サイドカーの題名B',
      publisher: '経済産業省',
      date: '2019-03-31',
    });
    // Title fallback: first non-empty line, without the markdown #.
    expect(byDoc.get('c.md')).toMatchObject({ title: '地域産業の調査', publisher: null, author: null, date: null });
  });

  it('lines keep their source numbering (line n is lines[n-1])', () => {
    dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), '一\n\n三\n');
    const { reports } = loadCorpus(dir);
    expect(reports[0]!.lines.slice(0, 3)).toEqual(['一', '', '三']);
  });
});
