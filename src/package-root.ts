/**
 * Where cs-plan's own files are (package.json, templates/), found from the running module: the
 * same whether the code runs from the compiled files (dist/…) or the bundle (dist/bundle/chunks/…).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder above `from` holding a package.json: cs-plan's root.
 *
 * @example packageRoot(import.meta.url) // '/home/me/cs-plan'
 */
export function packageRoot(from: string): string {
  let dir = dirname(fileURLToPath(from));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return dirname(fileURLToPath(from));
    dir = up;
  }
  return dir;
}
