import type { CliIo } from './command';

/** A CliIo that keeps what a command prints, for tests; Ctrl+C never comes. */
export function captureIo(cwd: string = process.cwd()): { out: string[]; err: string[]; io: CliIo } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      interactive: false,
      cwd,
      interrupted: new Promise<void>(() => {}),
    },
  };
}
