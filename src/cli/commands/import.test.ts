import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { captureIo } from '../capture-io';
import { tempDirs } from '../../node/test-temp';

const capture = () => captureIo();
const tmp = tempDirs('qos-cli-store-');

describe('qos import', () => {
  it('adds a folder to the store, reports bad files and exits 1 for them', async () => {
    const store = tmp();
    const folder = tmp('qos-cli-in-');
    writeFileSync(
      path.join(folder, 'good.txt'),
      'Tokayev met Mishustin in Nur-Sultan.\n\nThey discussed trade.',
    );
    writeFileSync(path.join(folder, 'empty.txt'), '');
    const t = capture();
    expect(await runCli(['import', folder, '--store', store, '--json'], t.io)).toBe(1);
    const summary = JSON.parse(t.out.join('')) as { added: number; failed: { file: string }[] };
    expect(summary.added).toBe(1);
    expect(summary.failed.map((f) => path.basename(f.file))).toEqual(['empty.txt']);

    const again = capture();
    expect(await runCli(['import', path.join(folder, 'good.txt'), '--store', store], again.io)).toBe(0);
    expect(again.out.join('')).toMatch(/0 added, 1 already in the library, 0 failed/);
  });

  it('asks for a path', async () => {
    const t = capture();
    expect(await runCli(['import'], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/name at least one file or folder/);
  });
});
