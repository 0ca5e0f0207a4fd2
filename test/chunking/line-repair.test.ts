import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/chunking/blocks.js';
import { classifyLines } from '../../src/chunking/lines.js';

const blocksOf = (lines: string[]) => buildBlocks(classifyLines(lines)).map((block) => block.text);

/** Full-width prose lines: the document's typical line is much wider than a slide's text box. */
const widePage = Array.from(
  { length: 8 },
  (_, i) => `地域の企業と大学が連携して新しい事業を生み出す取り組みが広がっている（${i}）。`,
);

describe('lines wrapped in a slide box narrower than the page', () => {
  it('GIVEN a bullet cut mid-word at the box width THEN it joins the lines that continue it', () => {
    const blocks = blocksOf([
      ...widePage,
      '',
      '• 71拠点のうち、経済的な成果等の目標を達',
      '成した拠点は、第1フェーズ（～2008年）',
      'は39拠点・第2フェーズ（～2012年）は',
      '20拠点。',
    ]);
    expect(blocks).toContain(
      '• 71拠点のうち、経済的な成果等の目標を達成した拠点は、第1フェーズ（～2008年）は39拠点・第2フェーズ（～2012年）は20拠点。',
    );
  });

  it('GIVEN a katakana word cut across two lines THEN the word is whole again', () => {
    const blocks = blocksOf([
      ...widePage,
      '',
      '• 細胞治療・衛星応用・洋上再エネ・デジタ',
      'ル・未来都市・輸送システムなど、2015年',
      '７月までに計10箇所のカタパルト・セン',
      'ターが設置された。',
    ]);
    expect(blocks).toContain(
      '• 細胞治療・衛星応用・洋上再エネ・デジタル・未来都市・輸送システムなど、2015年７月までに計10箇所のカタパルト・センターが設置された。',
    );
  });

  it('GIVEN an item title followed by a description of another width THEN they stay apart', () => {
    const blocks = blocksOf([...widePage, '', '• 協力と対話を通じた信頼関係の構築', '触媒としての行政の重要性']);
    expect(blocks).toContain('• 協力と対話を通じた信頼関係の構築');
  });
});

describe('what starts its own paragraph though the line before ends mid-sentence', () => {
  /** A long statement without 。 (a slide's key message), as the reports' slides write them. */
  const message =
    '現状の島根には海外企業とのコネクションを生み出す機能が乏しく、研究と商業化の両面から協業の仕組みを整える機能拡充が必要';

  it('GIVEN the title of the table that follows THEN it is not glued to the statement before it', () => {
    const blocks = blocksOf([
      ...widePage,
      '',
      message,
      '',
      'アモルファス合金の市場実装を踏まえた協業課題・ニーズ\t\t',
      '研究観点\t開発パートナーとしてのモーターメーカーとの協業必要性',
    ]);
    expect(blocks).toContain(message);
  });

  it('GIVEN a label opening the next statement (「海外都市との比較：」) THEN it starts a paragraph', () => {
    const blocks = blocksOf([
      ...widePage,
      '',
      message,
      '',
      '海外都市との比較：ドイツの州は誘致機関が窓口を一本化している',
    ]);
    expect(blocks).toContain(message);
  });

  it('GIVEN a figure caption set inside a sentence the figure interrupts THEN the caption stays apart', () => {
    const blocks = blocksOf([
      ...widePage,
      '',
      'AMRCは新たな施設の建設を進め、地域の中小企業との共同研究を広げる計画で、研究者の受け入れも進めている',
      '(図表20) HVMカタパルト・センターの概要',
    ]);
    expect(blocks).toContain('(図表20) HVMカタパルト・センターの概要');
  });

  it('GIVEN a line cut after a particle THEN it joins the next one, caption-like, label-like or above a table', () => {
    const cut = `${message}、その連携を`;
    expect(blocksOf([...widePage, '', cut, '図る。', '地域\t件数', '北海道\t1'])).toContain(`${cut}図る。`);
    expect(blocksOf([...widePage, '', `${message}、詳細は`, '表2に示すとおりである。'])).toContain(
      `${message}、詳細は表2に示すとおりである。`,
    );
    // A figure and a colon do not open a label.
    expect(blocksOf([...widePage, '', `${message}、2019年度から`, '2021年度：3年間実施した。'])).toContain(
      `${message}、2019年度から2021年度：3年間実施した。`,
    );
  });

  it('GIVEN a source line cut mid-phrase THEN its second line stays with it', () => {
    const blocks = blocksOf([
      ...widePage,
      '',
      '出所：八幡一秀「中小企業の集積と地域の産業政策の変遷に関する研究報告」、',
      '吉村英俊「地域産業の新展開」よりNRI作成',
      '顧客A',
    ]);
    expect(blocks).toContain(
      '出所：八幡一秀「中小企業の集積と地域の産業政策の変遷に関する研究報告」、吉村英俊「地域産業の新展開」よりNRI作成',
    );
  });

  it("GIVEN a slide's figure ending with its year in brackets THEN the next row starts its own paragraph", () => {
    const figure = '1,400億円(’02年)⇒8,000億円(’21年)';
    const row = '徳島県 LED産業 • グローバルで高シェアを有する県内企業の優位性を活用し、LEDバレー構想を';
    const blocks = blocksOf([...widePage, '', '電子・デバイス製造品出荷額', '', figure, '', row, '', '策定。']);
    expect(blocks).toContain(figure);
    expect(blocks).toContain(`${row}策定。`);
    // A figure's year followed by what cannot open a sentence still continues.
    expect(blocksOf([...widePage, '', `${message}、出荷額は8,000億円(2021年)`, 'であった。'])).toContain(
      `${message}、出荷額は8,000億円(2021年)であった。`,
    );
  });

  it('GIVEN a line wrapped at the page width THEN it still joins the next line', () => {
    const blocks = blocksOf([...widePage, '', message, '', 'に向けた検討を進めることが求められる。']);
    expect(blocks).toContain(`${message}に向けた検討を進めることが求められる。`);
  });
});

