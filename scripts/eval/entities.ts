/**
 * `npm run eval -- entities --data ../shared/data`: precision, recall and F1 of person / organisation /
 * location mentions (exact span and type, micro-averaged) on NEREL dev and factRuEval dev (Russian) and
 * GUM Wikinews (English), and linking accuracy where the data carries Wikidata ids (NEREL). NEREL's
 * training documents, split in two halves, measure how the rules carry over to text they were not
 * written against. Parallel English and Russian news (NTREX, FLORES) say how often one name gets one
 * id in both languages.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createAnnotator, type Annotator } from '../../src/core/entities/annotator';
import { nerelOptions, type RecognizeOptions } from '../../src/core/entities/recognize-options';
import { loadKb } from '../../src/node/kb';
import { loadLexicon } from '../../src/node/lexicon';
import { loadMorphology } from '../../src/node/morphology';
import { comparedTypes, crossLanguageAgreement, disagreements, formatAgreement } from './cross-language';
import { readGumDocs } from './gum';
import { loadParallel, type ParallelSet } from './parallel-data';

type Scored = 'PER' | 'ORG' | 'LOC';
const scoredTypes: readonly Scored[] = ['PER', 'ORG', 'LOC'];

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly type: Scored;
  readonly qid?: string;
}

export interface GoldDoc {
  readonly name: string;
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const nerelTypes: Readonly<Record<string, Scored>> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  COUNTRY: 'LOC',
  CITY: 'LOC',
  STATE_OR_PROVINCE: 'LOC',
  LOCATION: 'LOC',
  DISTRICT: 'LOC',
};

export async function readNerel(dir: string): Promise<GoldDoc[]> {
  const docs: GoldDoc[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.ann')).sort()) {
    const text = await readFile(path.join(dir, file.replace(/\.ann$/, '.txt')), 'utf8');
    const ann = await readFile(path.join(dir, file), 'utf8');
    const byId = new Map<string, { start: number; end: number; type: Scored; qid?: string }>();
    for (const line of ann.split('\n')) {
      const [id, body] = line.split('\t');
      if (!id?.startsWith('T') || !body) continue;
      const [label, range] = [body.slice(0, body.indexOf(' ')), body.slice(body.indexOf(' ') + 1)];
      const type = nerelTypes[label];
      if (!type || range.includes(';')) continue; // discontinuous spans cannot match exactly
      const [s, e] = range.split(' ').map(Number);
      if (s !== undefined && e !== undefined) byId.set(id, { start: s, end: e, type });
    }
    for (const line of ann.split('\n')) {
      const m = /^N\d+\tReference (T\d+) Wikidata:(Q\d+)/.exec(line);
      const span = m?.[1] ? byId.get(m[1]) : undefined;
      if (span && m?.[2]) span.qid = m[2];
    }
    docs.push({ name: file, text, spans: [...byId.values()] });
  }
  return docs;
}

const factTypes: Readonly<Record<string, Scored>> = {
  Person: 'PER',
  Org: 'ORG',
  Location: 'LOC',
  LocOrg: 'LOC',
};
const factNameParts: Readonly<Record<Scored, ReadonlySet<string>>> = {
  PER: new Set(['name', 'surname', 'patronymic', 'nickname']),
  ORG: new Set(['org_name']),
  LOC: new Set(['loc_name']),
};

/**
 * factRuEval objects are made of typed spans; the name is the extent of its name parts (org_name,
 * loc_name, name/surname/patronymic). Objects with only descriptors ("мэрии Москвы" as Org) are skipped.
 */
export async function readFactRuEval(dir: string): Promise<GoldDoc[]> {
  const docs: GoldDoc[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.objects')).sort()) {
    const base = path.join(dir, file.replace(/\.objects$/, ''));
    const text = await readFile(`${base}.txt`, 'utf8');
    const spans = new Map<string, { kind: string; start: number; end: number }>();
    for (const line of (await readFile(`${base}.spans`, 'utf8')).split('\n')) {
      const [id, kind, start, length] = line.split(' ');
      if (id && kind && start && length)
        spans.set(id, { kind, start: Number(start), end: Number(start) + Number(length) });
    }
    const gold: GoldSpan[] = [];
    for (const line of (await readFile(`${base}.objects`, 'utf8')).split('\n')) {
      const [head] = line.split('#');
      const [, label, ...ids] = (head ?? '').trim().split(/\s+/);
      const type = label ? factTypes[label] : undefined;
      if (!type) continue;
      const parts = ids.map((id) => spans.get(id)).filter((s) => s && factNameParts[type].has(s.kind));
      if (parts.length === 0) continue;
      const start = Math.min(...parts.map((p) => p?.start ?? Infinity));
      const end = Math.max(...parts.map((p) => p?.end ?? 0));
      if (!gold.some((g) => g.start === start && g.end === end && g.type === type))
        gold.push({ start, end, type });
    }
    docs.push({ name: file, text, spans: gold });
  }
  return docs;
}

