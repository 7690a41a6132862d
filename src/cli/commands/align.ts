import { parseArgs } from 'node:util';
import { UsageError, type CliCommand } from '../command';
import { readAnnotated, type AnnotatedArticle } from '../annotated-articles';
import { alignTexts, type AlignMode } from '../../core/align/align';
import { toTmx, segmentText, type ExportSide } from '../../core/align/export-tmx';
import { toTsv } from '../../core/align/export-tsv';
import { presplit } from '../../core/align/presplit';
import type { AlignSide } from '../../core/align/sentence-anchors';
import { appVersion } from '../../node/app-version';

const usage = `Usage: qos align A B [--json | --format tmx|tsv] [--presplit] [--mode M] [--min-score X]

Aligns the sentences of two articles (a Russian and an English report, or two translations) by their
content: names, figures, numbers, quotations and sentence lengths. Links are 1:1, 1:2, 2:1 or 2:2; a
sentence with no counterpart stays unlinked. Each link has a confidence from 0 to 1.

  --json          print { a: { file, lang, sentences: [[start, end]…] }, b: {…}, mode, ratio,
                  links: [{ a: [i…], b: [j…], score }], paragraphs: [{ a, b, score }] }; every
                  sentence appears in exactly one link, unlinked ones with an empty other side
  --format F      tmx (TMX 1.4 translation memory) or tsv (A, B and score columns)
  --presplit      each non-empty line of the files is one sentence; blank lines end paragraphs
  --mode M        auto (default), translation or comparable (independent reports: only what they
                  share is linked)
  --min-score X   links under this confidence are dropped (default 0.5)`;

function sideOf(article: AnnotatedArticle, split: boolean): AlignSide {
  const { parsed, annotations } = article;
  const { sentences, paragraphs } = split
    ? presplit(parsed.text)
    : { sentences: parsed.sentences, paragraphs: parsed.paragraphs };
  return { text: parsed.text, lang: parsed.lang, sentences, paragraphs, annotations, quotes: parsed.quotes };
}

const modes = new Set(['auto', 'translation', 'comparable']);

export const alignCommand: CliCommand = {
  name: 'align',
  summary: 'align the sentences of two articles (JSON, TMX or TSV)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        presplit: { type: 'boolean', default: false },
        mode: { type: 'string', default: 'auto' },
        'min-score': { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 2) throw new UsageError('give exactly two files');
    const format = values.format ?? (values.json ? 'json' : 'text');
    if (!['json', 'text', 'tmx', 'tsv'].includes(format))
      throw new UsageError(`--format must be tmx or tsv, not ${format}`);
    if (values.json && values.format !== undefined)
      throw new UsageError('--json and --format exclude each other');
    if (!modes.has(values.mode)) throw new UsageError(`--mode must be auto, translation or comparable`);
    const minScore = values['min-score'] === undefined ? 0.5 : Number(values['min-score']);
    if (!(minScore >= 0 && minScore <= 1)) throw new UsageError('--min-score must be between 0 and 1');

    const [first, second] = await readAnnotated(positionals, io.cwd);
    if (!first || !second) throw new Error('could not read both files');
    const a = sideOf(first, values.presplit);
    const b = sideOf(second, values.presplit);
    const mode = values.mode as AlignMode | 'auto';
    const alignment = alignTexts(a, b, { mode, minConfidence: minScore });
    const exportA: ExportSide = { text: a.text, lang: a.lang, sentences: a.sentences };
    const exportB: ExportSide = { text: b.text, lang: b.lang, sentences: b.sentences };

    if (format === 'tmx') {
      io.stdout(toTmx(exportA, exportB, alignment.links, { toolVersion: appVersion(), created: new Date() }));
    } else if (format === 'tsv') {
      io.stdout(toTsv(exportA, exportB, alignment.links));
    } else if (format === 'json') {
      const side = (file: string, s: AlignSide) => ({ file, lang: s.lang, sentences: s.sentences });
      const out = {
        a: side(first.file, a),
        b: side(second.file, b),
        mode: alignment.mode,
        ratio: Math.round(alignment.ratio * 1000) / 1000,
        links: alignment.links,
        paragraphs: alignment.paragraphLinks,
      };
      io.stdout(`${JSON.stringify(out)}\n`);
    } else {
      const lines = [`${first.file} (${a.lang}) ↔ ${second.file} (${b.lang}): read as ${alignment.mode}`];
      for (const link of alignment.links) {
        const tag = `${link.a.join('+') || '–'} ↔ ${link.b.join('+') || '–'}`;
        lines.push('', `${link.a.length && link.b.length ? link.score.toFixed(3) : 'unlinked'}  ${tag}`);
        if (link.a.length) lines.push(`  ${a.lang}: ${segmentText(exportA, link.a)}`);
        if (link.b.length) lines.push(`  ${b.lang}: ${segmentText(exportB, link.b)}`);
      }
      io.stdout(`${lines.join('\n')}\n`);
    }
    return 0;
  },
};
