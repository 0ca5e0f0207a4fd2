/** Plain-text rendering of an Answer for the terminal. */
import type { Answer, Citation } from '../../answering/answer.js';
import type { Passage } from '../../retrieval/passage.js';

export function formatCitation(citation: Citation): string {
  const [from, to] = citation.lines;
  const where = [citation.section.join(' > '), from === to ? `L${from}` : `L${from}–${to}`].filter(Boolean).join(' · ');
  const source = [citation.publisher, citation.date].filter(Boolean).join(', ');
  return `[${citation.n}] ${citation.title}${source ? `（${source}）` : ''}\n    ${where}  id=${citation.passageId}\n    「${citation.quote}」`;
}

export function renderAnswer(answer: Answer): string {
  const out = [answer.text, ''];
  if (answer.citations.length > 0) {
    out.push(answer.lang === 'en' ? 'Sources:' : '出典:');
    for (const citation of answer.citations) out.push(formatCitation(citation));
  }
  if (answer.related.length > 0) {
    out.push(answer.lang === 'en' ? 'Related passages:' : '関連する箇所:');
    for (const citation of answer.related) out.push(formatCitation(citation));
  }
  if (answer.suggestions.length > 0) {
    out.push('', ...answer.suggestions.map((s) => `→ ${s}`));
  }
  return out.join('\n');
}

/** One search result as `--json` prints it. */
export function passageJson(passage: Passage) {
  return {
    id: passage.chunk.id,
    doc: passage.chunk.doc,
    text: passage.chunk.text,
    score: Number(passage.score.toFixed(4)),
    title: passage.chunk.title,
    section: passage.chunk.section,
    lines: passage.chunk.lines,
  };
}

export function renderPassages(passages: Passage[]): string {
  return passages
    .map((p, i) => {
      const c = p.chunk;
      return `${i + 1}. ${c.title}  [${c.section.join(' > ') || '—'}]  L${c.lines[0]}–${c.lines[1]}  score=${p.score.toFixed(3)}  id=${c.id}\n   ${c.text.replace(/\n/g, '\n   ')}`;
    })
    .join('\n\n');
}
