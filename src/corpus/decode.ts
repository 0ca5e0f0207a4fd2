/**
 * Decodes a report file: UTF-8 (with or without BOM), Shift_JIS or EUC-JP, detected with
 * encoding-japanese. A file that is not text in one of these is refused with a DecodeError.
 */
import Encoding from 'encoding-japanese';
import { DecodeError } from '../errors.js';

export type SourceEncoding = 'UTF8' | 'SJIS' | 'EUCJP' | 'ASCII';

export function decodeReport(bytes: Uint8Array, file: string): { text: string; encoding: SourceEncoding } {
  if (bytes.includes(0)) {
    throw new DecodeError(file, `${file}: not a text file (contains NUL bytes); skipped`);
  }
  let view = bytes;
  if (view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) view = view.subarray(3);
  const detected = Encoding.detect(view);
  const encoding: SourceEncoding | undefined =
    detected === 'UTF8' || detected === 'SJIS' || detected === 'EUCJP' || detected === 'ASCII' ? detected : undefined;
  if (!encoding) {
    throw new DecodeError(
      file,
      `${file}: cannot tell the text encoding (detected ${String(detected)}); save it as UTF-8, Shift_JIS or EUC-JP`,
    );
  }
  const text =
    encoding === 'UTF8' || encoding === 'ASCII'
      ? new TextDecoder('utf-8', { fatal: false }).decode(view)
      : Encoding.convert(view, { to: 'UNICODE', from: encoding, type: 'string' });
  // Many replacement characters mean the detection was wrong or the file is damaged.
  const broken = (text.match(/\uFFFD/g)?.length ?? 0) / Math.max(1, text.length);
  if (broken > 0.01) {
    throw new DecodeError(file, `${file}: the text does not decode cleanly as ${encoding}; skipped`);
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}
