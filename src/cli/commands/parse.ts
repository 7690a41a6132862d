import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ParsedText } from '../../shared/article';
import { QosError } from '../../shared/qos-error';
import { maxFileBytes, tooLarge } from '../../core/corpus/decode';
import { parseArticle } from '../../core/corpus/parse-article';
import { UsageError, type CliCommand } from '../command';

const usage = `Usage: qos parse FILE… [--json] [--encoding NAME]

Reads article files and prints what the parser finds: language, encoding, headline, date, outlet,
dateline, authors, cited source, paragraphs, sentences and attributed quotes. A file that cannot be read
gets an error entry; the others are still parsed. Exit code 1 when any file failed.

  --json           print a JSON array, one object per file (offsets are UTF-16 code units)
  --encoding NAME  read every file in this encoding (e.g. windows-1251) instead of detecting it`;

type Row = { readonly file: string; readonly error: string } | ({ readonly file: string } & ParsedText);

async function readOne(file: string, cwd: string, encoding: string | undefined): Promise<Row> {
  try {
    const full = path.resolve(cwd, file);
    const stat = await fs.stat(full);
    if (stat.isDirectory()) return { file, error: 'This is a folder, not a file.' };
    // Checked before reading so a huge file is refused without loading it.
    if (stat.size > maxFileBytes) return { file, error: tooLarge(stat.size).message };
    const bytes = new Uint8Array(await fs.readFile(full));
    return { file, ...parseArticle(bytes, encoding === undefined ? {} : { encoding }) };
  } catch (error) {
    if (error instanceof QosError) return { file, error: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file, error: 'No such file.' };
    if (code === 'EACCES' || code === 'EPERM') return { file, error: 'Permission denied.' };
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}

function toJson(row: Row): Record<string, unknown> {
  if ('error' in row) return { file: row.file, error: row.error };
  return {
    file: row.file,
    lang: row.lang,
    langConfidence: row.langConfidence,
    encoding: row.encoding,
    encodingGuessed: row.encodingGuessed,
    title: row.title,
    date: row.date,
    outlet: row.outlet,
    dateline: row.dateline,
    authors: row.authors,
    cites: row.cites,
    text: row.text,
    paragraphs: row.paragraphs,
    sentences: row.sentences,
    quotes: row.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker === null ? null : { name: q.speaker.name },
    })),
    invisibles: row.invisibles,
  };
}

function summary(row: Row): string {
  if ('error' in row) return `${row.file}: error: ${row.error}\n`;
  const guessed = row.encodingGuessed ? ', guessed' : '';
  const lines = [
    `${row.file}: ${row.lang} (${row.encoding}${guessed})`,
    `  title:    ${row.title ?? '—'}`,
    `  date:     ${row.date ?? '—'}   dateline: ${row.dateline ?? '—'}`,
    `  outlet:   ${row.outlet ?? '—'}   cites: ${row.cites ?? '—'}`,
    `  authors:  ${row.authors.length > 0 ? row.authors.join(', ') : '—'}`,
    `  ${row.paragraphs.length} paragraphs, ${row.sentences.length} sentences, ${row.quotes.length} quotes`,
    ...row.quotes.map((q) => {
      const words = q.text.length > 60 ? `${q.text.slice(0, 60)}…` : q.text;
      return `    ${q.speaker?.name ?? '(unattributed)'}: ${words}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

export const parseCommand: CliCommand = {
  name: 'parse',
  summary: 'read article files and print their metadata, structure and quotes',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean', default: false }, encoding: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new UsageError('give at least one file');
    if (values.encoding !== undefined) {
      try {
        new TextDecoder(values.encoding);
      } catch {
        throw new UsageError(`unknown encoding '${values.encoding}'`);
      }
    }
    const rows: Row[] = [];
    for (const file of positionals) rows.push(await readOne(file, io.cwd, values.encoding));
    if (values.json) io.stdout(`${JSON.stringify(rows.map(toJson))}\n`);
    else for (const row of rows) io.stdout(summary(row));
    return rows.some((row) => 'error' in row) ? 1 : 0;
  },
};