interface Report {
  readonly counts: Record<Scored, Counts>;
  readonly linked: {
    gold: number;
    found: number;
    correct: number;
    inKb: number;
    inKbCorrect: number;
    /** Found mentions linked to a knowledge-base entity with another Wikidata id: a namesake, a misspelling. */
    wrong: number;
    /** Found mentions linked to a knowledge-base entity that has no Wikidata id, only a slug: not scored. */
    slug: number;
  };
}

function score(
  docs: readonly GoldDoc[],
  annotator: Annotator,
  lang: 'ru' | 'en',
  kbIds: ReadonlySet<string>,
  options: RecognizeOptions,
): Report {
  const counts = Object.fromEntries(scoredTypes.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Scored,
    Counts
  >;
  const linked = { gold: 0, found: 0, correct: 0, inKb: 0, inKbCorrect: 0, wrong: 0, slug: 0 };
  for (const doc of docs) {
    const predicted = annotator
      .annotate(doc.text, lang, options)
      .mentions.filter((m): m is typeof m & { type: Scored } => m.type !== 'EVENT');
    const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(doc.spans.map(key));
    const predByKey = new Map(predicted.map((m) => [key(m), m]));
    for (const g of doc.spans) {
      const hit = predByKey.get(key(g));
      counts[g.type][hit ? 'tp' : 'fn']++;
      if (!g.qid) continue;
      linked.gold++;
      if (kbIds.has(g.qid)) linked.inKb++;
      if (!hit) continue;
      linked.found++;
      if (hit.id === g.qid) {
        linked.correct++;
        linked.inKbCorrect++;
      } else if (/^Q\d+$/.test(hit.id)) linked.wrong++;
      else if (!hit.id.startsWith('x:')) linked.slug++;
    }
    for (const m of predicted) if (!goldKeys.has(key(m))) counts[m.type].fp++;
  }
  return { counts, linked };
}

const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '  -  ');

