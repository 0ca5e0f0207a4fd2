import { beforeAll, describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { chunkReport, DEFAULT_CHUNK_OPTIONS } from '../../src/chunking/chunker.js';
import { classifyLines } from '../../src/chunking/lines.js';
import { indexTextOf } from '../../src/indexing/index-text.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { Report } from '../../src/corpus/report.js';
import { repairDisplay } from '../../src/text/normalize.js';

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** How a line is read on its own (heading, bullet, text …). */
function kindOf(line: string): string {
  return classifyLines([line])[0]!.kind;
}

function report(lines: string[], doc = 'fixture.txt'): Report {
  return { doc, hash: 'x', lines, title: 'テスト', publisher: null, author: null, date: null };
}

describe('chunkReport on the real corpus', () => {
  let reports: Report[];
  const chunksOf = new Map<string, Chunk[]>();
  beforeAll(() => {
    const loaded = loadCorpus('corpus');
    reports = loaded.reports;
    for (const r of reports) chunksOf.set(r.doc, chunkReport(r));
  });

  it('loads every report of the corpus', () => {
    expect(reports.length).toBeGreaterThanOrEqual(5);
  });

  it('no chunk is over unitMaxChars (one whole sentence or row) and none is empty', () => {
    for (const chunks of chunksOf.values()) {
      for (const chunk of chunks) {
        expect(chunk.text.length, chunk.id).toBeLessThanOrEqual(DEFAULT_CHUNK_OPTIONS.unitMaxChars);
        expect(chunk.text.trim().length, chunk.id).toBeGreaterThan(0);
      }
    }
  });

  it('line ranges are within the file and non-decreasing across a report', () => {
    for (const r of reports) {
      let lastStart = 0;
      for (const chunk of chunksOf.get(r.doc)!) {
        const [start, end] = chunk.lines;
        expect(start, chunk.id).toBeGreaterThanOrEqual(1);
        expect(end, chunk.id).toBeGreaterThanOrEqual(start);
        expect(end, chunk.id).toBeLessThanOrEqual(r.lines.length);
        expect(start, chunk.id).toBeGreaterThanOrEqual(lastStart);
        lastStart = start;
      }
    }
  });

  it('the line starts of a chunk place every piece of its text on the source line that holds it', () => {
    let placed = 0;
    let chunks = 0;
    for (const r of reports) {
      for (const chunk of chunksOf.get(r.doc)!) {
        chunks++;
        const starts = chunk.lineStarts;
        if (!starts) continue;
        placed++;
        expect(starts[0]![0], chunk.id).toBe(0);
        starts.forEach(([at, line], i) => {
          if (i > 0) expect(at, chunk.id).toBeGreaterThan(starts[i - 1]![0]);
          expect(line, chunk.id).toBeGreaterThanOrEqual(chunk.lines[0]);
          expect(line, chunk.id).toBeLessThanOrEqual(chunk.lines[1]);
          // The text from this start to the next is on this source line (a chunk line break aside).
          const piece = chunk.text.slice(at, starts[i + 1]?.[0] ?? chunk.text.length);
          for (const part of piece.split('\n').filter((p) => squeeze(p))) {
            const source = squeeze(repairDisplay(r.lines[line - 1]!));
            expect(source, `${chunk.id} @${at}`).toContain(squeeze(part));
          }
        });
      }
    }
    // Nearly every chunk can place its quotes line by line.
    expect(placed / chunks).toBeGreaterThan(0.95);
  });

  it('ids are unique across the corpus and seq numbers count up', () => {
    const ids = [...chunksOf.values()].flat().map((chunk) => chunk.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const chunks of chunksOf.values()) expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i));
  });

  it('at least 98% of the non-blank source lines appear in a chunk or, cut at a sentence, in two adjacent chunks', () => {
    for (const r of reports) {
      const chunks = chunksOf.get(r.doc)!.map((chunk) => squeeze(chunk.text));
      const pairs = chunks.map((text, i) => text + (chunks[i + 1] ?? ''));
      const lines = r.lines.map(repairDisplay).filter((line) => squeeze(line).length > 0);
      const missing = lines.filter((line) => !pairs.some((text) => text.includes(squeeze(line))));
      const covered = 1 - missing.length / lines.length;
      expect(covered, `${r.doc}: missing e.g. ${JSON.stringify(missing.slice(0, 3))}`).toBeGreaterThanOrEqual(0.98);
    }
  });
});

