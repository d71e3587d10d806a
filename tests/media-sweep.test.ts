import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { processImage } from '@/lib/media/process-image';
import { stagingDir } from '@/lib/media/media-dir';
import { sweepMedia } from '@/lib/media/sweep';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'media-sweep-'));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));
const touch = (file: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
};

describe('media after a crash', () => {
  it('an upload leaves its variants in place and no staging folder behind', async () => {
    const image = await processImage(
      await sharp({ create: { width: 640, height: 360, channels: 3, background: '#345' } })
        .jpeg()
        .toBuffer(),
      directory,
    );
    expect(fs.readdirSync(path.join(directory, '.incoming'))).toEqual([]);
    expect(fs.existsSync(path.join(directory, path.basename(image.src)))).toBe(true);
  });

  it('the sweep removes dead uploads’ staging and variants no row names, and keeps the rest', async () => {
    const folder = path.join(directory, 'swept');
    // A process that has exited: its pid is free.
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    const kept = 'a'.repeat(24);
    const orphan = 'b'.repeat(24);
    for (const name of [`${kept}-480.webp`, `${kept}-480.avif`, `${orphan}-480.webp`, `${orphan}-480.avif`, 'README'])
      touch(path.join(folder, name));
    touch(path.join(folder, '.incoming', `${deadPid}-${'c'.repeat(24)}`, `${'c'.repeat(24)}-480.webp`));
    touch(path.join(stagingDir(folder, 'd'.repeat(24)), 'x'));
    // Another worker, alive, in the middle of an upload.
    touch(path.join(folder, '.incoming', `${process.ppid}-${'e'.repeat(24)}`, 'x'));

    const removed = await sweepMedia(folder, [`/media/${kept}-480.webp`, '/demo/photo.jpg']);

    expect(removed).toEqual({ staging: 2, orphans: 2 });
    expect(
      fs
        .readdirSync(folder)
        .filter((name) => !name.startsWith('.'))
        .sort(),
    ).toEqual(['README', `${kept}-480.avif`, `${kept}-480.webp`]);
    // A live worker's upload is left alone; one under this process's pid is a dead namesake's.
    expect(fs.readdirSync(path.join(folder, '.incoming'))).toEqual([`${process.ppid}-${'e'.repeat(24)}`]);
  });
});
