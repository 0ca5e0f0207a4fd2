/**
 * The title of a case box on a slide. Slide decks lay out a case as a titled box whose body is
 * numbered labels: 「オープンイノベーション・マッチングスクエア（OIMS）（関東経済産業局）」 / 「①事業概要」 /
 * 「②取組」 / 「③成果」. The body's lines (「…592件の商談が実現。」) never name the case again; with its
 * title as a heading, the case is in their section path, so that a question about OIMS finds its
 * figures and the answer cites which case they belong to.
 */
import type { Block } from './blocks.js';
import type { LineStart } from './chunk.js';

/** The first label of a box's body: 「①事業概要」「①主な事業者・団体等」 (a label, not a sentence). */
const FIRST_LABEL = /^①\s*[^。、．，\s]{2,15}$/;
/** A title is short; a longer line before a label is a sentence or a figure's labels run together. */
const MAX_TITLE_CHARS = 40;
/** A title split over two lines by the converter: 「関西・共創の森」 / 「（近畿経済産業局）」. */
const MAX_LINE_GAP = 2;
/** A bracketed organisation alone (「（近畿経済産業局）」) is the second line of a title, never all of it. */
const BRACKETED_ONLY = /^[（(][^（）()]+[)）]$/;

/**
 * A heading that is a case's title by its form: what the case is, then who runs it or where, in
 * brackets (「…マッチングスクエア（OIMS）（関東経済産業局）」「今治タオル工業組合等（愛媛県今治市）」); not a
 * numbered section (「2-2-1. …（１/５）」) nor a bracket alone (「（億円）」).
 */
export function isBoxTitle(heading: string): boolean {
  return /^(?![0-9０-９(（])[^。]{2,}[（(][^（）()]{2,20}[)）]$/.test(heading);
}

function isTitleText(block: Block): boolean {
  return (
    block.kind === 'text' &&
    block.text.length <= MAX_TITLE_CHARS &&
    !/[。！？!?]/.test(block.text) &&
    !/^[※*＊]/.test(block.text)
  );
}

/**
 * Marks the title of each case box as a heading at `level` (in place; returns the blocks, two
 * lines of a split title joined into one).
 */
export function markBoxTitles(blocks: Block[], level: number): Block[] {
  const out: Block[] = [];
  for (const [i, block] of blocks.entries()) {
    const next = blocks[i + 1];
    if (!next || !FIRST_LABEL.test(next.text) || !isTitleText(block)) {
      out.push(block);
      continue;
    }
    const before = out.at(-1);
    if (
      BRACKETED_ONLY.test(block.text) &&
      before !== undefined &&
      isTitleText(before) &&
      block.start - before.end <= MAX_LINE_GAP &&
      before.text.length + block.text.length <= MAX_TITLE_CHARS &&
      isBoxTitle(before.text + block.text)
    ) {
      out.pop();
      out.push({
        ...before,
        kind: 'heading',
        level,
        text: before.text + block.text,
        end: block.end,
        lastLineLength: block.lastLineLength,
        lineStarts: [
          ...before.lineStarts,
          ...block.lineStarts.map(([offset, line]) => [offset + before.text.length, line] as LineStart),
        ],
      });
      continue;
    }
    // Only a title that says who runs the case or where (「…（関東経済産業局）」): a label before a
    // numbered list (「施策方針」 / 「① 共同研究運営モデル」) is body text.
    if (isBoxTitle(block.text)) out.push({ ...block, kind: 'heading', level });
    else out.push(block);
  }
  return out;
}
