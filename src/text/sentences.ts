/**
 * Sentence splitting for Japanese: a sentence ends at 。！？ (full or half width) plus any
 * closing brackets that follow. Offsets are kept so callers can map back to the source.
 */
export interface Span {
  text: string;
  start: number;
  end: number;
}

const SENTENCE = /[^。！？!?]*(?:[。！？!?]+[」』）)\]】]*|$)/g;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    if (!match[0]) continue;
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = match.index + lead;
    spans.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return spans;
}

/**
 * Cuts text into segments of at most `max` characters for the tokenizer: kuromoji is quadratic on
 * long stretches without punctuation, so every segment is bounded. Prefers sentence ends, then
 * 、/spaces, then a hard cut.
 */
export function capSegments(text: string, max = 120): string[] {
  const segments: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const sentence of splitSentences(line)) segments.push(...cutLong(sentence.text, max, 1 / 3));
  }
  return segments;
}

/**
 * Cuts text longer than `max` into pieces: at the last 、，, space or tab of each window when it
 * lies past `minShare` of the window (so pieces are not tiny), else hard at `max`.
 */
export function cutLong(text: string, max: number, minShare = 0.5): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const soft = Math.max(
      window.lastIndexOf('、'),
      window.lastIndexOf('，'),
      window.lastIndexOf(' '),
      window.lastIndexOf('\t'),
    );
    const cut = soft > max * minShare ? soft + 1 : max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}
