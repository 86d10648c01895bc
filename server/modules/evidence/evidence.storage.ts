// Where evidence bytes live: local files under DATA_DIR/evidence (the embedded default), or an
// S3-compatible bucket (evidence.s3.ts) when several replicas must share them.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type S3Settings, S3EvidenceStore } from './evidence.s3.js';

export interface EvidenceStore {
  /** Streams `source` to a temporary place; `commit` makes it permanent under `key`. */
  stage(source: Readable): Promise<{ commit(key: string): Promise<void>; discard(): Promise<void> }>;
  open(key: string): Readable;
  /** Removes the bytes under `key`; a key that holds nothing is not an error. */
  remove(key: string): Promise<void>;
  /** Removes what no attachment names (see LocalEvidenceStore.sweep); answers how many. */
  sweep(referenced: ReadonlySet<string>, graceMs?: number): Promise<number>;
  close?(): void;
}

/** The store the configuration names. */
export function evidenceStore(config: { dataDir: string; evidenceS3?: S3Settings }): EvidenceStore {
  return config.evidenceS3 ? new S3EvidenceStore(config.evidenceS3) : new LocalEvidenceStore(join(config.dataDir, 'evidence'));
}

export class LocalEvidenceStore implements EvidenceStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    const full = resolve(this.root, key);
    if (!full.startsWith(resolve(this.root) + '/')) throw new Error('storage key escapes the store');
    return full;
  }

  async stage(source: Readable) {
    const tmp = join(this.root, 'tmp', crypto.randomUUID());
    await mkdir(dirname(tmp), { recursive: true });
    try {
      await pipeline(source, createWriteStream(tmp));
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return {
      commit: async (key: string) => {
        const target = this.pathOf(key);
        await mkdir(dirname(target), { recursive: true });
        await rename(tmp, target);
      },
      discard: () => rm(tmp, { force: true }),
    };
  }

  open(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  remove(key: string): Promise<void> {
    return rm(this.pathOf(key), { force: true });
  }

  /**
   * At start: removes staged uploads a crash left behind, and stored files no attachment names
   * (a delete whose file removal failed, an upload that died between storing and recording).
   * Files younger than `graceMs` are left, in case another process is recording them right now.
   */
  async sweep(referenced: ReadonlySet<string>, graceMs = 60 * 60 * 1000): Promise<number> {
    let removed = 0;
    const cutoff = Date.now() - graceMs;
    const walk = async (dir: string, key: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const path = join(dir, entry.name);
        const childKey = key ? `${key}/${entry.name}` : entry.name;
        if (entry.isDirectory()) await walk(path, childKey);
        else if (!referenced.has(childKey) && (await stat(path)).mtimeMs < cutoff) {
          await rm(path, { force: true });
          removed++;
        }
      }
    };
    await walk(this.root, '');
    return removed;
  }
}
