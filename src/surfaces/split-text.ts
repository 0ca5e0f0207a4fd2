/**
 * Splits text into pieces of at most `max` characters for chat limits (Slack sections 3,000;
 * Discord messages 2,000), preferring paragraph, then line, then sentence boundaries, and never
 * cutting a citation marker such as `[12]` (or any other word) in two.
 */
const MARKER = /\[\d{1,3}\]/g;

export function splitText(text: string, max: number): string[] {
  if (max < 10) throw new RangeError(`splitText: max must be at least 10 (got ${max})`);
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = findCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function findCut(text: string, max: number): number {
  const window = text.slice(0, max);
  const candidates = [
    window.lastIndexOf('\n\n'),
    window.lastIndexOf('\n'),
    Math.max(window.lastIndexOf('。'), window.lastIndexOf('！'), window.lastIndexOf('？'), window.lastIndexOf('. ')),
    window.lastIndexOf(' '),
    window.lastIndexOf('、'),
  ];
  for (const at of candidates) {
    // A cut at the very start would make no progress; a cut too early wastes space.
    if (at > max * 0.3) {
      let cut = at + 1;
      // Keep a marker that follows the sentence end with its sentence: "…した。[3]"
      const after = /^\s?(\[\d{1,3}\])+/.exec(text.slice(cut));
      if (after && cut + after[0].length <= max) cut += after[0].length;
      return avoidMarker(text, cut);
    }
  }
  return avoidMarker(text, max);
}

/** Moves a cut that would fall inside `[n]` to just before the marker. */
function avoidMarker(text: string, cut: number): number {
  for (const match of text.matchAll(MARKER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < cut && cut < end) return start > 0 ? start : end;
  }
  return cut;
}
