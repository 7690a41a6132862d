import type { CliCommand } from './command';
import { serveCommand } from './commands/serve';
import { bookmarksCommand } from './commands/bookmarks';
import { importCommand } from './commands/import';
import { entitiesCommand } from './commands/entities';
import { parseCommand } from './commands/parse';
import { pairsCommand } from './commands/pairs';
import { alignCommand } from './commands/align';
import { indexCommand } from './commands/index-command';
import { searchCommand } from './commands/search';

/** Every subcommand, in the order `qos --help` lists them. */
export const commands: readonly CliCommand[] = [
  serveCommand,
  importCommand,
  entitiesCommand,
  parseCommand,
  pairsCommand,
  alignCommand,
  bookmarksCommand,
  indexCommand,
  searchCommand,
];
