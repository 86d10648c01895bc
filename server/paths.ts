// Folders of the project, found the same way from sources (tests) and from the build (dist/).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'schemas'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('project root not found');
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot();
export const schemasDir = join(projectRoot, 'schemas');
export const adminDistDir = join(projectRoot, 'dist', 'admin');
