import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { translate, WIKIPEDIA } from 'iuliia';
import type { SearchDocument } from '../src/shared/search';

/**
 * A benchmark corpus of any size made deterministically from real news text in the shared data folder
 * (never copied into the repository): each article takes a run of consecutive sentences from one source
 * document, so names and topics stay together, plus a few sentences from elsewhere in the same language.
 */

interface SourceDoc {
  readonly lang: 'ru' | 'en';
  readonly sentences: readonly string[];
}

const outlets = ['Kazinform', 'TASS', 'Tengrinews', 'Astana Times', 'Интерфакс', 'РИА Новости', 'Хабар 24'];

/** mulberry32: a tiny seeded generator, so every run and every engine sees the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…»"])\s+(?=[A-ZА-ЯЁ«"])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
}

function readJsonLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function textFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));
}

function loadSources(dataDir: string): SourceDoc[] {
  const docs: SourceDoc[] = [];
  const add = (lang: 'ru' | 'en', sentences: string[]): void => {
    if (sentences.length >= 3) docs.push({ lang, sentences });
  };
  for (const split of ['train', 'dev', 'test']) {
    for (const file of textFiles(path.join(dataDir, 'ner_ru/NEREL-v1.1', split), '.txt'))
      add('ru', splitSentences(readFileSync(file, 'utf8')));
  }
  for (const file of textFiles(path.join(dataDir, 'ner_ru/factRuEval-2016/devset'), '.txt'))
    add('ru', splitSentences(readFileSync(file, 'utf8')));
  const ntrex = path.join(dataDir, 'parallel/ntrex128_en_ru/ntrex128_en_ru.docs.jsonl');
  if (existsSync(ntrex)) {
    for (const doc of readJsonLines(ntrex)) {
      add('en', strings(doc.en));
      add('ru', strings(doc.ru));
      add('ru', strings(doc.ru_wmt19_ref));
    }
  }
  const flores = path.join(dataDir, 'parallel/flores200_devtest/flores200_devtest_docs.jsonl');
  if (existsSync(flores)) {
    for (const doc of readJsonLines(flores)) {
      add('en', strings(doc.en));
      add('ru', strings(doc.ru));
    }
  }
  for (const file of textFiles(path.join(dataDir, 'ner_en/GUM_wikinews/dep'), '.conllu')) {
    const lines = readFileSync(file, 'utf8').split('\n');
    add(
      'en',
      lines.filter((l) => l.startsWith('# text = ')).map((l) => l.slice('# text = '.length)),
    );
  }
  if (docs.length === 0) throw new Error(`no source texts found under ${dataDir}`);
  return docs;
}

function isoDate(day: number): string {
  return new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** `size` articles of 1.5–4 KB, about half Russian and half English. */
export function makeCorpus(dataDir: string, size: number, seed = 6): SearchDocument[] {
  const sources = loadSources(dataDir);
  const byLang = { ru: sources.filter((d) => d.lang === 'ru'), en: sources.filter((d) => d.lang === 'en') };
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const docs: SearchDocument[] = [];
  for (let i = 0; i < size; i++) {
    const lang = random() < 0.55 ? 'ru' : 'en';
    const base = pick(byLang[lang]);
    const target = 1500 + Math.floor(random() * 2500);
    const start = Math.floor(random() * Math.max(1, base.sentences.length - 4));
    const body: string[] = [];
    let length = 0;
    for (let j = start; j < base.sentences.length && length < target; j++) {
      const sentence = base.sentences[j] as string;
      body.push(sentence);
      length += sentence.length + 1;
    }
    while (length < target) {
      const sentence = pick(pick(byLang[lang]).sentences);
      body.push(sentence);
      length += sentence.length + 1;
    }
    const title = (body[0] as string).slice(0, 120);
    const paragraphs: string[] = [];
    for (let j = 1; j < body.length; j += 3) paragraphs.push(body.slice(j, j + 3).join(' '));
    docs.push({
      id: `b${i.toString(36).padStart(5, '0')}`,
      file: `bench-${lang}-${i}.txt`,
      title,
      text: `${title}\n\n${paragraphs.join('\n\n')}`,
      lang,
      date: isoDate(Math.floor(random() * 3650)),
      outlet: pick(outlets),
    });
  }
  return docs;
}

export type QueryKind = 'word' | 'name' | 'two-word' | 'prefix' | 'phrase' | 'cross-script';

export interface BenchQuery {
  readonly kind: QueryKind;
  readonly text: string;
}

const surname = /^[А-ЯЁ][а-яё]{3,}(?:ов|ев|ин|ын)$/u;
const inflections = ['а', 'у', 'ым', 'е'];

/** A fixed mix of queries drawn from the corpus itself, `perKind` of each kind. */
export function makeQueries(docs: readonly SearchDocument[], perKind = 10, seed = 7): BenchQuery[] {
  const random = seededRandom(seed);
  const pickDoc = (lang: 'ru' | 'en'): SearchDocument => {
    for (;;) {
      const doc = docs[Math.floor(random() * docs.length)] as SearchDocument;
      if (doc.lang === lang) return doc;
    }
  };
  const words = (doc: SearchDocument): string[] => doc.text.match(/[\p{L}]+/gu) ?? [];
  const longWord = (doc: SearchDocument): string => {
    const list = words(doc).filter((w) => w.length >= 6 && w === w.toLowerCase());
    return list[Math.floor(random() * list.length)] ?? 'cooperation';
  };
  const names = docs
    .filter((d) => d.lang === 'ru')
    .slice(0, 2000)
    .flatMap((d) => words(d).filter((w) => surname.test(w)));
  const distinctNames = [...new Set(names)].sort();
  const pickName = (): string => distinctNames[Math.floor(random() * distinctNames.length)] ?? 'Путин';
  const queries: BenchQuery[] = [];
  for (let i = 0; i < perKind; i++) {
    const lang = i % 2 === 0 ? 'ru' : 'en';
    queries.push({ kind: 'word', text: longWord(pickDoc(lang)) });
    queries.push({ kind: 'name', text: pickName() + (inflections[i % inflections.length] as string) });
    const doc = pickDoc(lang);
    const list = words(doc).filter((w) => w.length >= 4);
    const at = Math.floor(random() * Math.max(1, list.length - 1));
    queries.push({ kind: 'two-word', text: `${list[at] ?? 'trade'} ${list[at + 5] ?? 'economic'}` });
    queries.push({ kind: 'prefix', text: `${longWord(pickDoc(lang)).slice(0, 5)}*` });
    const sentenceWords = words(pickDoc(lang));
    const p = Math.floor(random() * Math.max(1, sentenceWords.length - 2));
    queries.push({ kind: 'phrase', text: `"${sentenceWords.slice(p, p + 2).join(' ')}"` });
    queries.push({ kind: 'cross-script', text: translate(pickName(), WIKIPEDIA) });
  }
  return queries;
}
