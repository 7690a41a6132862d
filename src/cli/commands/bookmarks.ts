import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { LoadedArticle } from '../../shared/article';
import {
  bookmarkExportFormats,
  type Bookmark,
  type BookmarkExportFormat,
  type BookmarkStoreProblem,
} from '../../shared/bookmarks';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { writeFileAtomic } from '../../node/atomic-file';
import { openBookmarkStore, type BookmarkStore } from '../../node/bookmarks/bookmark-store';
import { articleFromBytes } from '../../node/read-article';
import { defaultStoreDir } from '../../node/store-paths';

const usage = `Usage: qos bookmarks <action> … [--store DIR]

Quote bookmarks: the exact words with their surroundings and offsets, kept when the article is edited.

  add FILE --start N --end N [--note TEXT] [--tag TAG]… [--speaker NAME] [--json]
                      bookmark characters N to M of FILE (offsets into its normalized text, as the
                      reader and 'qos parse --json' count them); the speaker is found when the range
                      lies inside a quote the parser attributed. Prints the new bookmark's id.
  list [--json]       every bookmark; orphans (quotes no longer in their article) are marked
  remove ID           delete a bookmark
  export --format md|csv|json [--out FILE]
                      Markdown with qos:// links, CSV, or a W3C Web Annotation collection (JSON)
  import FILE         merge a JSON export (or any Web Annotation collection of qos:// articles);
                      bookmarks already present are not duplicated, the later edit wins
  reanchor FILE…      find the quotes of edited articles again and list those that are orphaned

  --store DIR         the data folder (default: the platform's user-data folder, or $QOS_STORE)`;

type Options = NonNullable<ParseArgsConfig['options']>;

const actions: Record<string, Options> = {
  add: {
    start: { type: 'string' },
    end: { type: 'string' },
    note: { type: 'string' },
    tag: { type: 'string', multiple: true },
    speaker: { type: 'string' },
    json: { type: 'boolean' },
  },
  list: { json: { type: 'boolean' } },
  remove: {},
  export: { format: { type: 'string' }, out: { type: 'string' } },
  import: {},
  reanchor: {},
};

function offset(value: unknown, name: string): number {
  if (typeof value !== 'string' || !/^\d+$/.test(value))
    throw new UsageError(`--${name} must be a whole number`);
  return Number(value);
}

async function readArticle(file: string, cwd: string): Promise<LoadedArticle> {
  const full = path.resolve(cwd, file);
  const bytes = await readFile(full);
  return articleFromBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), full);
}

function describeProblem(problem: BookmarkStoreProblem): string {
  switch (problem.kind) {
    case 'set_aside':
      return `${problem.file} could not be read (${problem.reason}); it was kept as ${problem.setAside}`;
    case 'recovered_from_backup':
      return `restored ${problem.count} bookmark${problem.count === 1 ? '' : 's'} from the backup ${problem.backup}`;
    case 'nothing_recovered':
      return 'no bookmarks could be recovered; the unreadable files were kept';
    case 'newer_version':
      return `${problem.file} was written by a newer Qos (version ${problem.version}); it is left unchanged`;
  }
}

function oneLine(b: Bookmark): string {
  const flat = b.quote.exact.replace(/\s+/g, ' ');
  const quote = flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
  const marks = [b.speaker ? `— ${b.speaker.name}` : '', b.orphaned ? `[orphaned: ${b.orphaned.reason}]` : '']
    .filter(Boolean)
    .join(' ');
  return `${b.id}  ${b.article.file}  ${b.position.start}-${b.position.end}  "${quote}"${marks ? `  ${marks}` : ''}\n`;
}

async function run(
  action: string,
  values: Record<string, unknown>,
  positionals: readonly string[],
  store: BookmarkStore,
  io: CliIo,
): Promise<number> {
  const want = (count: number, what: string): void => {
    if (positionals.length !== count) throw new UsageError(`${action} takes ${what}`);
  };
  switch (action) {
    case 'add': {
      want(1, 'one FILE');
      const article = await readArticle(positionals[0] as string, io.cwd);
      const speaker = typeof values.speaker === 'string' ? { speaker: { name: values.speaker } } : {};
      const bookmark = await store.add({
        article,
        start: offset(values.start, 'start'),
        end: offset(values.end, 'end'),
        ...(typeof values.note === 'string' ? { note: values.note } : {}),
        tags: (values.tag as string[] | undefined) ?? [],
        ...speaker,
      });
      io.stdout(values.json ? `${JSON.stringify(bookmark, null, 2)}\n` : `${bookmark.id}\n`);
      return 0;
    }
    case 'list': {
      want(0, 'no arguments');
      const bookmarks = await store.list();
      if (values.json) io.stdout(`${JSON.stringify(bookmarks, null, 2)}\n`);
      else for (const b of bookmarks) io.stdout(oneLine(b));
      return 0;
    }
    case 'remove': {
      want(1, 'one ID');
      await store.remove(positionals[0] as string);
      return 0;
    }
    case 'export': {
      want(0, 'no arguments');
      const format = values.format as BookmarkExportFormat;
      if (!bookmarkExportFormats.includes(format)) throw new UsageError('--format must be md, csv or json');
      const out = values.out;
      if (typeof out === 'string') {
        // spreadsheets read a CSV file as UTF-8 only with a BOM; stdout stays plain for pipes
        const text =
          format === 'csv' ? `\uFEFF${await store.exportAs(format)}` : await store.exportAs(format);
        await writeFileAtomic(path.resolve(io.cwd, out), text);
      } else {
        io.stdout(await store.exportAs(format));
      }
      return 0;
    }
    case 'import': {
      want(1, 'one FILE');
      const result = await store.importAnnotations(
        await readFile(path.resolve(io.cwd, positionals[0] as string), 'utf8'),
      );
      io.stdout(
        `added ${result.added}, updated ${result.updated}, unchanged ${result.unchanged}, skipped ${result.skipped.length}\n`,
      );
      for (const s of result.skipped) io.stderr(`qos bookmarks: item ${s.index} skipped: ${s.reason}\n`);
      return 0;
    }
    case 'reanchor': {
      if (positionals.length === 0) throw new UsageError('reanchor takes at least one FILE');
      const articles = await Promise.all(positionals.map((f) => readArticle(f, io.cwd)));
      const counts = await store.reanchor(articles);
      io.stdout(
        `checked ${counts.checked}, moved ${counts.moved}, restored ${counts.restored}, orphaned ${counts.orphaned}\n`,
      );
      for (const b of (await store.list()).filter((x) => x.orphaned)) io.stdout(`orphan  ${oneLine(b)}`);
      return 0;
    }
    default:
      throw new UsageError(`unknown action '${action}'`);
  }
}

export const bookmarksCommand: CliCommand = {
  name: 'bookmarks',
  summary: 'add, list, export and import quote bookmarks',
  usage,
  async run(args, io) {
    const [action, ...rest] = args;
    if (action === undefined) throw new UsageError('name an action');
    const options = actions[action];
    if (options === undefined) throw new UsageError(`unknown action '${action}'`);
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...options, store: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const storeDir =
      typeof values.store === 'string' ? path.resolve(io.cwd, values.store) : defaultStoreDir();
    const store = await openBookmarkStore(storeDir);
    for (const problem of store.problems) io.stderr(`qos bookmarks: ${describeProblem(problem)}\n`);
    return run(action, values, positionals, store, io);
  },
};
