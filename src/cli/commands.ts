import type { CliCommand } from './command';
import { serveCommand } from './commands/serve';

/** Every subcommand, in the order `qos --help` lists them. */
export const commands: readonly CliCommand[] = [serveCommand];
