// Where evidence bytes live. Local files under DATA_DIR/evidence today; an S3-compatible
// store (Aliyun OSS, Tencent COS) implements the same interface when replicas need it.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface EvidenceStore {
  /** Streams `source` to a temporary place; `commit` makes it permanent under `key`. */
  stage(source: Readable): Promise<{ commit(key: string): Promise<void>; discard(): Promise<void> }>;
  open(key: string): Readable;
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
}
