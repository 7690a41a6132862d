/**
 * What a text says again: a surname, a body's name or a word found once as a name is that name where it
 * stands again, whatever the word alone would read as.
 */
import { placeBefore } from './conventions-en';
import { titleLemmas } from './cue-words';
import { englishTitles, orgHeads } from './english-words';
import { namesOf, type KbEntity } from './kb-schema';
import { extendLeft } from './name-edges';
import { removeWhere, type RawMention, type RuleContext } from './raw-mention';
import { personNameForms } from './russian-names';
import { japaneseName } from './japanese-names';
import { politeMatch } from './namesakes';
import { russianNominative, surnameAt } from './russian-nominative';
import { isPlaceName } from './short-body-names';
import { patronymicKey } from './surname-or-patronymic';
import { placePrepositions } from './russian-run';
import { sameSpelling } from './close-spellings';
import { surnameParticles, withoutArticle } from './name-particles';
import { fold, hasCyrillic, skeleton } from './text-keys';
import type { Token } from './tokenize';

/** A lone capitalised word that repeats part of an unknown name found elsewhere ("Karin" after "Yerlan Karin"). */
export function repeats(
  ctx: RuleContext,
  found: readonly RawMention[],
  leftovers: readonly number[],
): RawMention[] {
  const parts = new Map<string, { key: string; source: RawMention; short: boolean; tiny: boolean }>();
  for (const m of found) {
    // (a known person's surname as the text writes it, for the surnames of one consonant below)
    const known = m.words.length === 0 && m.type === 'PER' && m.end - m.start > 1;
    if (m.words.length === 0 && !known) continue;
    // (a Japanese name may put its surname first: "Koizumi Shinjiro … Koizumi")
    // ("Ahmed al-Masri … al-Masri added": the surname without its article, which stands apart after)
    const key = known
      ? ctx.view.tokens[m.end - 1]?.text
      : m.type === 'PER'
        ? (japaneseName(m.words)?.written ?? withoutArticle(m.words.at(-1) ?? ''))
        : m.words.length === 1
          ? m.words[0]
          : undefined;
    // a skeleton of one or two consonants (суд → sd) would match unrelated words (Судья); a Russian
    // spelling of a surname, of four letters or more, may have two ("Канье Уэст … Уэст"; in English,
    // "Rose", "Kit" open sentences as words)
    const consonants = key ? skeleton(key).length : 0;
    // (a Latin one of three letters or more too, where the word said again is no English word: "Nick
    // Bos … paper Bos and colleagues")
    const cyrillic = hasCyrillic(key ?? '');
    const long = m.type === 'PER' && consonants === 2 && fold(key ?? '').length >= (cyrillic ? 4 : 3);
    // (a surname of one consonant too, of three letters or more, where it says something of a person:
    // "Theresa May … May said", "Kai-Fu Lee … Lee added"; see saysSomething)
    const tiny =
      m.type === 'PER' && (known || m.words.length > 1) && consonants === 1 && fold(key ?? '').length >= 3;
    if (key && (known ? tiny : consonants >= 3 || long || tiny))
      parts.set(skeleton(key), { key, source: m, short: consonants < 3, tiny });
  }
  if (parts.size === 0) return [];
  const out: RawMention[] = [];
  let within = -1;
  for (const i of leftovers) {
    const t = ctx.view.tokens[i];
    if (!t || i <= within) continue;
    const end = joinedNameEnd(ctx, i, leftovers);
    // (the word's nominative, or the word as written: "Валид аль-Муалем … Муалем заявил", which az
    // reads as the instrumental of "Муаль")
    const nominative = end > i + 1 ? joinedText(ctx, i, end) : surnameAt(ctx, i);
    const asWritten = end === i + 1 && t.cyrillic && !parts.has(skeleton(nominative));
    const word = asWritten ? t.text : nominative;
    const part = parts.get(skeleton(word));
    // the same letters, not only the same consonants: "Friday" does not repeat "Ford"
    if (!part || fold(word).length <= 2 || !sameSpelling(word, part.key)) continue;
    if (
      part.tiny
        ? !saysSomething(ctx, i, word, part.key)
        : part.short && !hasCyrillic(part.key) && ctx.lexicon.isCommonWord(fold(word))
    )
      continue;
    const { source } = part;
    // "Ли [Джэён]": a short surname after the name's other words is the whole name said again, which
    // the rules read there, not a lone repeat
    const before = ctx.view.tokens[i - 1];
    const ownWord = (x: { text: string }) => fold(x.text) === fold(before?.text ?? '');
    if (part.short && before?.cap && ctx.view.tokens.slice(source.start, source.end - 1).some(ownWord))
      continue;
    // ("Рэй Оззи … Р.Оззи": with the initials before it)
    const start = source.type === 'PER' ? extendLeft(ctx.view, i, 'PER') : i;
    out.push({ start, end, type: source.type, entity: source.entity, words: [word] });
    within = end - 1;
  }
  return out;
}

