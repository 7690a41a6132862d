import type { CliCommand } from './command';

/** Every subcommand, in the order `qos --help` lists them. */
export const commands: readonly CliCommand[] = [];
