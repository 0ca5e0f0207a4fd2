/**
 * The sources hold no control characters: a `\b` written through a Python or shell string lands as a
 * backspace, and a regular expression with it silently matches nothing ("operating costs" did not).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.(ts|mjs|js)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('source text', () => {
  it('GIVEN every source and test file THEN none holds a control character other than tab and newline', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('test'), ...sourceFiles('scripts')];
    expect(files.length).toBeGreaterThan(50);
    const withControls = files.filter((file) =>
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(readFileSync(file, 'utf8')),
    );
    expect(withControls).toEqual([]);
  });
});