/** Words before a month's name that make it a date's ("in May", "since May", "April and May"). */
const beforeMonth: ReadonlySet<string> = new Set([
  ...placeBefore,
  ...['on', 'since', 'until', 'till', 'by', 'to', 'for', 'during', 'early', 'late', 'mid', 'last', 'next'],
  ...['this', 'that', 'each', 'every', 'before', 'after', 'through', 'between', 'and', 'or', 'of'],
]);
/** Pronouns after which a sentence's first "May" is the verb that asks ("May we…"). */
const askedBy: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/**
 * A surname of one consonant said alone ("May", "Lee", "Мэй") is the person only spelled as the full
 * name spells it and where it says something: a word in lower case after it, and no preposition or
 * conjunction before it that would make "May" the month ("in May, she left").
 */
function saysSomething(ctx: RuleContext, i: number, word: string, key: string): boolean {
  const { tokens } = ctx.view;
  const next = tokens[i + 1];
  const before = fold(tokens[i - 1]?.text ?? '');
  return (
    fold(word) === fold(key) &&
    next?.kind === 'word' &&
    !next.cap &&
    !askedBy.has(next.text) &&
    !beforeMonth.has(before)
  );
}

/** "Berners-Lee" said again: where a name of two words joined by a hyphen ends, or after `i`. */
function joinedNameEnd(ctx: RuleContext, i: number, leftovers: readonly number[]): number {
  const { tokens } = ctx.view;
  const hyphen = tokens[i + 1];
  const joined =
    hyphen?.text === '-' &&
    !hyphen.spaceBefore &&
    !!tokens[i + 2]?.cap &&
    !tokens[i + 2]?.spaceBefore &&
    leftovers.includes(i + 2);
  return joined ? i + 3 : i + 1;
}

const joinedText = (ctx: RuleContext, start: number, end: number): string =>
  ctx.view.tokens
    .slice(start, end)
    .map((t) => t.text)
    .join('');

/**
 * "в штате Мэн … жители Мэн": a name the rules read twice is one entity; where the words around one
 * of them linked it (to the state of Maine), the other takes that link too. So is a surname or a family
 * name alone that a known person the text names in full bears ("Kim Jong Un … Both Kim and Trump").
 */
export function linkSameNames(ctx: RuleContext, found: RawMention[]): void {
  linkNamedInFull(ctx, found);
  const linked = new Map<string, RawMention>();
  const key = (m: RawMention) => `${m.type}:${m.words.join(' ')}`;
  for (const m of found) if (m.entity && m.words.length > 0 && !linked.has(key(m))) linked.set(key(m), m);
  if (linked.size === 0) return;
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    const source = m && !m.entity ? linked.get(key(m)) : undefined;
    if (m && source) found[n] = { ...m, entity: source.entity };
  }
}

/** Where people are named family name first: China, Taiwan, Hong Kong, Macao, the two Koreas, Vietnam. */
const familyNameFirst: ReadonlySet<string> = new Set(['CN', 'TW', 'HK', 'MO', 'KP', 'KR', 'VN']);
/** A place's own prepositions and those of motion ("in Paris", "sent to Paris", "в Лондоне"), in both languages. */
const placeLinks: ReadonlySet<string> = new Set([
  ...placeBefore,
  ...['to', 'into', 'inside', 'via'],
  ...placePrepositions,
]);

/** Every case form of a Russian name part, folded; an English one as it is. */
const formsOf = (word: string, gender: 'm' | 'f' | undefined, part: 'first' | 'last') =>
  (hasCyrillic(word) ? personNameForms(word, part, gender ?? 'm') : [word]).map(fold);

/**
 * "Джордж Буш … Буш добавил", "Ким Чен Ын … Ким сказал": one word that the rules read as an unknown
 * person or place, or that the knowledge base links to a place, is the known person the text names in
 * full when the word is that person's surname, or family name where people are named family name
 * first. A place after a preposition of place stays the place ("в Вашингтоне"); no one takes a word
 * that two people the text names share ("Li Qiang", "Li Keqiang"), or that a person it names whom the
 * knowledge base does not know bears too.
 */
