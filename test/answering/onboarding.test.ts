/**
 * Onboarding content from small reports: the overview quotes what a report finds (a slide's lead
 * line counts even without 。), never its title page or a heading; the glossary takes definitions
 * as the reports write them, each cited.
 */
import { describe, expect, it } from 'vitest';
import { buildGlossary, buildOnboarding } from '../../src/answering/onboarding.js';
import { answerAboutReports } from '../../src/answering/shelf.js';
import type { Chunk } from '../../src/chunking/chunk.js';

const TITLE = '島根県における先端金属素材研究を軸とした共同可能性探索調査';

function chunk(seq: number, section: string[], text: string): Chunk {
  return { id: `r-${seq}`, doc: 'r.txt', title: TITLE, section, lines: [seq * 10 + 1, seq * 10 + 5], text, seq };
}

const chunks: Chunk[] = [
  chunk(0, [], `${TITLE}日本貿易振興機構（ジェトロ）`),
  chunk(
    1,
    ['■ 提言'],
    'アモルファス合金の島根モデルは少量高付加価値用途に絞り、島根大学を核とする共同研究拠点で商用化を前進させることにある',
  ),
  chunk(
    2,
    ['■ 提言'],
    '- 量産市場でのコスト競争は困難であり、初期はニッチ用途の実証の蓄積が現実的なアモルファス合金の道筋',
  ),
  chunk(3, ['■ 現状'], '県内にはモーターメーカーが不在である。アモルファス合金の加工は島根大学と県内企業が担う。'),
  chunk(4, ['■ 現状'], '地域間交流支援(RIT)事業は、海外の産業集積との交流を支援する。'),
  chunk(
    5,
    ['■ 現状'],
    'アモルファス合金と島根大学の共同研究を踏まえ、モーター用途の産業集積類型の再考、及び立地環境等に関す',
  ),
];
const source = {
  chunks,
  reports: [{ doc: 'r.txt' }],
  terms: chunks.map((c) => (c.text.match(/アモルファス合金|島根大学|共同研究|モーター|用途/g) ?? []).map(String)),
  report: () => ({ title: TITLE, publisher: 'ジェトロ', author: null, date: '2026-03-31' }),
};

describe('report overview', () => {
  const [report] = buildOnboarding(source).reports;

  it('GIVEN a slide whose message is a whole line without 。 THEN the overview quotes it, verbatim and cited', () => {
    expect(report!.overview).toContain('アモルファス合金の島根モデルは少量高付加価値用途に絞り');
    for (const citation of report!.citations) {
      expect(chunks.some((c) => c.id === citation.passageId && c.text.includes(citation.quote))).toBe(true);
    }
  });

  it('GIVEN the title page and bullet points THEN neither is an overview sentence', () => {
    expect(report!.overview).not.toContain('日本貿易振興機構');
    expect(report!.overview).not.toContain('量産市場でのコスト競争');
    // A line the converter cut mid-word (「…等に関す」) is no sentence.
    expect(report!.overview).not.toContain('立地環境等に関す');
  });
});

describe('glossary', () => {
  it('GIVEN 「地域間交流支援(RIT)事業」 THEN RIT事業 is defined by the name before the bracket, with its citation', () => {
    const entry = buildGlossary(source).find((e) => e.term === 'RIT事業');
    expect(entry?.definition).toBe('地域間交流支援事業');
    expect(entry?.citation.quote).toContain('(RIT)事業');
  });
});

describe('glossary rules', () => {
  const texts = [
    '九州全体での事業継続（BCP）の体制を整えた。',
    '8. 福岡県飯塚市－米国カリフォルニア州シリコンバレー（IT）',
    'Agency（地域開発公社）に当たるRegional Development Agencies（RDA）が置かれた。',
    '全要素生産性（TFP、注8）の伸びが鈍化している。',
    '高輝度LED、GaN系半導体レーザー(LD)で高シェアを持つ。',
    '製造イノベーション機関 (IMI) の全米ネットワーク (NNMI) の構築が進む。',
  ];
  const glossary = buildGlossary({
    ...source,
    chunks: texts.map((text, i) => chunk(10 + i, ['用語'], text)),
  });
  const defined = Object.fromEntries(glossary.map((entry) => [entry.term, entry.definition]));

  it('GIVEN a name dragged in with its context THEN the definition is the name alone', () => {
    expect(defined['BCP']).toBe('事業継続');
    expect(defined['NNMI']).toBe('全米ネットワーク');
    expect(defined['TFP']).toBe('全要素生産性');
    expect(defined['LD']).toBe('GaN系半導体レーザー');
  });

  it('GIVEN a term defined several ways THEN the name given most often wins, in its fullest form', () => {
    const resas = buildGlossary({
      ...source,
      chunks: [
        '・地域未来投資促進税制 ・地域の産業構造の可視化（RESAS）',
        '地域経済分析システム（RESAS）～地域特性の把握をサポート～',
        '地域経済分析システム（RESAS＝Regional Economy Society Analyzing System）マップ一覧',
      ].map((text, i) => chunk(30 + i, ['用語'], text)),
    }).find((entry) => entry.term === 'RESAS');
    expect(resas?.definition).toBe('地域経済分析システム（Regional Economy Society Analyzing System）');
  });

  it('GIVEN a bracket that labels a pairing, or a Latin word that cannot expand the acronym THEN no entry', () => {
    expect(defined['IT']).toBeUndefined();
    expect(defined['RDA']).not.toBe('Agency（地域開発公社）');
  });
});