describe('chunkReport on fixtures', () => {
  // A short line that ends in a particle cannot end a sentence, so it joins the next one.
  it('GIVEN a short line broken by a blank line (documented example) THEN joins it into one paragraph', () => {
    const chunks = chunkReport(report(['地域経済・産業の', '', '構築を目指す。']));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.text).toBe('地域経済・産業の構築を目指す。');
    expect(chunks[0]!.lines).toEqual([1, 3]);
  });

  it('GIVEN a long wrapped line, a blank, and its continuation THEN joins them into one paragraph', () => {
    const chunks = chunkReport(report(['持続可能な地域経済・産業の仕組みと', '', '新たな連携体制の構築を目指す。']));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.text).toBe('持続可能な地域経済・産業の仕組みと新たな連携体制の構築を目指す。');
    expect(chunks[0]!.lines).toEqual([1, 3]);
  });

  it('GIVEN a sentence that ends THEN the next line starts a new paragraph', () => {
    const chunks = chunkReport(
      report(['地域経済・産業の構築を目指すことが重要である。', '', '次の段落はここから始まる文章である。']),
    );
    expect(chunks[0]!.text).toBe(
      '地域経済・産業の構築を目指すことが重要である。\n次の段落はここから始まる文章である。',
    );
  });

  it('GIVEN numbered headings THEN chunks carry their section paths', () => {
    const body = (topic: string) =>
      `${topic}については、地域の企業や大学、研究機関が連携して取り組むことが重要であり、国や自治体はその環境づくりを支援する役割を担っている。`.repeat(
        2,
      );
    const chunks = chunkReport(
      report([
        '1-1. 調査の背景・目的',
        body('調査の背景'),
        '',
        '2. 成功要因分析',
        body('成功要因'),
        '',
        '(1) インダストリー4.0',
        body('インダストリー4.0'),
        '',
        '【事例】',
        body('ドイツの事例'),
      ]),
    );
    const sectionOf = (needle: string) => chunks.find((chunk) => chunk.text.includes(needle))?.section;
    expect(sectionOf('調査の背景については')).toEqual(['1-1. 調査の背景・目的']);
    expect(sectionOf('成功要因については')).toEqual(['2. 成功要因分析']);
    expect(sectionOf('インダストリー4.0については')).toEqual(['2. 成功要因分析', '(1) インダストリー4.0']);
    expect(sectionOf('ドイツの事例については')).toEqual(['2. 成功要因分析', '(1) インダストリー4.0', '【事例】']);
  });

  it('GIVEN a table row longer than maxChars THEN keeps it whole in a chunk of its own', () => {
    const row = `項目\t${'海外企業の拠点設立に関する専門的な州の中央窓口、'.repeat(18)}`;
    const chunks = chunkReport(report(['前の段落です。', row, row]));
    expect(row.length).toBeGreaterThan(DEFAULT_CHUNK_OPTIONS.maxChars);
    expect(chunks.filter((chunk) => chunk.text === row)).toHaveLength(2);
  });

  it('GIVEN a 5,000-character line without punctuation THEN every chunk stays under maxChars and keeps all text', () => {
    const line = '地域産業政策'.repeat(834);
    const chunks = chunkReport(report([line]));
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(DEFAULT_CHUNK_OPTIONS.unitMaxChars);
    expect(chunks.map((c) => c.text).join('')).toBe(line);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
  });
});

