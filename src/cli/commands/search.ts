import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ArticleLang } from '../../shared/article';
import type { SearchHit, SearchQuery } from '../../shared/search';
import { openSearchIndex } from '../../node/search/search-index';
import { defaultStoreDir } from '../../node/store-paths';
import { UsageError, type CliCommand } from '../command';
import { parseThreads, searchIndexDir } from './index-command';

const usage = `Usage: qos search QUERY… [--store DIR] [--json] [--limit N] [--offset N] [--lang ru|en]
                  [--sort relevance|date] [--threads N]

Searches the full-text index made by \`qos index\`. All words must match, in any grammatical case and
in either script (Tokayev finds Токаева). "Exact phrases" in quotes, prefixes (Токае*) and exclusions
(-Putin) work as typed; words after \`--\` are all part of the query.

  --store DIR    the data folder (default: the platform's user-data folder, or $QOS_STORE)
  --json         print { "total", "hits": [ { "file", "title", "lang", "score", "snippet", … } ] }
  --limit N      at most N hits (default 20)
  --offset N     skip the first N hits
  --lang L       only articles in this language (ru, en, kk)
  --sort S       relevance (default) or date, newest first
  --threads N    worker threads (default: up to 2; 0 runs on the main thread)`;

const valued = new Set(['--store', '--limit', '--offset', '--lang', '--sort', '--threads']);
const langs: readonly ArticleLang[] = ['ru', 'en', 'kk', 'und'];

/** Options by hand: a query word may start with a minus (-Putin), which parseArgs would take for one. */
function parse(args: readonly string[]): { query: string; options: Map<string, string>; json: boolean } {
  const options = new Map<string, string>();
  const words: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      words.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--json') json = true;
    else if (valued.has(arg)) {
      const value = args[i + 1];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      options.set(arg, value);
      i++;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  return { query: words.join(' '), options, json };
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number, not ${value}`);
  return n;
}

/** The snippet with its highlights in brackets (or bold on a terminal). */
function marked(hit: SearchHit, bold: boolean): string {
  let out = '';
  let at = 0;
  for (const [start, end] of hit.snippet.highlights) {
    const word = hit.snippet.text.slice(start, end);
    out += hit.snippet.text.slice(at, start) + (bold ? `\u001b[1m${word}\u001b[22m` : `[${word}]`);
    at = end;
  }
  return out + hit.snippet.text.slice(at);
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'search the full-text index (words, "phrases", prefixes*, -exclusions)',
  usage,
  async run(args, io) {
    const { query: text, options, json } = parse(args);
    const lang = options.get('--lang');
    if (lang !== undefined && !(langs as readonly string[]).includes(lang))
      throw new UsageError(`--lang must be one of ${langs.join(', ')}`);
    const sort = options.get('--sort') ?? 'relevance';
    if (sort !== 'relevance' && sort !== 'date') throw new UsageError('--sort must be relevance or date');
    const threads = parseThreads(options.get('--threads'));
    const store = options.get('--store');
    const storeDir = store === undefined ? defaultStoreDir() : path.resolve(io.cwd, store);
    const dir = searchIndexDir(storeDir);
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      io.stderr(`qos search: no search index in ${storeDir}; run 'qos index' first.\n`);
      return 1;
    }
    const query: SearchQuery = {
      text,
      limit: Math.min(count(options.get('--limit'), '--limit', 20), 500),
      offset: count(options.get('--offset'), '--offset', 0),
      sort,
      ...(lang === undefined ? {} : { lang: lang as ArticleLang }),
    };
    const index = await openSearchIndex({ dir, ...(threads === undefined ? {} : { threads }) });
    try {
      const result = await index.search(query);
      if (json) {
        const hits = result.hits.map((h) => ({
          file: h.file,
          title: h.title,
          lang: h.lang,
          score: h.score,
          snippet: h.snippet.text,
          highlights: h.snippet.highlights,
          id: h.id,
          date: h.date,
          outlet: h.outlet,
        }));
        io.stdout(`${JSON.stringify({ total: result.total, hits }, null, 2)}\n`);
      } else {
        io.stdout(
          `${result.total} result${result.total === 1 ? '' : 's'} for ${result.terms.join(' ') || '(everything)'}\n`,
        );
        for (const hit of result.hits) {
          io.stdout(
            `\n${hit.title ?? hit.file}  (${hit.file}, ${hit.lang}${hit.date ? `, ${hit.date}` : ''}, ${hit.score})\n`,
          );
          io.stdout(`  ${marked(hit, io.interactive)}\n`);
        }
      }
      return 0;
    } finally {
      await index.close();
    }
  },
};
