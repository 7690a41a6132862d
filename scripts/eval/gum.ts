/** Reads GUM's CoNLL-U (entity brackets in MISC) into texts with named person/organisation/place spans. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GoldDoc, GoldSpan } from './entities';

const gumTypes: Readonly<Record<string, GoldSpan['type']>> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
};

const titles =
  /^(?:President|Vice|Prime|Minister|Secretary|Ambassador|Senator|Governor|Mayor|King|Queen|Prince|Princess|Pope|Chancellor|Chairman|Director|Administrator|Captain|General|Judge|Sheriff|Commissioner|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Rev|Reverend)\.?$/;

interface Tok {
  readonly start: number;
  readonly end: number;
  readonly upos: string;
  /** Penn tag: NNP marks proper nouns that UD tags otherwise ("United" is a VERB, NNP). */
  readonly xpos: string;
  readonly deprel: string;
  /** Index of the syntactic head in the document's token list, -1 for the root. */
  readonly head: number;
}

/**
 * GUM marks every mention (pronouns and "the team" too). A named entity here is a mention whose head
 * is a proper noun; its name is the run of proper nouns around the head, after descriptors such as
 * "US President" (deprel nmod:desc) are cut off.
 */
export async function readGumDocs(dir: string, genre: 'news' | 'interview'): Promise<GoldDoc[]> {
  const docs: GoldDoc[] = [];
  for (const file of (await readdir(dir))
    .filter((f) => f.startsWith(`GUM_${genre}_`) && f.endsWith('.conllu'))
    .sort()) {
    const lines = (await readFile(path.join(dir, file), 'utf8')).split('\n');
    let text = '';
    const toks: Tok[] = [];
    const open = new Map<string, { type: string; from: number }[]>();
    const mentions: { type: string; from: number; to: number }[] = [];
    let sentenceBase = 0;
    for (const line of lines) {
      if (line.startsWith('# sent_id')) {
        if (text.length > 0) text += '\n';
        sentenceBase = toks.length;
        continue;
      }
      const cols = line.split('\t');
      if (cols.length < 10 || !/^\d+$/.test(cols[0] ?? '')) continue;
      const [, form = '', , upos = '', xpos = '', , head = '0', deprel = '', , misc = ''] = cols;
      const start = text.length;
      text += form;
      const index = toks.length;
      toks.push({
        start,
        end: text.length,
        upos,
        xpos,
        deprel,
        head: head === '0' ? -1 : sentenceBase + Number(head) - 1,
      });
      if (!misc.split('|').includes('SpaceAfter=No')) text += ' ';
      const entity =
        misc
          .split('|')
          .find((f) => f.startsWith('Entity='))
          ?.slice(7) ?? '';
      for (const m of entity.matchAll(/\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|$|\d+\))|(\d+)\)/g)) {
        if (m[1] && m[2]) {
          if (m[3]) mentions.push({ type: m[2], from: index, to: index });
          else open.set(m[1], [...(open.get(m[1]) ?? []), { type: m[2], from: index }]);
        } else if (m[4]) {
          const stack = open.get(m[4]);
          const o = stack?.pop();
          if (o) mentions.push({ type: o.type, from: o.from, to: index });
        }
      }
    }
    const spans: GoldSpan[] = [];
    for (const m of mentions) {
      const type = gumTypes[m.type];
      if (!type) continue;
      const inside = (i: number) => i >= m.from && i <= m.to;
      let headIndex = -1;
      for (let i = m.from; i <= m.to; i++)
        if (!inside(toks[i]?.head ?? -1)) headIndex = headIndex === -1 ? i : headIndex;
      const proper = (i: number) => toks[i]?.upos === 'PROPN' || (toks[i]?.xpos ?? '').startsWith('NNP');
      if (!proper(headIndex)) {
        // "Facebook creator Mark Zuckerberg", "captain Harry Kane", "coauthor Colette Heald": the
        // name hangs off a common noun, as its flat part or in apposition
        const named = [...Array(m.to - m.from + 1).keys()]
          .map((k) => m.from + k)
          .find(
            (i) =>
              i > headIndex &&
              proper(i) &&
              toks[i]?.head === headIndex &&
              (toks[i]?.deprel === 'flat' || toks[i]?.deprel === 'appos'),
          );
        if (named === undefined) continue;
        headIndex = named;
      }
      // a place or an organisation nested in a person's mention is no part of the person's name
      // ("Ambassador to the United States Hamdullah Mohib", "Cheng Chung-tai of Civic Passion")
      const foreign = (i: number) =>
        type === 'PER' &&
        mentions.some(
          (o) =>
            o !== m &&
            o.from >= m.from &&
            o.to <= m.to &&
            i >= o.from &&
            i <= o.to &&
            (headIndex < o.from || headIndex > o.to),
        );
      let a = headIndex;
      let b = headIndex;
      const joins = (i: number) => (proper(i) || toks[i]?.upos === 'NUM') && !foreign(i);
      const link = (i: number) =>
        ['ADP', 'DET', 'CCONJ', 'PUNCT'].includes(toks[i]?.upos ?? '') &&
        /^(of|the|and|&|-|de)$/i.test(text.slice(toks[i]?.start, toks[i]?.end));
      // a number joins a name after it ("Channel 4"), not before ("One Rohingya")
      const joinsLeft = (i: number) => joins(i) && toks[i]?.upos !== 'NUM';
      while (a - 1 >= m.from && (joinsLeft(a - 1) || (link(a - 1) && joinsLeft(a - 2) && a - 2 >= m.from)))
        a -= link(a - 1) ? 2 : 1;
      while (b + 1 <= m.to && (joins(b + 1) || (link(b + 1) && joins(b + 2) && b + 2 <= m.to)))
        b += link(b + 1) ? 2 : 1;
      for (let i = a; i < headIndex; i++) if (toks[i]?.deprel === 'nmod:desc') a = i + 1;
      // "US President Barack Obama": a title is no part of a person's name, but a title alone
      // ("the Prime Minister", "As President") is the mention whole
      const isTitle = (i: number) => titles.test(text.slice(toks[i]?.start, toks[i]?.end));
      let hasName = false;
      for (let i = a; i <= b; i++) hasName ||= !isTitle(i);
      if (type === 'PER' && hasName) for (let i = a; i < b; i++) if (isTitle(i)) a = i + 1;
      const s = toks[a]?.start;
      const e = toks[b]?.end;
      if (s !== undefined && e !== undefined && !spans.some((x) => x.start === s && x.end === e))
        spans.push({ start: s, end: e, type });
    }
    docs.push({ name: file, text, spans });
  }
  return docs;
}