function linkNamedInFull(ctx: RuleContext, found: RawMention[]): void {
  const { tokens } = ctx.view;
  const open = found.flatMap((m, n) => {
    if (m.type === 'ORG' || m.end - m.start !== 1) return [];
    const place = m.entity?.type === 'LOC';
    return m.entity && (!place || placeLinks.has(fold(tokens[m.start - 1]?.text ?? ''))) ? [] : [n];
  });
  if (open.length === 0) return;
  const byWord = new Map<string, KbEntity | null>();
  const claim = (key: string, entity: KbEntity | null) =>
    byWord.set(key, byWord.has(key) && byWord.get(key) !== entity ? null : entity);
  for (const m of found) {
    if (m.type !== 'PER' || m.end - m.start < 2) continue;
    if (m.entity) for (const key of surnameKeys(m.entity)) claim(key, m.entity);
    else for (const key of formsOf(m.words.at(-1) ?? '', undefined, 'last')) claim(key, null);
  }
  for (const n of open) {
    const m = found[n];
    const entity = m && byWord.get(fold(tokens[m.start]?.text ?? ''));
    if (m && entity) found[n] = { ...m, type: 'PER', entity };
  }
}

const surnameKeysOf = new WeakMap<KbEntity, readonly string[]>();

/**
 * The folded forms of a known person's surnames, and family names where people are named family
 * name first, in every case in Russian ("Муна", "Кимом", "Бушем"); once per entity.
 */
function surnameKeys(entity: KbEntity): readonly string[] {
  let keys = surnameKeysOf.get(entity);
  if (keys) return keys;
  const familyFirst = !!entity.country && familyNameFirst.has(entity.country);
  keys = namesOf(entity).flatMap((name) => {
    const words = name.split(' ');
    if (words.length < 2) return [];
    const last = formsOf(words.at(-1) ?? '', entity.gender, 'last');
    return familyFirst ? [...formsOf(words[0] ?? '', entity.gender, 'last'), ...last] : last;
  });
  surnameKeysOf.set(entity, keys);
  return keys;
}

/**
 * "localist group Civic Passion … his leadership in Civic Passion": the words of an unknown body's
 * name of two words or more, found once from what surrounds them, name that body wherever the text
 * repeats them as a whole name; what the rules read there instead gives way, unless it is known. A
 * body named after its place is also named by the rest of its name ("the Los Angeles Lakers … the
 * Lakers"), unless that rest is a word for a kind of body ("Moscow Department … Department staff")
 * or a word opening a sentence that the text also writes in lower case ("Stars shine" where "the
 * stars" stand too).
 */
export function repeatedBodies(ctx: RuleContext, found: RawMention[], leftovers: number[]): void {
  const { tokens } = ctx.view;
  // ("The Onion": a name with its article is read by what the text says of the word after it)
  const bodies = found.filter(
    (m) =>
      m.type === 'ORG' && !m.entity && m.end - m.start >= 2 && fold(tokens[m.start]?.text ?? '') !== 'the',
  );
  if (bodies.length === 0) return;
  const capWord = (k: number) => tokens[k]?.kind === 'word' && !!tokens[k]?.cap;
  const lowerCase = new Set(tokens.filter((t) => t.kind === 'word' && !t.cap).map((t) => t.text));
  const textOf = (from: number, to: number) => wordsText(tokens, from, to);
  // ("the Washington Nationals and the Montreal Nationals … the Nationals": a rest two bodies share is neither's)
  const rests = bodies.map((body) => afterPlace(ctx, body));
  const owners = new Map<string, Set<string>>();
  bodies.forEach((body, b) => {
    const rest = textOf(rests[b] ?? body.start, body.end);
    owners.set(rest, (owners.get(rest) ?? new Set()).add(textOf(body.start, body.end)));
  });
  for (const [b, body] of bodies.entries()) {
    const rest = rests[b] ?? body.start;
    const shared = (owners.get(textOf(rest, body.end))?.size ?? 0) > 1;
    for (const from of rest > body.start && !shared ? [body.start, rest] : [body.start]) {
      const length = body.end - from;
      for (let k = 0; k + length <= tokens.length; k++) {
        if (k === from || capWord(k - 1) || capWord(k + length)) continue;
        let same = true;
        for (let n = 0; n < length && same; n++) same = tokens[k + n]?.text === tokens[from + n]?.text;
        if (!same || found.some((m) => m.start === k && m.end === k + length && m.type === 'ORG')) continue;
        if (
          from === rest &&
          length === 1 &&
          tokens[k]?.sentenceStart &&
          lowerCase.has(fold(tokens[k]?.text ?? ''))
        )
          continue;
        const overlapping = found.filter((m) => m.start < k + length && k < m.end);
        if (overlapping.some((m) => m.entity || m.start < k || m.end > k + length)) continue;
        removeWhere(found, (m) => overlapping.includes(m));
        for (let n = leftovers.length - 1; n >= 0; n--)
          if ((leftovers[n] ?? -1) >= k && (leftovers[n] ?? -1) < k + length) leftovers.splice(n, 1);
        found.push({ ...body, start: k, end: k + length });
      }
    }
  }
}