describe('documents whose blank lines always end a paragraph', () => {
  /** A memo's bullets and statements, a blank line after each: nothing is ever cut mid-phrase. */
  const memo = Array.from({ length: 24 }, (_, i) => [
    `- 研究拠点型投資は地方との親和性が高く、磁性材料の領域で勝負しやすい（${i}）`,
    '',
    `段階的にクラスター化へ展開する（${i}）`,
    '',
  ]).flat();

  it('GIVEN a short label after a full-width bullet and a blank line THEN the label stays apart', () => {
    const blocks = blocksOf([
      ...memo,
      '- 研究拠点型投資は地方との親和性が高く、磁性材料・モーター・パワーエレクトロニクス領域で勝負しやすい',
      '',
      '進出判断',
      '',
      '必要機能',
    ]);
    expect(blocks).toContain('進出判断');
    expect(blocks.some((block) => block.includes('勝負しやすい進出判断'))).toBe(false);
  });

  it('GIVEN a line cut after a particle across a blank line THEN it still joins, in such a document too', () => {
    const blocks = blocksOf([...memo, '- 島根大学を核とする共同研究拠点の', '', '整備を進める']);
    expect(blocks).toContain('- 島根大学を核とする共同研究拠点の整備を進める');
  });

  it('GIVEN a figure cut from its counter across a blank line THEN they join; a row label after a figure stays apart', () => {
    const blocks = blocksOf([
      ...memo,
      '- 固定資産税の一部を補助することで、居住環境の整備を企図。2009年までに1,787',
      '',
      '戸が補助対象として新設された。',
      '',
      '- 従業員数 1,200',
      '',
      '人員配置の見直しを進める',
    ]);
    expect(blocks).toContain(
      '- 固定資産税の一部を補助することで、居住環境の整備を企図。2009年までに1,787戸が補助対象として新設された。',
    );
    expect(blocks).toContain('人員配置の見直しを進める');
  });

  it('GIVEN a document that wraps across blank lines (slides cut mid-word) THEN a full-width line joins the next', () => {
    const slides = Array.from({ length: 12 }, (_, i) => [
      `• 地域経済牽引事業の促進による地域の成長発展の基盤強化を図り、地域経済成（${i}）`,
      '',
      'に向けて事業を展開する',
      '',
      `• 地域の中核企業による地域経済を牽引する事業を集中的に支援してきた実績（${i}）`,
      '',
      '要素',
      '',
    ]).flat();
    const blocks = blocksOf(slides);
    expect(blocks.some((block) => block.endsWith('支援してきた実績（0）要素'))).toBe(true);
  });
});

describe('a line opening with の before a noun or a figure', () => {
  it('GIVEN 「…包装機械」 / 「の80%が輸出用であり」 THEN one sentence; a label over a longer line stays apart', () => {
    const blocks = blocksOf([
      ...widePage,
      '',
      '• 地域内で生産される包装機械',
      '',
      'の80%が輸出用であり、世界シェアは約10%',
    ]);
    expect(blocks).toContain('• 地域内で生産される包装機械の80%が輸出用であり、世界シェアは約10%');
    expect(blocksOf([...widePage, '', '既存リソース', '', 'の特徴'])).toContain('既存リソースの特徴');
    // のれん, のみ: a word, not the particle (no noun or figure right after it).
    expect(blocksOf([...widePage, '', '老舗の看板', '', 'のれん分けの歴史'])).toContain('のれん分けの歴史');
  });
});
