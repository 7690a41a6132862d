import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type CliCommand } from '../command';
import { readAnnotated } from '../annotated-articles';
import { pairingDocFrom } from '../../core/pairing/pairing-doc';
import { createPairingIndex } from '../../core/pairing/pairing-index';
import { describeReasons } from '../../core/pairing/reasons';
import { groupStories } from '../../core/pairing/stories';

const usage = `Usage: qos pairs FILE|DIR… [--json] [--limit N]

For every article, the other articles that likeliest report the same thing, best first: shared people,
organisations and places (by rarity), shared figures, dates, quotations and speakers, titles, and for
translations the fit of their sentence lengths. Then the stories: articles about one event
(same_event: true) and threads of events with the same parties (same_event: false).

  --json      print { articles: [{ file, lang, counterparts: [{ file, score, lang, relation,
              reasons, why }] }], stories: [{ files, same_event }] }
  --limit N   counterparts listed per article (default 10)

relation is "counterpart" for an article in the other language and "other_report" for one in the same
language. A folder stands for the .txt files in it.`;

/** Files as given, and the .txt files of folders given, in name order. */
async function expand(args: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const info = await stat(path.resolve(cwd, arg)).catch(() => null);
    if (info === null) throw new UsageError(`no such file or folder: ${arg}`);
    if (!info.isDirectory()) {
      files.push(arg);
      continue;
    }
    const names = (await readdir(path.resolve(cwd, arg))).filter((n) => n.endsWith('.txt')).sort();
    files.push(...names.map((n) => path.join(arg, n)));
  }
  return files;
}

export const pairsCommand: CliCommand = {
  name: 'pairs',
  summary: 'rank counterparts of each article and group articles into stories',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean', default: false }, limit: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new UsageError('give at least one file or folder');
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive integer`);
    const files = await expand(positionals, io.cwd);
    const articles = await readAnnotated(files, io.cwd);
    const index = createPairingIndex(
      articles.map((a) => pairingDocFrom({ id: a.file, ...a.parsed }, a.annotations)),
    );
    const rows = articles.map((a) => ({
      file: a.file,
      lang: a.parsed.lang,
      counterparts: index.rank(a.file, { limit }).map((c) => ({
        file: c.id,
        score: c.score,
        lang: c.lang,
        relation: c.lang === a.parsed.lang ? 'other_report' : 'counterpart',
        reasons: c.reasons,
        why: describeReasons(c.reasons),
      })),
    }));
    const stories = groupStories(index).map((s) => ({ files: s.ids, same_event: s.sameEvent }));
    if (values.json) {
      io.stdout(`${JSON.stringify({ articles: rows, stories }, null, 2)}\n`);
      return 0;
    }
    const lines: string[] = [];
    for (const row of rows) {
      lines.push(`${row.file} (${row.lang})`);
      if (row.counterparts.length === 0) lines.push('  no related article');
      for (const c of row.counterparts)
        lines.push(`  ${c.score.toFixed(3)}  ${c.file} (${c.lang})  ${c.why}`);
    }
    lines.push('', 'Stories:');
    if (stories.length === 0) lines.push('  none');
    for (const s of stories)
      lines.push(`  ${s.same_event ? 'one event' : 'thread   '}  ${s.files.join(', ')}`);
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