/** Tokens `from` to `to` as written, joined by spaces. */
const wordsText = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');

/**
 * Where the rest of a body's name after the place that opens it starts ("Los Angeles | Lakers"), or
 * the body's start when no place opens it or the rest is not all capitalised words or one word for a
 * kind of body.
 */
function afterPlace(ctx: RuleContext, body: RawMention): number {
  const { tokens } = ctx.view;
  for (let k = body.end - 1; k > body.start; k--) {
    if (!isPlaceName(ctx.gazetteer, ctx.morph, ctx.lexicon, wordsText(tokens, body.start, k))) continue;
    const restWords = tokens.slice(k, body.end);
    if (!restWords.every((t) => t.kind === 'word' && t.cap)) return body.start;
    if (restWords.length === 1 && orgHeads.has(fold(restWords[0]?.text ?? ''))) return body.start;
    return k;
  }
  return body.start;
}

/**
 * "Владимир Владимирович Кузнецов … Владимир Владимирович отметил": a known person's given name and
 * patronymic alone are the namesake the text named in full with them, known or not, not the known
 * person ("Владимир Владимирович Макей" makes "Владимир Владимирович" Makei, not Putin).
 */
export function politeNamesakes(ctx: RuleContext, found: RawMention[]): void {
  const { view } = ctx;
  const fatherAt = (i: number) => patronymicKey(view.tokens[i]?.text ?? '');
  const givenAt = (i: number) => fold(russianNominative(ctx, i, 'given', i + 1));
  const inFull = new Map<string, KbEntity | null>();
  for (const m of found) {
    if (m.type !== 'PER' || m.end - m.start !== 3) continue;
    // (in either order: "Иван Петрович Сидоров", "Сидорова Ивана Петровича")
    const last = fatherAt(m.start + 2);
    const father = fatherAt(m.start + 1) ?? last;
    const given = m.entity ? givenAt(last ? m.start + 1 : m.start) : fold(m.words[0] ?? '');
    const key = `${given} ${father}`;
    if (father && !inFull.has(key)) inFull.set(key, m.entity);
  }
  if (inFull.size === 0) return;
  found.forEach((m, n) => {
    const polite = m.entity && politeMatch(ctx, m.start, m.entity, m.end - m.start);
    const father = polite ? fatherAt(m.start + 1) : null;
    if (!father) return;
    const given = givenAt(m.start);
    const named = inFull.get(`${given} ${father}`);
    if (named === undefined || named === m.entity) return;
    found[n] = named ? { ...m, entity: named } : { ...m, entity: null, words: [given] };
  });
}

/**
 * "Valeska Paris … Paris said": a lone word that repeats the surname of a person the text named in
 * full is that person, whatever a word list says of it alone.
 */
