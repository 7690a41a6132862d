import { commands } from './commands';
import { UsageError, type CliIo } from './command';
import { appVersion } from '../node/app-version';

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'qos: an offline reader for diplomatic news in Russian and English.',
    '',
    'Usage: qos <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help      show this help (or `qos <command> --help`)',
    '  --version   print the version',
    '',
  ].join('\n');
}

/** Runs the CLI and returns the exit code; never calls process.exit itself. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(helpText());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${appVersion()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(`qos: unknown command '${first}'. Run 'qos --help' for the list.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`qos ${command.name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    io.stderr(`qos ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
