import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from './test-temp';

const made: string[] = [];

describe('temporary folders for tests', () => {
  const tmp = tempDirs('qos-test-temp-');

  it('makes a fresh folder with the prefix, or another one, in the temporary folder', () => {
    made.push(tmp(), tmp(), tmp('qos-test-temp-other-'));
    expect(new Set(made).size).toBe(3);
    for (const dir of made) {
      expect(existsSync(dir)).toBe(true);
      expect(path.dirname(dir)).toBe(os.tmpdir());
    }
    expect(path.basename(made[0]!)).toMatch(/^qos-test-temp-\w{6}$/);
    expect(path.basename(made[2]!)).toMatch(/^qos-test-temp-other-\w{6}$/);
    writeFileSync(path.join(made[0]!, 'file.txt'), 'kept until the block is done');
  });

  it('keeps the folders while the block runs', () => {
    expect(made.every((dir) => existsSync(dir))).toBe(true);
  });
});

afterAll(() => {
  expect(made).toHaveLength(3);
  expect(made.filter((dir) => existsSync(dir))).toEqual([]);
});