export function retypeSurnames(ctx: RuleContext, found: RawMention[]): void {
  const { view } = ctx;
  const namesakes = found.filter((m) => m.type === 'PER' && !m.entity && m.words.length >= 2);
  const knownInFull = found.filter((m) => m.entity?.type === 'PER' && m.end - m.start >= 2);
  if (namesakes.length === 0 && knownInFull.length < 2) return;
  const surnames = new Set(namesakes.map((m) => fold(m.words.at(-1) ?? '')));
  // (a surname alone is one word, or two with its particle: "Ле Пен", "Le Pen")
  const surnameAlone = (m: RawMention) =>
    m.end - m.start === 1 ||
    (m.end - m.start === 2 && surnameParticles.has(view.tokens[m.start]?.text ?? ''));
  const namedInFull = new Set(found.filter((m) => m.entity && !surnameAlone(m)).map((m) => m.entity?.id));
  const bare = found.filter(
    (m) => m.entity?.type === 'PER' && surnameAlone(m) && !namedInFull.has(m.entity.id),
  );
  const everyoneInFull = [...namesakes, ...knownInFull];
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    if (!m) continue;
    const t = view.tokens[m.start];
    // "Уэнтуорт Миллер … Миллер добавил": a known person's surname alone is the namesake named in full
    // ("Жан-Мари Ле Пен … Ле Пен умер": with its particle too)
    if (m.type === 'PER' && m.entity && surnameAlone(m) && t) {
      const word = surnameAt(ctx, m.end - 1);
      const since = namedInFull.has(m.entity.id) ? namesakeNamedSince(ctx, m, word, everyoneInFull) : null;
      if (since?.entity) found[n] = { ...m, entity: since.entity };
      else if (
        since ||
        (!namedInFull.has(m.entity.id) &&
          (surnames.has(fold(word)) || namesakeNamedFirst(ctx, m, word, namesakes, bare)))
      )
        found[n] = { ...m, entity: null, words: [word] };
    }
    if (m.type === 'PER') continue;
    // ("Равиль Мингазов … Мингазов": the dictionary's body Мингаз in the genitive plural is no reading here)
    const asSurname = m.end - m.start === 1 && t?.cyrillic ? russianNominative(ctx, m.start, 'surname') : '';
    if (
      !m.entity &&
      m.words.length === 1 &&
      (surnames.has(fold(m.words[0] ?? '')) || surnames.has(fold(asSurname)))
    )
      found[n] = { ...m, type: 'PER', words: asSurname ? [asSurname] : m.words };
    // a known place by the same word ("Paris claims…", "Лондон писал"), unless a preposition makes it
    // the place ("in Paris", "в Лондоне")
    const surname = asSurname && surnames.has(fold(asSurname)) ? asSurname : t?.text;
    if (m.entity?.type === 'LOC' && m.end - m.start === 1 && surname && surnames.has(fold(surname))) {
      const before = fold(view.tokens[m.start - 1]?.text ?? '');
      if (!placeLinks.has(before)) found[n] = { ...m, type: 'PER', entity: null, words: [surname] };
    }
  }
}

/**
 * "Министр обороны США Эштон Картер … Картера встретили": a known person's surname alone, in another
 * case or spelling than the namesake's, is the namesake the text named in full first. It stays the
 * known person where it comes before the namesake's name ("Трамп … Иванка Трамп … Трамп") or right
 * after a post ("дочь президента Трампа").
 */
function namesakeNamedFirst(
  ctx: RuleContext,
  m: RawMention,
  word: string,
  namesakes: readonly RawMention[],
  bare: readonly RawMention[],
): boolean {
  const namesake = namesakes.find((x) => x.start < m.start && sameSpelling(x.words.at(-1) ?? '', word));
  if (!namesake || afterPost(ctx, m.start)) return false;
  // the known person named first keeps the surname
  return !bare.some((b) => b.entity === m.entity && b.start < namesake.start);
}

/**
 * "брат Фиделя Кастро Рауль Кастро … Кастро": where the text names both in full, a known person's
 * surname alone is the namesake, known or not, that the text named in full last since the known
 * person; null when there is none.
 */
function namesakeNamedSince(
  ctx: RuleContext,
  m: RawMention,
  word: string,
  named: readonly RawMention[],
): RawMention | null {
  const own = named.filter((x) => x.entity === m.entity && x.start < m.start);
  const since = Math.max(-1, ...own.map((x) => x.start));
  const surname = (x: RawMention) => (x.entity ? surnameAt(ctx, x.end - 1) : (x.words.at(-1) ?? ''));
  // (a namesake of the other sex is no reading of the same form: "Медведев" is not "Светлана Медведева")
  const later = named.filter(
    (x) =>
      x.entity !== m.entity &&
      x.start > since &&
      x.start < m.start &&
      sameSpelling(surname(x), word) &&
      (genderOf(ctx, x) ?? m.entity?.gender) === m.entity?.gender,
  );
  return later.reduce<RawMention | null>((last, x) => (!last || x.start > last.start ? x : last), null);
}

/** A person's sex, from the knowledge base or from the given name that opens the mention; null if unsure. */
function genderOf(ctx: RuleContext, x: RawMention): 'm' | 'f' | null {
  if (x.entity) return x.entity.gender ?? null;
  const names = ctx.view.parses(x.start).filter((p) => p.tags.has('Name'));
  const female = names.some((p) => p.tags.has('femn'));
  const male = names.some((p) => p.tags.has('masc'));
  return female === male ? null : female ? 'f' : 'm';
}

function afterPost(ctx: RuleContext, i: number): boolean {
  const before = ctx.view.tokens[i - 1];
  if (!before || before.kind !== 'word') return false;
  return before.cyrillic ? titleLemmas.has(ctx.view.lemma(i - 1)) : englishTitles.has(fold(before.text));
}
