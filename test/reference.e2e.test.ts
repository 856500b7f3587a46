import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('docs/reference.md', () => {
  it('is what `npm run reference` makes from the built program (every --help, every reader\'s columns)', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'reference.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