describe('footnotes and the sentences citing them', () => {
  it('GIVEN a footnote cited in the body THEN its passage carries the citing sentence, indexed by n-grams only', () => {
    const lines = [
      '1. 研究機構',
      'フラウンホーファー研究機構の予算は公的資金と民間資金からなる。その予算の3分の1が民間企業からの受託研究費（いわゆる3分の1ルール（注23）、残りは補助金等）で占められている。',
      '',
      '2. 次の章',
      'ここからは別の話題について述べる。本文の続きである。関係のない段落がしばらく続く。',
      '',
      '(注22) 応用研究センターを設置する方針である。',
      '(注23) 産業界との契約金額が55%以上となった場合、補助金はその10%相当分となる。',
    ];
    const chunks = chunkReport(report(lines));
    const note = chunks.find((chunk) => chunk.text.includes('55%以上'))!;
    expect(note.citedBy).toEqual([
      { note: '23', sentence: 'その予算の3分の1が民間企業からの受託研究費(いわゆる3分の1ルール' },
    ]);
    // Display text is unchanged; the citing sentence is indexed with the note only where asked.
    expect(note.text).not.toContain('受託研究費');
    expect(indexTextOf(note)).not.toContain('受託研究費');
    expect(indexTextOf(note, { citations: true })).toContain('受託研究費');
    // The body passage cites, it is cited by nothing.
    expect(chunks.find((chunk) => chunk.text.includes('受託研究費'))!.citedBy).toBeUndefined();
  });

  it('GIVEN notes numbered again in a later chapter THEN a note is linked to the nearest citation before it', () => {
    const lines = [
      '1. 第一章',
      '最初の章では集積の型を論じる（注1）。本文が続く。',
      '(注1) 型の定義は後述する。',
      '2. 第二章',
      '次の章では予算の仕組みを論じる（注1）。本文が続く。',
      '(注1) 予算は毎年見直される。',
    ];
    const chunks = chunkReport(report(lines), { targetChars: 10, maxChars: 40, minChars: 5 });
    expect(chunks.find((chunk) => chunk.text.includes('型の定義'))!.citedBy).toEqual([
      { note: '1', sentence: '最初の章では集積の型を論じる' },
    ]);
    expect(chunks.find((chunk) => chunk.text.includes('毎年見直'))!.citedBy).toEqual([
      { note: '1', sentence: '次の章では予算の仕組みを論じる' },
    ]);
  });
});

