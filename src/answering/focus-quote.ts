/**
 * A long table row or slide item quoted whole buries its answer: 「NRW Global Business ・海外オフィスに
 * おける営業活動 … JETRO島根 ・… ・海外企業による投資相談実績0件（2020年） 島根県庁 ・…」 (311 characters) was
 * the quote answering how many investment inquiries JETRO島根 had. Such a quote is cut at its cells (tabs),
 * its items (「 ・」) and its labelled parts (【構想策定】), and keeps the part that answers best, with the
 * parts beside it while they add to what it answers (the cell's label 「JETRO島根」). The kept words stay
 * verbatim; the passage's whole text stays in the citation.
 */

/** A quote longer than this is cut to its best parts, when it has parts. */
export const MAX_FOCUSED_QUOTE_CHARS = 160;

/**
 * The part kept must say nearly all that the whole quote says of the question: 「NRW Global Business」
 * alone, cut from the row comparing it with AGIT, would drop what the row says of AGIT.
 */
const KEPT_SHARE = 0.9;

/** A part shorter than this is a label (「JETRO島根」): it grows to a neighbour, which says what of it. */
const MIN_FOCUSED_CHARS = 24;

/** Where a row or item divides: a tab between cells, a space before an item's bullet, a 【label】. */
const PART_BREAK = /\t|[ \u3000]+(?=[・•])|(?=【)/g;
const LEADING_BULLET = /^[・•][ \u3000]*/;

interface Part {
  start: number;
  end: number;
}

function partsOf(quote: string): Part[] {
  const parts: Part[] = [];
  let start = 0;
  const close = (end: number) => {
    const text = quote.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (end - trail > start + lead) parts.push({ start: start + lead, end: end - trail });
  };
  for (const match of quote.matchAll(PART_BREAK)) {
    close(match.index);
    start = match.index + match[0].length;
  }
  close(quote.length);
  return parts;
}

/**
 * The part of a long quote that answers, by `score` (the question's words it says, the shape of the
 * answer): `offset` is where it starts in the quote. A quote that is short, has no parts, or no
 * chat-sized run of parts saying nearly all it says, is kept whole.
 */
export function focusQuote(quote: string, score: (text: string) => number): { text: string; offset: number } {
  const whole = { text: quote, offset: 0 };
  if (quote.length <= MAX_FOCUSED_QUOTE_CHARS) return whole;
  const parts = partsOf(quote);
  if (parts.length < 2) return whole;
  const span = (from: number, to: number) => quote.slice(parts[from]!.start, parts[to]!.end);
  let from = 0;
  let best = -Infinity;
  parts.forEach((_, i) => {
    const s = score(span(i, i));
    if (s > best) [best, from] = [s, i];
  });
  if (best <= 0) return whole;
  const wholeScore = score(quote);
  let to = from;
  // Grow by the neighbour that adds most, while one adds and the quote stays chat-sized.
  for (;;) {
    const options: [number, number][] = [];
    if (from > 0) options.push([from - 1, to]);
    if (to < parts.length - 1) options.push([from, to + 1]);
    // A label grows to its better neighbour even if that adds nothing (the one after it on a tie).
    const short = span(from, to).length < MIN_FOCUSED_CHARS;
    let next: [number, number] | undefined;
    let gain = short ? -Infinity : best;
    for (const [f, t] of options) {
      if (span(f, t).length > MAX_FOCUSED_QUOTE_CHARS) continue;
      const s = score(span(f, t));
      if (s > gain + 1e-9 || (short && s >= gain - 1e-9 && t > to)) [gain, next] = [s, [f, t]];
    }
    if (!next) break;
    [from, to] = next;
    best = gain;
  }
  if (best < wholeScore * KEPT_SHARE) return whole;
  const text = span(from, to);
  const bullet = LEADING_BULLET.exec(text)?.[0].length ?? 0;
  return { text: text.slice(bullet), offset: parts[from]!.start + bullet };
}
