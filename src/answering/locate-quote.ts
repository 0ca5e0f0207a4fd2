/**
 * Finds a quote inside a passage the way the faithfulness rule compares them (NFKC, whitespace
 * ignored) and returns the passage's own characters for it, so that what is shown and highlighted
 * is always a verbatim substring of the passage — even when a model wrote ３ for 3 or dropped a
 * line break.
 */
export function locateQuote(text: string, quote: string): string | undefined {
  const wanted = quote.normalize('NFKC').replace(/\s+/g, '');
  if (!wanted) return undefined;
  // Compact form of the passage with, for each compact character, its offset in `text`.
  let compactText = '';
  const origin: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const normalized = char.normalize('NFKC').replace(/\s+/g, '');
    for (const piece of normalized) {
      compactText += piece;
      origin.push(offset);
      ends.push(offset + char.length);
    }
    offset += char.length;
  }
  const at = compactText.indexOf(wanted);
  if (at < 0) return undefined;
  return text.slice(origin[at], ends[at + wanted.length - 1]);
}