describe('section headings of slide decks', () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `本文の説明が続きます（${i}）。`);

  it("GIVEN a deck whose slides are titled by their message THEN the title heads the slide's passages; the title page stays with the first slide", () => {
    const slide = (title: string, bullets: string[]) => [title, '', ...bullets.map((b) => `- ${b}`), ''];
    const chunks = chunkReport(
      report([
        '島根県における先端金属素材研究の調査',
        '日本貿易振興機構（ジェトロ）',
        '2026年3月31日',
        '',
        ...slide('アモルファス合金の島根モデルは「少量高付加価値用途」に絞り、国際共同研究拠点で商用化を前進させる', [
          '量産市場でのコスト競争は困難であり、初期はニッチ用途のPoC蓄積が現実的',
        ]),
        ...slide(
          'アモルファス合金の制約は①コスト構造 ②量産化プロセス ③適用市場の3点に集約され、用途選定が成否を左右する',
          ['性能優位はある一方、現時点では材料費と製造安定性が普及用途の障壁', ...body(6)],
        ),
        '狙うべき先行用途',
        '',
        '高回転モーター',
        '',
        '- ドローン・高級家電等で性能差を価値化しやすい',
      ]),
    );
    const sectionOf = (needle: string) => chunks.find((chunk) => chunk.text.includes(needle))?.section;
    // The second half of the slide, in a passage of its own, is filed under the slide's message.
    const uses = sectionOf('ドローン・高級家電等');
    expect(uses?.[0]).toMatch(/^アモルファス合金の制約は/);
    expect(chunks.find((chunk) => chunk.text.includes('ドローン'))?.text).not.toContain('性能優位はある一方');
    // The title page is no passage of its own: it opens the first slide's.
    const first = chunks.find((chunk) => chunk.text.includes('2026年3月31日'))!;
    expect(first.text).toContain('ニッチ用途のPoC');
    // A long statement above ordinary text (no dashed bullets) is body text, not a title.
    expect(
      classifyLines([
        '前置き',
        '',
        'アモルファス合金の制約は三つの点に集約され、用途選定が成否を左右する',
        '',
        '本文が続く。',
      ])[2]!.kind,
    ).toBe('text');
  });

  it("GIVEN a company case slide THEN the company's title line heads its passages, which say only 同社", () => {
    const chunks = chunkReport(
      report([
        '（２）複数の企業が連携して新規事業創出に取り組む事例',
        '前の事例の説明です。前の事例では地域の企業が連携して新しい商品を開発し、販路を広げた。',
        '顧客・社員・地域との接点を大切にものづくりの価値を追求',
        '・・・ 鍋屋バイテック（株）（岐阜県関市）',
        '',
        ' 空調機・ポンプをはじめとする一般産業機械の部品を製造。',
        '同社は顧客との過去のやりとりの履歴情報をすべて集約したコンタクトセンターという組織をつくった。',
        '',
        '株式会社スズキ （大分県大分市）',
        '同社は大学と連携して新しい分野の製品を開発した。',
      ]),
    );
    const sectionOf = (needle: string) => chunks.find((chunk) => chunk.text.includes(needle))?.section.at(-1);
    expect(sectionOf('コンタクトセンター')).toBe('・・・ 鍋屋バイテック（株）（岐阜県関市）');
    expect(sectionOf('大学と連携して')).toBe('株式会社スズキ （大分県大分市）');
    expect(sectionOf('前の事例の説明')).toBe('（２）複数の企業が連携して新規事業創出に取り組む事例');
    // A sentence naming a company is body text, not a title.
    expect(kindOf('株式会社スズキ（大分県大分市）が開発した。')).not.toBe('heading');
  });

  it('GIVEN a case box (a title, then 「①事業概要」「②取組」「③成果」) THEN its title heads its lines, also a title split over two lines', () => {
    const chunks = chunkReport(
      report([
        '（５）地方経済産業局が新規事業創出を支援する事例',
        'オープンイノベーション・マッチングスクエア',
        '（OIMS）（関東経済産業局）',
        '',
        '①事業概要',
        ' オープンイノベーションを通じた企業間連携を促進するために、関東経済産業局がハブとなってプラットフォームを運営。',
        '③成果',
        ' これまで349件のニーズ発信に対し、4,268件以上の提案を受領し、592件の商談が実現。',
        '',
        '関西・共創の森',
        '（近畿経済産業局）',
        '',
        '①事業概要',
        ' 多様な主体が共創する場をつくり、新事業の創出を図る。',
        '次の二つを進める。',
        '① 共同研究運営モデル',
        '研究の運営を制度化する。',
        '施策方針',
        '① 橋渡し設備',
        '研究の運営を制度化する。',
      ]),
    );
    const sectionOf = (needle: string) => chunks.find((chunk) => chunk.text.includes(needle))?.section;
    expect(sectionOf('592件の商談')).toEqual([
      '（５）地方経済産業局が新規事業創出を支援する事例',
      'オープンイノベーション・マッチングスクエア（OIMS）（関東経済産業局）',
    ]);
    expect(sectionOf('共創する場')?.at(-1)).toBe('関西・共創の森（近畿経済産業局）');
    // The lines cited stay those of the source file.
    const oims = chunks.find((chunk) => chunk.text.includes('592件の商談'))!;
    expect(oims.lines[0]).toBeLessThanOrEqual(2);
    // A sentence or a label before a numbered list is no case's title.
    expect(sectionOf('研究の運営を制度化')?.at(-1)).toBe('関西・共創の森（近畿経済産業局）');
    expect(sectionOf('橋渡し設備')?.at(-1)).toBe('関西・共創の森（近畿経済産業局）');
  });

  it("GIVEN an exchange's title line (福島県—スウェーデン(医療福祉機器産業)) THEN its case's lines are under it; a run of such lines is a list", () => {
    const chunks = chunkReport(
      report([
        '1. LL事業について 基本的な支援メカニズム',
        '長野県諏訪地域－中国大連市（金属機械加工）',
        '1. 実施時期および体制',
        '- ・国内実施主体：諏訪大連会',
        '2. 具体的な交流事業',
        '- ミッション派遣：2回',
        '3. 成果',
        '諏訪の金型企業が、中国企業との合併企業設立や中国への工場進出、販売会社設立など、多種多様なビジネスを展開。',
        '福島県—スウェーデン(医療福祉機器産業)',
        '1. 実施時期および体制',
        '- ・海外実施主体:ISA (Invest in Sweden Agency)、ウメオ大学、ルンド大学',
        '2. 具体的交流事業',
        '- ミッション派遣:4回',
        '富山県－スイス(医薬品) (平成19－20年)',
        '<成果事例>',
        '富山県企業がスイス企業との間で製品・技術開発契約を締結。',
        // The rest of the report: 「1. 実施時期…」「2. 具体的…」 are points of a slide, not its chapters.
        ...Array.from({ length: 80 }, () => 'その後の取組についての説明です。'),
      ]),
    );
    const sectionOf = (needle: string) => chunks.find((chunk) => chunk.text.includes(needle))?.section;
    expect(sectionOf('諏訪大連会')?.at(-1)).toBe('長野県諏訪地域－中国大連市（金属機械加工）');
    expect(sectionOf('ウメオ大学')?.at(-1)).toBe('福島県—スウェーデン(医療福祉機器産業)');
    // The case's 「<成果事例>」 is a part of it.
    expect(sectionOf('製品・技術開発契約')).toEqual(expect.arrayContaining(['富山県－スイス(医薬品) (平成19－20年)']));
    // Cases listed one per line are items, not headings; a sentence naming two regions is body text.
    const list = classifyLines([
      '練馬区－フランス (アニメーション制作)',
      '富山県－スイス (医薬品)',
      '広島県－スイス (自動車)',
    ]);
    expect(list.map((line) => line.kind)).not.toContain('heading');
    expect(kindOf('福島県—スウェーデンの交流が進んだ(医療)。')).not.toBe('heading');
    // A span of years is no exchange.
    expect(kindOf('2003—2006年度(予定)')).not.toBe('heading');
    expect(kindOf('平成19－20年(2007-2008)')).not.toBe('heading');
  });

  it("GIVEN a slide's title lines before a case's title THEN they open the case's passage; a list before it ends the slide before", () => {
    const chunks = chunkReport(
      report([
        '前の事例では、地域の企業が大学と連携して新しい商品を開発し、販路を広げることに成功した。',
        '同社はその後も大学との共同研究を続け、海外の展示会にも出展するなど、事業の幅を広げている。',
        '',
        '（３）大学等と連携して新規事業創出に取り組む事例',
        ' 地域未来牽引企業',
        '',
        '＜大学発ベンチャーが新しい事業領域を開拓した事例＞ ＜大学研究者が会社を設置し新事業領域を開拓する事例＞',
        '',
        '',
        '',
        '株式会社ミヤックス (宮城県仙台市)',
        '公園等の遊具の開発を営む株式会社ミヤックスが実施。大学と共同で新しい遊具を開発した。',
        '• 売上の拡大',
        '• 新たな販路の開拓と海外展開',
        '株式会社スズキ（大分県大分市）',
        '半導体部品の製造を営む株式会社スズキが実施。大学の研究成果を使って新しい分野の商品を作った。',
      ]),
    );
    const chunkOf = (needle: string) => chunks.find((chunk) => chunk.text.includes(needle));
    // The slide's title lines open the company's passage, under the company's name.
    expect(chunkOf('遊具の開発')?.section.at(-1)).toBe('株式会社ミヤックス (宮城県仙台市)');
    expect(chunkOf('遊具の開発')?.text).toContain('地域未来牽引企業');
    // Bullets are the end of the slide before: they are not carried into the next company's passage.
    expect(chunkOf('半導体部品')?.section.at(-1)).toBe('株式会社スズキ（大分県大分市）');
    expect(chunkOf('半導体部品')?.text).not.toContain('新たな販路');
  });

  it('GIVEN the numbered points of one slide THEN they are list items, not chapters of the rest of the report', () => {
    const lines = [
      '2-1. 神戸市の事例',
      '1. 医療産業政策の策定',
      '説明です。',
      '2. 有力企業・研究機関の誘致',
      '説明です。',
      '3. 省庁との連携による予算調達',
      ...body(100),
    ];
    const classified = classifyLines(lines);
    expect(classified.filter((line) => line.kind === 'heading').map((line) => line.text)).toEqual([
      '2-1. 神戸市の事例',
    ]);
    const last = chunkReport(report(lines)).at(-1)!;
    expect(last.section).toEqual(['2-1. 神戸市の事例']);
  });

  it('GIVEN 2-2 followed by 2-1-1 THEN 2-1-1 is not filed under 2-2', () => {
    const lines = ['2-1. 国内事例', ...body(3), '2-2. 海外事例', ...body(3), '2-1-1. 静岡県の事例', ...body(3)];
    const last = chunkReport(report(lines), { targetChars: 20, maxChars: 40, minChars: 10 }).at(-1)!;
    expect(last.section).toEqual(['2-1-1. 静岡県の事例']);
    const nested = ['2-1. 国内事例', ...body(3), '2-1-1. 静岡県の事例', ...body(3)];
    expect(chunkReport(report(nested), { targetChars: 20, maxChars: 40, minChars: 10 }).at(-1)!.section).toEqual([
      '2-1. 国内事例',
      '2-1-1. 静岡県の事例',
    ]);
  });

  it('GIVEN chapters spread over the report THEN they stay headings', () => {
    const lines = ['1. はじめに', ...body(40), '2. 海外の事例', ...body(40), '3. おわりに', ...body(40)];
    const headings = classifyLines(lines).filter((line) => line.kind === 'heading');
    expect(headings.map((line) => line.text)).toEqual(['1. はじめに', '2. 海外の事例', '3. おわりに']);
  });

  it('GIVEN a short label or a chart value repeated on every page THEN it is not a section title', () => {
    const lines = [
      '業',
      '13%',
      '本文です。',
      '業',
      '13%',
      '本文です。',
      '業',
      '13%',
      '本文です。',
      '■ 成功要因',
      '本文です。',
    ];
    expect(
      classifyLines(lines)
        .filter((line) => line.kind === 'heading')
        .map((line) => line.text),
    ).toEqual(['■ 成功要因']);
  });

  it('GIVEN the source line under every chart THEN it is not a section title, and it closes its slide', () => {
    const slide = (title: string) => [
      title,
      '当地の企業は研究機関と連携して新製品を開発してきた。',
      '出所：各種公開情報よりNRI作成',
      '',
    ];
    const lines = [...slide('■ 静岡の事例'), ...slide('■ 長野の事例'), ...slide('■ 富山の事例')];
    expect(
      classifyLines(lines)
        .filter((line) => line.kind === 'heading')
        .map((line) => line.text),
    ).toEqual(['■ 静岡の事例', '■ 長野の事例', '■ 富山の事例']);
    // Slides without a title: the source line still ends each one.
    const untitled = lines.filter((line) => !line.startsWith('■'));
    const chunks = chunkReport(report(untitled), { targetChars: 400, maxChars: 600, minChars: 10 });
    expect(chunks).toHaveLength(3);
    for (const chunk of chunks) expect(chunk.text.endsWith('出所：各種公開情報よりNRI作成')).toBe(true);
  });

  it("GIVEN a slide's lead box converted before its title THEN the lead belongs to that title's section", () => {
    // As PowerPoint slides convert (the NRI report, 41 times): the case's figure and its one-line
    // summary come after the previous slide's source line and before the case's own title.
    const lines = [
      '2-1-1. 事例：三重県 四日市市',
      '',
      '石油化学産業の成熟を受けた積極的な企業誘致により、産業構造改革を実現した。',
      '出所：各種公開情報よりNRI作成',
      ' • 徳島県内LED関連企業数 10社(2005年)⇒150社(2019年)',
      '',
      '知事・県のリーダーシップでニッチトップの構想を打ち出し、戦略的に企業誘致',
      '',
      '2-1-1. 事例：徳島県 － LED産業',
      '',
      '2005年、LEDを利用した光産業集積を目指す「LEDバレイ構想」を徳島県が策定。',
    ];
    const chunks = chunkReport(report(lines), { targetChars: 400, maxChars: 600, minChars: 10 });
    const lead = chunks.find((chunk) => chunk.text.includes('10社(2005年)'))!;
    expect(lead.section).toEqual(['2-1-1. 事例：徳島県 － LED産業']);
    expect(lead.lines[0]).toBe(5);
    // The slide before keeps its own lines; a note after a source line stays with its figure.
    const before = chunks.find((chunk) => chunk.text.includes('石油化学'))!;
    expect(before.section).toEqual(['2-1-1. 事例：三重県 四日市市']);
    const noted = chunkReport(
      report([...lines.slice(0, 4), '（注）数値は各年の工業統計による。', '', ...lines.slice(8)]),
      { targetChars: 400, maxChars: 600, minChars: 10 },
    );
    expect(noted.find((chunk) => chunk.text.includes('（注）'))!.section).toEqual(['2-1-1. 事例：三重県 四日市市']);
  });
});

describe('lines cut before a particle', () => {
  it('GIVEN a short line, a blank, and a line opening with 「は、」 THEN they join into one sentence', () => {
    const chunks = chunkReport(report(['別産業への進出といった変革', '', 'は、長い目での取り組みが求められる。']));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.text).toBe('別産業への進出といった変革は、長い目での取り組みが求められる。');
    expect(chunks[0]!.lines).toEqual([1, 3]);
  });

  it('GIVEN a short title line followed by an ordinary sentence THEN they stay apart', () => {
    const chunks = chunkReport(report(['地域産業の変革', '', '長い目での取り組みが求められる。']));
    expect(chunks.map((c) => c.text).join('\n')).not.toContain('変革長い目');
  });
});
