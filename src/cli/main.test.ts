import { describe, expect, it } from 'vitest';
import { runCli } from './main';
import { version } from '../../package.json';
import { captureIo } from './capture-io';

const io = () => captureIo();

describe('qos CLI', () => {
  it('prints help listing every command', async () => {
    const t = io();
    expect(await runCli(['--help'], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/Usage: qos <command>/);
    expect(t.out.join('')).toMatch(/serve/);
  });

  it('prints the package version', async () => {
    const t = io();
    expect(await runCli(['--version'], t.io)).toBe(0);
    expect(t.out.join('').trim()).toBe(version);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const t = io();
    expect(await runCli(['frobnicate'], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/unknown command 'frobnicate'/);
  });

  it('shows a command usage on --help and a usage error on bad options', async () => {
    const t = io();
    expect(await runCli(['serve', '--help'], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/qos serve \[--port N\]/);
    const u = io();
    expect(await runCli(['serve', '--port', 'x'], u.io)).toBe(2);
    expect(u.err.join('')).toMatch(/--port must be/);
  });
});
