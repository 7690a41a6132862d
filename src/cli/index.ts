/** Entry of the `qos` command (bundled to out/main/cli.js; bin/qos.js loads it). */
import { runCli } from './main';

let interrupt: () => void = () => {};
const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
process.once('SIGINT', () => interrupt());
process.once('SIGTERM', () => interrupt());

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  interrupted,
});
process.exitCode = code;
