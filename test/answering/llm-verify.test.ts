import { describe, expect, it } from 'vitest';
import { verifyCitations } from '../../src/answering/llm-composer.js';
import { locateQuote } from '../../src/answering/locate-quote.js';
import type { Chunk } from '../../src/chunking/chunk.js';
import type { Passage } from '../../src/retrieval/passage.js';

const TEXT = 'LL事業は1996年度から2006年度まで実施された。\n地域間の産業交流を活発化し、新規産業の創出を図る。';

function passage(text: string, id = 'doc-1-2'): Passage {
  const chunk: Chunk = { id, doc: 'doc.txt', title: 'T', section: [], lines: [1, 2], text, seq: 0 };
  return { chunk, score: 1, lexical: 1, ngram: 1, dense: 0, coverage: 1 };
}

describe('locateQuote', () => {
  it('GIVEN full-width digits and a dropped line break THEN returns the passage own characters', () => {
    expect(locateQuote(TEXT, '１９９６年度から２００６年度まで')).toBe('1996年度から2006年度まで');
    expect(locateQuote(TEXT, '実施された。地域間の産業交流')).toBe('実施された。\n地域間の産業交流');
  });
  it('GIVEN words not in the passage THEN undefined', () => {
    expect(locateQuote(TEXT, '2010年度まで実施された')).toBeUndefined();
    expect(locateQuote(TEXT, '   ')).toBeUndefined();
  });
});

describe('verifyCitations', () => {
  const passages = [passage(TEXT), passage("it's OWLには174の企業・機関が参加している。", 'doc-5-5')];
  const reports = () => undefined;

  it('GIVEN a blank or one-character quote THEN drops it (it would match any passage)', () => {
    const result = verifyCitations(
      {
        answer: 'A [1]。B [2]。',
        citations: [
          { passage: 1, quote: ' ' },
          { passage: 2, quote: 'の' },
        ],
      },
      passages,
      reports,
    );
    expect(result.citations).toEqual([]);
    expect(result.dropped).toBe(2);
    expect(result.text).not.toMatch(/\[\d\]/);
  });

  it('GIVEN markers written as ［２］, 【1】, [1, 2] and [1-2] THEN renumbers them all', () => {
    const result = verifyCitations(
      {
        answer: '参加は174 ［２］。期間は10年【1】。両方 [1, 2]、範囲 [1-2]。',
        citations: [
          { passage: 2, quote: '174の企業・機関が参加' },
          { passage: 1, quote: '1996年度から2006年度まで' },
        ],
      },
      passages,
      reports,
    );
    expect(result.citations.map((c) => [c.n, c.passageId])).toEqual([
      [1, 'doc-5-5'],
      [2, 'doc-1-2'],
    ]);
    expect(result.text).toBe('参加は174 [1]。期間は10年[2]。両方 [2][1]、範囲 [2][1]。');
  });

  it('GIVEN a marker to a passage that was dropped THEN removes the marker', () => {
    const result = verifyCitations(
      {
        answer: '事実 [1]。作り話 [3]。',
        citations: [
          { passage: 1, quote: '地域間の産業交流を活発化' },
          { passage: 3, quote: '存在しない' },
        ],
      },
      passages,
      reports,
    );
    expect(result.text).toBe('事実 [1]。作り話。');
    expect(result.citations[0]?.quote).toBe('地域間の産業交流を活発化');
  });
});