function print(name: string, r: Report, withLinks: boolean): void {
  const line = (label: string, c: Counts) => {
    const p = c.tp / (c.tp + c.fp);
    const rec = c.tp / (c.tp + c.fn);
    const f = (2 * p * rec) / (p + rec);
    return `  ${label.padEnd(4)} P ${pct(p)}  R ${pct(rec)}  F1 ${pct(f)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  };
  process.stdout.write(`${name}\n`);
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const t of scoredTypes) {
    process.stdout.write(`${line(t, r.counts[t])}\n`);
    all.tp += r.counts[t].tp;
    all.fp += r.counts[t].fp;
    all.fn += r.counts[t].fn;
  }
  process.stdout.write(`${line('all', all)}\n`);
  if (withLinks) {
    const l = r.linked;
    process.stdout.write(
      `  linking: ${l.correct}/${l.found} found mentions with a Wikidata id linked to it (${pct(l.correct / l.found)}); ` +
        `${l.correct}/${l.gold} of all (${pct(l.correct / l.gold)}); ` +
        `entity in our knowledge base: ${l.inKbCorrect}/${l.inKb} (${pct(l.inKbCorrect / l.inKb)}); ` +
        `linked to another Wikidata id: ${l.wrong}; to an entity of ours without one: ${l.slug}\n`,
    );
  }
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      resources: { type: 'string' },
      mode: { type: 'string' },
      list: { type: 'string' },
    },
  });
  // `--mode app` scores what the reader sees (flat names only); by default each set is read in its
  // own convention: all three nest names in names, NEREL also marks country adjectives and
  // organisations named by a common noun, factRuEval ends an organisation's name before its country,
  // GUM makes a country that plays in a match report its team, an organisation, and marks a post
  // alone or a group named by a capitalised plural as a person
  const app = values.mode === 'app';
  if (!values.data) throw new Error('usage: npm run eval -- entities --data ../shared/data');
  const data = path.resolve(values.data);
  const [kb, morph, lexicon] = await Promise.all([loadKb(values.resources), loadMorphology(), loadLexicon()]);
  const annotator = createAnnotator(kb, morph, lexicon);
  if (values.list !== undefined) {
    // NTREX only: FLORES stays held out, so its disagreements are counted, never listed
    const type = values.list.toUpperCase();
    if (!comparedTypes.includes(type)) throw new Error(`--list takes one of ${comparedTypes.join(', ')}`);
    for (const line of disagreements(annotator, await loadParallel(data, 'ntrex'), type)) {
      process.stdout.write(line);
    }
    return;
  }
  const kbIds = new Set(kb.map((e) => e.id));
  const gum: RecognizeOptions = app ? {} : { nested: true, teamsAsOrgs: true, titlesAndGroups: true };
  const factRuEval: RecognizeOptions = app
    ? {}
    : {
        nested: true,
        placeOutsideOrg: true,
        prefixOutsideOrg: true,
        placeAdjectiveInOrg: true,
        internetAsOrg: true,
        platformsAsPlaces: true,
      };
  const nerel: RecognizeOptions = app ? {} : nerelOptions;
  const sets: [string, string, () => Promise<GoldDoc[]>, 'ru' | 'en', boolean, RecognizeOptions][] = [
    [
      'NEREL v1.1 dev (ru)',
      'ner_ru/NEREL-v1.1/dev',
      () => readNerel(path.join(data, 'ner_ru/NEREL-v1.1/dev')),
      'ru',
      true,
      nerel,
    ],
    // NEREL's training documents were never read while the rules were written. Even-numbered ones
    // (in file order) are open for reading errors from now on; odd-numbered ones stay unread, so
    // their line says how the rules do on text nobody tuned them on
    [
      'NEREL v1.1 train, even documents (ru, open for error reading)',
      'ner_ru/NEREL-v1.1/train',
      async () => (await readNerel(path.join(data, 'ner_ru/NEREL-v1.1/train'))).filter((_, i) => i % 2 === 0),
      'ru',
      true,
      nerel,
    ],
    [
      'NEREL v1.1 train, odd documents (ru, held out)',
      'ner_ru/NEREL-v1.1/train',
      async () => (await readNerel(path.join(data, 'ner_ru/NEREL-v1.1/train'))).filter((_, i) => i % 2 === 1),
      'ru',
      true,
      nerel,
    ],
    [
      'factRuEval-2016 dev (ru)',
      'ner_ru/factRuEval-2016/devset',
      () => readFactRuEval(path.join(data, 'ner_ru/factRuEval-2016/devset')),
      'ru',
      false,
      factRuEval,
    ],
    [
      'GUM Wikinews news (en)',
      'ner_en/GUM_wikinews/dep',
      () => readGumDocs(path.join(data, 'ner_en/GUM_wikinews/dep'), 'news'),
      'en',
      false,
      gum,
    ],
    [
      'GUM Wikinews interviews (en)',
      'ner_en/GUM_wikinews/dep',
      () => readGumDocs(path.join(data, 'ner_en/GUM_wikinews/dep'), 'interview'),
      'en',
      false,
      gum,
    ],
  ];
  for (const [name, dir, read, lang, links, options] of sets) {
    if (!existsSync(path.join(data, dir))) {
      process.stdout.write(`${name}: not found under ${data}, skipped\n`);
      continue;
    }
    const docs = await read();
    print(`${name}: ${docs.length} documents`, score(docs, annotator, lang, kbIds, options), links);
  }
  // the app's reading in both modes: which ids a reader sees linked across the two languages.
  // NTREX was read for errors while the sound key was written; FLORES stayed unread
  const parallel: [string, ParallelSet][] = [
    ['NTREX-128 en-ru (open for error reading)', 'ntrex'],
    ['FLORES-200 devtest en-ru (held out)', 'flores'],
  ];
  for (const [name, set] of parallel) {
    const docs = await loadParallel(data, set).catch(() => null);
    if (!docs) {
      process.stdout.write(`${name}: not found under ${data}, skipped\n`);
      continue;
    }
    process.stdout.write(formatAgreement(name, docs.length, crossLanguageAgreement(annotator, docs)));
  }
}
