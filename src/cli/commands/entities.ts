import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type CliCommand } from '../command';
import { parseArticle } from '../../core/corpus/parse-article';
import { createAnnotator } from '../../core/entities/annotator';
import { loadKb } from '../../node/kb';
import { loadMorphology } from '../../node/morphology';
import { loadLexicon } from '../../node/lexicon';

const usage = `Usage: qos entities FILE… [--json] [--resources DIR]

Finds the named entities (people, organisations, places, events) and the figures (money, percentages,
counts, dates) in each article, each linked to a knowledge-base id or to an id derived from the name's
spelling, so the same name links across Russian and English.

  --json            one JSON array with an object per file (file, lang, mentions, figures)
  --resources DIR   the folder holding kb/ (default: the app's own resources)`;

export const entitiesCommand: CliCommand = {
  name: 'entities',
  summary: 'list the named entities and figures of articles',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean', default: false }, resources: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new UsageError('name at least one file');
    const resources = values.resources === undefined ? undefined : path.resolve(io.cwd, values.resources);
    const [kb, morph, lexicon] = await Promise.all([loadKb(resources), loadMorphology(), loadLexicon()]);
    const annotator = createAnnotator(kb, morph, lexicon);
    const results = [];
    for (const file of positionals) {
      const parsed = parseArticle(new Uint8Array(await readFile(path.resolve(io.cwd, file))));
      const { mentions, figures } = annotator.annotate(parsed.text, parsed.lang);
      results.push({ file, lang: parsed.lang, mentions, figures });
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(results, null, 2)}\n`);
      return 0;
    }
    for (const r of results) {
      io.stdout(`${r.file} (${r.lang})\n`);
      for (const m of r.mentions) io.stdout(`  ${m.type.padEnd(5)} ${m.text}  →  ${m.id}\n`);
      for (const f of r.figures) {
        io.stdout(
          `  ${f.type.padEnd(7)} ${f.text}  =  ${String(f.value)}${f.currency ? ` ${f.currency}` : ''}\n`,
        );
      }
    }
    return 0;
  },
};