describe("a report's own table of contents (round 48)", () => {
  const parts = [
    '１．前回の振り返り',
    '２．地域におけるイノベーションのイメージ',
    '３．地域イノベーション政策の振り返り',
  ];
  const more = ['４．地域企業の現状と課題', '５．「新たな価値の創出」に取り組む地域・企業', '６．議論いただきたい事項'];
  const body = (seq: number) =>
    chunk(seq, ['■ 現状'], 'アモルファス合金の加工は島根大学と県内企業が担う。地域の企業が連携する。');
  // The contents page, split by the chunker in two, at the report's opening.
  const withContents = [
    chunk(0, [], ['議事次第', ...parts].join('\n')),
    chunk(1, [], [...more, '（１）総論', '（２）産業クラスター計画'].join('\n')),
    ...chunks.slice(1).map((c, i) => ({ ...c, seq: i + 2, id: `r-${i + 2}` })),
    ...[8, 9, 10].map(body),
  ];
  const [report] = buildOnboarding({ ...source, chunks: withContents, terms: withContents.map(() => []) }).reports;

  it('GIVEN a contents page THEN its top-level parts are the sections, cited at its first lines', () => {
    expect(report!.sections).toEqual([...parts, ...more]);
    expect(report!.contents?.passageId).toBe('r-0');
    expect(report!.contents?.quote).toBe(parts.join(' '));
  });

  it('GIVEN sub-items between the parts of a contents page THEN the quote is the page as written, sub-items too', () => {
    const page = [
      '1. LL事業について',
      '- 1) 支援の仕組み',
      '2. 成功要因分析',
      '- 1) 調査・分析概要',
      '3. RIT事業について',
    ];
    const lines = ['目次', ...page];
    // Source lines 1–6, each line's offset in the text.
    const lineStarts = lines.map((_, i): [number, number] => [
      lines.slice(0, i).join('\n').length + (i ? 1 : 0),
      i + 1,
    ]);
    const chunks = [
      { ...chunk(0, [], lines.join('\n')), lines: [1, 6] as [number, number], lineStarts },
      ...[8, 9, 10].map(body),
    ];
    const [withSubItems] = buildOnboarding({ ...source, chunks, terms: chunks.map(() => []) }).reports;
    expect(withSubItems!.sections).toEqual(['1. LL事業について', '2. 成功要因分析', '3. RIT事業について']);
    expect(withSubItems!.contents?.quote).toBe(page.join(' '));
    // Cited at the lines it spans (2–6, below the title 目次), not the whole passage.
    expect(withSubItems!.contents?.lines).toEqual([2, 6]);
  });

  it('GIVEN what the report covers asked THEN the answer lists its parts, cited, and suggests one by its name', () => {
    const answer = answerAboutReports('この報告書って何が書いてあるの？', 'ja', [report!], () => () => 1)!;
    const n = answer.citations.length;
    expect(answer.text).toContain(`構成：１．前回の振り返り ／ ２．地域におけるイノベーションのイメージ`);
    expect(answer.text).toContain(`６．議論いただきたい事項[${n}]`);
    expect(answer.citations[n - 1]!.passageId).toBe('r-0');
    expect(answer.suggestions?.[0]).toContain('「前回の振り返り」');
  });

  it('GIVEN a report without one THEN its sections are the headings the chunker found, uncited', () => {
    const [plain] = buildOnboarding(source).reports;
    expect(plain!.contents).toBeUndefined();
    expect(plain!.sections).toEqual(['■ 提言', '■ 現状']);
  });
});
