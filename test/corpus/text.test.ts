import { beforeAll, describe, expect, it } from 'vitest';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';
import { normalizeForIndex, repairDisplay } from '../../src/text/normalize.js';
import { capSegments, splitSentences } from '../../src/text/sentences.js';

describe('normalizeForIndex', () => {
  it('turns full-width digits and latin into half-width lower case', () => {
    expect(normalizeForIndex('ＲＩＴ事業２０２４')).toBe('rit事業2024');
  });

  it('removes thousands separators: ３,４３３ → 3433', () => {
    expect(normalizeForIndex('企業数は３,４３３社')).toBe('企業数は3433社');
    expect(normalizeForIndex('1,234,567円')).toBe('1234567円');
  });

  it('keeps a comma that is not a thousands separator', () => {
    expect(normalizeForIndex('1,2')).toBe('1,2');
  });

  it('turns half-width katakana into full-width', () => {
    expect(normalizeForIndex('ｸﾗｽﾀｰ')).toBe('クラスター');
  });

  it('turns a dash after katakana into the long-vowel mark ー', () => {
    expect(normalizeForIndex('コンピュ−タ')).toBe('コンピュータ');
    expect(normalizeForIndex('サ-バ')).toBe('サーバ');
    expect(normalizeForIndex('ｺﾝﾋﾟｭｰﾀ')).toBe('コンピュータ');
  });

  it('leaves a dash between digits alone', () => {
    expect(normalizeForIndex('1-1')).toBe('1-1');
  });
});

describe('repairDisplay', () => {
  it('removes leftover HTML tags such as <ul style="...">', () => {
    expect(repairDisplay('<ul style="margin-left: 2em">産業集積の類型</ul>')).toBe('産業集積の類型');
    expect(repairDisplay('<p>本文</p><br/>')).toBe('本文');
  });

  it('keeps Japanese angle-bracket labels and URLs', () => {
    expect(repairDisplay('<例> 北上川流域の取組')).toBe('<例> 北上川流域の取組');
    expect(repairDisplay('詳細は https://www.jetro.go.jp/ja/ を参照')).toBe(
      '詳細は https://www.jetro.go.jp/ja/ を参照',
    );
  });

  it('folds runs of spaces and trims', () => {
    expect(repairDisplay('  産業　　クラスター   政策  ')).toBe('産業 クラスター 政策');
  });

  it('removes unreadable private-use bullet glyphs but keeps the words', () => {
    const repaired = repairDisplay('\uF06C 研究拠点の整備');
    expect(repaired).not.toMatch(/[\uE000-\uF8FF]/);
    expect(repaired).toMatch(/研究拠点の整備$/);
  });
});

describe('splitSentences', () => {
  it('splits at 。！？ and keeps closing brackets with their sentence', () => {
    const spans = splitSentences('「成功した。」次に進む！本当か？最後');
    expect(spans.map((s) => s.text)).toEqual(['「成功した。」', '次に進む！', '本当か？', '最後']);
  });

  it('offsets map back to the source text', () => {
    const text = 'これは一文目。 これは二文目。';
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('capSegments', () => {
  it('no segment is over the maximum and nothing is lost', () => {
    const text = `${'産業クラスター政策は、'.repeat(30)}終わり。次の文。\n${'あ'.repeat(500)}`;
    const segments = capSegments(text, 120);
    for (const segment of segments) expect(segment.length).toBeLessThanOrEqual(120);
    expect(segments.join('')).toBe(text.replace(/\n/g, ''));
  });

  it('cuts a 50,000-character line without punctuation', () => {
    const line = '地域経済産業政策'.repeat(6250);
    expect(line).toHaveLength(50_000);
    const segments = capSegments(line, 120);
    expect(segments.length).toBeGreaterThanOrEqual(Math.ceil(50_000 / 120));
    for (const segment of segments) expect(segment.length).toBeLessThanOrEqual(120);
    expect(segments.join('')).toBe(line);
  });

  it('prefers to cut after 、', () => {
    const text = `${'あ'.repeat(60)}、${'い'.repeat(100)}`;
    const [first] = capSegments(text, 120);
    expect(first).toBe(`${'あ'.repeat(60)}、`);
  });
});

describe('kuromoji tokenizer', () => {
  let tokenizer: KuromojiTokenizerAdapter;
  beforeAll(async () => {
    tokenizer = await getTokenizer();
  });

  it('returns base forms of verbs', () => {
    const terms = tokenizer.terms('企業が研究所と協力した');
    expect(terms).toContain('協力');
    expect(terms).toContain('企業');
    expect(tokenizer.terms('地域を走った')).toContain('走る');
  });

  it('drops particles, auxiliaries and punctuation', () => {
    const terms = tokenizer.terms('島根大学の研究は、世界でも評価されている。');
    for (const dropped of ['の', 'は', 'で', 'も', 'て', '、', '。', 'いる', 'れる'])
      expect(terms).not.toContain(dropped);
    expect(terms).toEqual(['島根大学', '研究', '世界', '評価']);
  });

  it('keeps 型 after a noun (a kind: 誘致先行型), drops other suffixes (さん, 的)', () => {
    expect(tokenizer.terms('誘致先行型')).toContain('型');
    expect(tokenizer.terms('どういう型に分けてる')).toContain('型');
    const terms = tokenizer.terms('田中さんの国際的な活動');
    expect(terms).not.toContain('さん');
    expect(terms).not.toContain('的');
  });

  it('treats コンピューター and コンピュータ alike', () => {
    expect(tokenizer.terms('コンピューター')).toEqual(tokenizer.terms('コンピュータ'));
    expect(tokenizer.terms('コンピュータ')).toContain('コンピュータ');
  });

  it('normalizes full-width input before tokenizing', () => {
    expect(tokenizer.terms('ＲＩＴ事業')).toEqual(tokenizer.terms('RIT事業'));
  });

  it('tokenizes a 50,000-character line without punctuation', () => {
    const line = '産業集積地域経済活性化'.repeat(4546).slice(0, 50_000);
    const terms = tokenizer.terms(line);
    expect(terms.length).toBeGreaterThan(1000);
    expect(terms).toContain('産業');
  });
});
