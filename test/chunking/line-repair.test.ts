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
