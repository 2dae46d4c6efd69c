// The bundle's HTML minifier drops the white space at the start of a lit `html` template, so a
// template that starts with a space before text loses it in the bundle ("done· pain 3 of 10",
// issue 22): a space that must show goes in a string, not at a template's edge. Checks every source.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/** The sources, from the repository's root (where npm runs the tests; the test itself is bundled elsewhere). */
const src = join(process.cwd(), 'src');

describe('html templates in src/', () => {
  it('none starts with a space before text (the minifier would drop it)', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    assert.ok(files.length > 50, 'the sources are found');
    const found = files.flatMap((file) =>
      readFileSync(join(src, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (/html`[ \t]+[^<\s]/.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    assert.deepEqual(found, []);
  });
});
