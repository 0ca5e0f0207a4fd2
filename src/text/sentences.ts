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
    for (const sentence of splitSentences(line)) {
      let rest = sentence.text;
      while (rest.length > max) {
        const window = rest.slice(0, max);
        const soft = Math.max(window.lastIndexOf('、'), window.lastIndexOf(' '), window.lastIndexOf('，'));
        const cut = soft > max / 3 ? soft + 1 : max;
        segments.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      if (rest) segments.push(rest);
    }
  }
  return segments;
}
