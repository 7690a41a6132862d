import type { ArticleLang } from '../../shared/article';
import type { Annotations, EntityName, Mention } from '../../shared/entities';
import {
  anotherCountrys,
  bodyNamedWithCountry,
  bodyOfItsParent,
  ownerAfterAcronym,
  bodyNamedInText,
  bodyOfCountry,
  bodyOfSentence,
  countrysBody,
  countryKeys,
  normalForm,
  ownerBefore,
  buildCountryBodies,
  countByCountry,
  type CountryBodies,
  type CountryKeys,
  type CountryCounts,
} from './country-bodies';
import { asianName } from './asian-names';
import { pinyinOfName } from './chinese-names';
import { currencyCode, findFigures } from './figures';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { namesOf, type KbEntity } from './kb-schema';
import { englishPlaceWords } from './place-adjectives';
import { emptyLexicon, type Lexicon } from './lexicon';
import { namedReading, type Morphology } from './morphology';
import { knownBodyKeys, knownBodyOfKey, ownerBodyAfter, type KnownBodyKeys } from './owner-keys';
import { recognize, type Recognized } from './recognize';
import { spellingOf } from './spelling-links';
import { isPlaceName, longerBodyNames, placeLedNames } from './short-body-names';
import type { RecognizeOptions } from './recognize-options';
import { isCommonNameWord, isJoiningWord, nameWordKey, withFieldPhrases } from './name-words';
import {
  formerIdsOf,
  formerUnknownIds,
  keyNames,
  namePhrases,
  unknownId,
  type UnknownIdOf,
} from './unknown-ids';
export { formerIdsOf } from './unknown-ids';
import { womansSurname } from './russian-names';
import { patronymicKey } from './surname-or-patronymic';
import { keysAsEnglish, oneShownName, originalNames, placeLedEnglish } from './shown-names';
import { englishBodyName } from './english-body-names';
import { asianNameOf, unknownName, writtenWords } from './unknown-names';
import { skeleton, soundKey } from './text-keys';
import { withoutArticle } from './name-particles';

export interface Annotator {
  readonly gazetteer: Gazetteer;
  annotate(text: string, lang: ArticleLang, options?: RecognizeOptions): Annotations;
  /**
   * The same annotator that also finds these entities' names and aliases (the reader's aliases):
   * a small second index is built, the knowledge base's is shared.
   */
  withAliases(extra: readonly KbEntity[]): Annotator;
  /**
   * The ids a mention's entity had as a name the knowledge base did not know: an unknown one's in
   * older versions, a known one's by each of its names in this version and the older ones (the
   * knowledge base gained it since), so a correction the reader made on such an id is not lost.
   */
  formerIdsOf(m: Mention): string[];
}

/** What ends a sentence, for the places a mention's sentence names. */
const sentenceEnds = ['. ', '! ', '? ', '\n'];

/**
 * Builds the alias index once (case forms of every knowledge-base name); `annotate` is then pure and
 * cheap. Morphology is injected: core never loads dictionaries itself.
 */
export function createAnnotator(
  kb: readonly KbEntity[],
  morph: Morphology,
  lexicon: Lexicon = emptyLexicon,
): Annotator {
  const countries = countryKeys(kb, morph);
  const gazetteer = buildGazetteer(kb, morph);
  const keyed = knownBodyKeys(kb, morph, countries, (word) => englishPlaceWords(gazetteer, word));
  const idOf: UnknownIdOf = (type, words) =>
    unknownId(type, words, soundKey, 2, nameWordKey, isCommonNameWord, namePhrases, keyed);
  const bodies = buildCountryBodies(
    kb,
    (words) => idOf('ORG', words),
    (word) => normalForm(morph, word),
  );
  return annotatorOver(gazetteer, morph, lexicon, bodies, idOf, countries, keyed);
}

/** The longer match of the two; on a tie the reader's alias wins over the knowledge base. */
function extendGazetteer(main: Gazetteer, extra: Gazetteer): Gazetteer {
  return {
    ...main,
    byId: (id) => extra.byId(id) ?? main.byId(id),
    match(view, index, seen) {
      const a = main.match(view, index, seen);
      const b = extra.match(view, index, seen);
      if (!a || !b) return b ?? a;
      return b.length >= a.length ? b : a;
    },
  };
}

const shownName = (s: string) => (s === '' ? null : s);

function annotatorOver(
  gazetteer: Gazetteer,
  morph: Morphology,
  lexicon: Lexicon,
  bodies: CountryBodies,
  idOf: UnknownIdOf,
  countries: CountryKeys,
  keyed: KnownBodyKeys,
): Annotator {
  // (a known entity's former ids, made once: an article's corrections ask for them again and again)
  const knownFormerIds = new Map<string, string[]>();
  const self: Annotator = {
    gazetteer,
    withAliases(extra) {
      if (extra.length === 0) return self;
      return annotatorOver(
        extendGazetteer(gazetteer, buildGazetteer(extra, morph)),
        morph,
        lexicon,
        bodies,
        idOf,
        countries,
        keyed,
      );
    },
    formerIdsOf(m) {
      if (m.id.startsWith('x:')) return formerIdsOf(m, countries, morph, keyed);
      let ids = knownFormerIds.get(m.id);
      if (!ids) {
        const entity = gazetteer.byId(m.id);
        const type = entity?.type ?? m.type;
        // (a name as written and as its words' normal forms, which a quoted name found by a rule was
        // keyed by: "АО «Казахстан темир жолы»" before the company's name in quotes found the company;
        // and its bare names' keys, which were its ids where they found no known body)
        const all = (entity ? namesOf(entity) : []).flatMap((name) => {
          const words = name.split(' ');
          return [words, words.map((w) => normalForm(morph, w))]
            .map((ws) => idOf(type, ws))
            .concat(formerUnknownIds(type, name, countries, keyed));
        });
        ids = [...new Set([...all, ...(bodies.keysOfBody.get(m.id) ?? [])])];
        knownFormerIds.set(m.id, ids);
      }
      return ids;
    },
    annotate(text, lang, options) {
      const found = recognize(text, gazetteer, morph, options, lexicon);
      // the country the text is about says whose "Supreme Court" or "Конгресс" a bare name is: the
      // country of its known places and persons (a report on a nomination names its president, and
      // maybe no place of his)
      const country = countByCountry(
        found.filter((r) => r.type === 'LOC' || r.type === 'PER').map((r) => r.entity?.country),
      );
      // (and the country of the places a mention's sentence names, where the text's does not say)
      const sentencePlaces = (r: Recognized) => {
        const from = Math.max(...sentenceEnds.map((end) => text.lastIndexOf(end, r.start)));
        const ends = sentenceEnds.map((end) => text.indexOf(end, r.end)).filter((at) => at >= 0);
        const to = Math.min(text.length, ...ends);
        return countByCountry(
          found
            .filter((m) => m.type === 'LOC' && m.start > from && m.end <= to)
            .map((m) => m.entity?.country),
        );
      };
      const unlinked = new Set<Recognized>();
      const raw = found.map((r) => {
        const other = otherCountrysBody(bodies, r, text, country);
        if (other !== r && !other.entity) unlinked.add(other);
        return other;
      });
      // (a person's name read as Chinese, Japanese or Korean, once: its id and its surname come from it)
      const asians = raw.map((r) =>
        r.type === 'PER' && !r.entity ? asianName(r.words, writtenWords(r, text)) : null,
      );
      // (the known bodies the mentions before the nth link to, by their names or their words; the rest
      // as recognised)
      const linkedTo: (KbEntity | null)[] = [];
      const named = (n: number) =>
        raw.map((x, j) => ({ start: x.start, entity: j < n ? (linkedTo[j] ?? null) : x.entity }));
      // ("Государственного комитета национальной безопасности (ГКНБ) Кыргызстана": an acronym the text
      // defines has its long form's words, and is the body the long form links to)
      const linkedWithSameWords = (r: Recognized, n: number): KbEntity | null => {
        const words = r.words.join(' ');
        if (r.type === 'PER' || words === '' || !/^\p{Lu}{2,}$/u.test(text.slice(r.start, r.end)))
          return null;
        for (let j = 0; j < n; j++)
          if (raw[j]?.type === r.type && linkedTo[j] && raw[j]?.words.join(' ') === words)
            return linkedTo[j] ?? null;
        return null;
      };
      const linked = (r: Recognized, n: number): { id: string; name: EntityName } => {
        // "Russia's Foreign Ministry", "российского МИДа": the country named just before owns a bare
        // body, a known one or an unknown one keyed with the country's words ("Kyrgyzstan's Ministry of
        // Finance" as "Министерство финансов Киргизии")
        const bare = !r.entity && bareBodyName(r, text);
        const owner = bare
          ? (ownerBefore(bodies, text, r.start, raw[n - 1], morph) ?? ownerAfterAcronym(bodies, text, r, raw))
          : null;
        const entity = unlinked.has(r)
          ? null
          : (r.entity ??
            spellingOf(gazetteer, r, commonWords(morph, r)) ??
            (bare
              ? // (a body its owner is named for is that country's, known or not)
                owner
                ? countrysBody(bodies, r.words, owner.country)
                : (bodyNamedInText(bodies, r.words, r.start, () => named(n)) ??
                  bodyOfCountry(bodies, r.words, country) ??
                  bodyOfSentence(bodies, r.words, sentencePlaces(r)))
              : null) ??
            (r.type === 'ORG'
              ? (bodyNamedWithCountry(bodies, r.words) ?? bodyOfItsParent(bodies, r.words))
              : null) ??
            linkedWithSameWords(r, n));
        linkedTo[n] = entity;
        if (entity)
          return { id: entity.id, name: { en: shownName(entity.names.en), ru: shownName(entity.names.ru) } };
        const asian = asians[n];
        if (asian) {
          const id = 'id' in asian.key ? asian.key.id : unknownId('PER', asian.key);
          return { id, name: asian.shown ? asianNameOf(r, asian.shown) : unknownName(r, text, morph) };
        }
        // (a Chinese place's or body's name is keyed by its pinyin, as English writes it)
        // (and a Russian body's city or region by its English name: "Алматинского городского суда")
        const words =
          r.type === 'PER'
            ? r.words
            : [
                ...r.words,
                ...(owner?.words ?? (bare ? ownerBodyAfter(text, r, raw[n + 1]) : null) ?? []),
              ].flatMap(
                (w) =>
                  (r.type === 'ORG' ? englishPlaceWords(gazetteer, w) : undefined) ?? [pinyinOfName(w) ?? w],
              );
        // (a Russian body's name in English where its words translate: "Ministry of Defence of Armenia")
        const english =
          r.type === 'ORG'
            ? (englishBodyName(bodies, morph, r.words, text.slice(r.start, r.end), owner?.country ?? null) ??
              placeLedEnglish(gazetteer, text.slice(r.start, r.end)))
            : null;
        const id = idOf(r.type, words);
        // (a known body's name spelled as the knowledge base does not is that body)
        const known = r.type === 'ORG' ? gazetteer.byId(knownBodyOfKey(keyed, id) ?? '') : undefined;
        if (known) {
          linkedTo[n] = known;
          return { id: known.id, name: { en: shownName(known.names.en), ru: shownName(known.names.ru) } };
        }
        return { id, name: unknownName(r, text, morph, english) };
      };
      const links = raw.map(linked);
      // a surname alone takes the id of the full name it repeats in the same text, before any namesake
      const bySurname = new Map<string, { id: string; name: EntityName }>();
      raw.forEach((r, n) => {
        if (r.entity || r.type !== 'PER' || r.words.length < 2) return;
        // (a Chinese name's surname comes first, "Чжан Сяомин … Чжан сказал", and a Japanese one may)
        const last = asians[n]?.surname ?? r.words.at(-1);
        // (and an Arab one without its article: "Ахмед аль-Масри … Масри добавил")
        const surname = skeleton(withoutArticle(last ?? ''));
        if (!bySurname.has(surname)) bySurname.set(surname, links[n] ?? linked(r, n));
      });
      // a given name and patronymic ("Иван Петрович") takes the id of the full name they begin
      // ("Иван Петрович Сидоров"), as a polite second mention does
      const politeKey = (r: Recognized, length: number) => {
        const written = r.type === 'PER' ? writtenWords(r, text) : [];
        // (in either order: "Иван Петрович Сидоров", "Сидорова Ивана Петровича")
        const father = written.length === length ? written.slice(1).map(patronymicKey).find(Boolean) : null;
        return father && `${skeleton(r.words[0] ?? '')} ${father}`;
      };
      const byPolite = new Map<string, { id: string; name: EntityName }>();
      raw.forEach((r, n) => {
        const key = r.words.length >= 2 && politeKey(r, r.words.length + 1);
        if (key && !byPolite.has(key)) byPolite.set(key, links[n] ?? linked(r, n));
      });
      const cutShort = longerBodyNames(raw, links);
      const afterPlace = placeLedNames(raw, links, text, (name) =>
        isPlaceName(gazetteer, morph, lexicon, name),
      );
      const mentions: Mention[] = raw.map((r, n) => {
        const lone = !r.entity && r.type === 'PER' && r.words.length === 1;
        const polite = lone ? politeKey(r, 2) : null;
        const full =
          (polite ? byPolite.get(polite) : undefined) ??
          (lone ? bySurname.get(skeleton(withoutArticle(r.words[0] ?? ''))) : undefined);
        const longer = cutShort.get(n) ?? afterPlace.get(n);
        return {
          start: r.start,
          end: r.end,
          text: text.slice(r.start, r.end),
          type: r.type,
          ...(full ?? links[longer ?? n] ?? linked(r, n)),
        };
      });
      // one unknown person named in several cases shows under one name (a name written in Latin keeps
      // its own spelling)
      const unified = (m: Mention) => m.type === 'PER' && m.id.startsWith('x:') && !!m.name.ru;
      const names = new Map<string, EntityName[]>();
      for (const m of mentions) if (unified(m)) names.set(m.id, [...(names.get(m.id) ?? []), m.name]);
      // (a woman's names are left as they are: "Юлия Савичева" and "Юлий Савичев" may be her and a
      // man's reading of "Юлию Савичеву")
      const women = new Set(mentions.filter((m) => womansSurname(m.text)).map((m) => m.id));
      const shown = new Map([...names].map(([id, all]) => [id, women.has(id) ? null : oneShownName(all)]));
      for (const [n, m] of mentions.entries()) {
        const one = shown.get(m.id);
        if (one && unified(m)) mentions[n] = { ...m, name: one };
      }
      // (a body is keyed by its original's words, as an English report keys it: "Caspian Pipeline";
      // see keysAsEnglish; a person's name keys alike in both scripts already)
      const originals = originalNames(text, mentions);
      for (const { name, russian } of originals.values())
        keyNames.set(name, keyNames.get(russian) ?? russian.ru ?? '');
      for (const [n, m] of mentions.entries()) {
        const original = originals.get(m.id);
        if (!original) continue;
        const english = original.name.en ?? '';
        const id = m.type === 'ORG' && keysAsEnglish(english) ? idOf('ORG', english.split(/\s+/)) : m.id;
        mentions[n] = { ...m, id, name: original.name };
      }
      // (a sum keeps its currency's words and the country named in them, "3 млрд долларов США"; a
      // currency's code read as a name, "KZT 1.2 trillion", the "US" of "US$3 billion", is none)
      const allFigures = findFigures(text, lang);
      const inSum = (m: Mention) =>
        allFigures.some((f) => f.type === 'MONEY' && f.start <= m.start && m.end <= f.end);
      const kept = mentions.filter((m) => !(currencyCode.test(m.text) && inSum(m)));
      const figures = allFigures.filter((f) =>
        kept.every(
          (m) =>
            f.end <= m.start ||
            f.start >= m.end ||
            (f.type === 'MONEY' && f.start <= m.start && m.end <= f.end),
        ),
      );
      return { mentions: kept, figures };
    },
  };
  return self;
}

/**
 * "Конгресс", "Верховного суда", "Ministry of Finance": a body's capitalised name whose every word but
 * the joining ones is a common word of bodies' names, all of them read ("правительство Московской
 * области" is more than its head word).
 */
function bareBodyName(r: Recognized, text: string): boolean {
  const surface = text.slice(r.start, r.end);
  const named = (words: readonly string[]) => withFieldPhrases(words.filter((w) => !isJoiningWord(w)));
  const words = named(r.words);
  // ("Prosecutor General's Office": the office of a post is named by the post's words)
  const written = surface.split(/\s+/);
  if (/['’]s$/.test(written.at(-2) ?? '') && written.at(-1) === 'Office') written.pop();
  return (
    r.type === 'ORG' &&
    /^\p{Lu}/u.test(surface) &&
    words.length === named(written).length &&
    words.every(isCommonNameWord)
  );
}

/**
 * "the ruling Democratic Party" in a text about Japan: a known body's name that any country's body may
 * have is not the knowledge base's body of another country; it is the text's country's, known or not.
 */
function otherCountrysBody(
  bodies: CountryBodies,
  r: Recognized,
  text: string,
  counts: CountryCounts,
): Recognized {
  if (r.type !== 'ORG' || !r.entity) return r;
  const words = text.slice(r.start, r.end).split(/\s+/);
  if (!anotherCountrys(bodies, words, r.entity, counts)) return r;
  return { ...r, entity: bodyOfCountry(bodies, words, counts), words };
}

/** A body's name of words the dictionary reads first as common ones ("киргизских властей", талибы). */
function commonWords(morph: Morphology, r: Recognized): boolean {
  if (r.type !== 'ORG') return false;
  return r.words.every((w) => {
    const best = morph.parse(w)[0];
    return !!best?.known && !namedReading(best);
  });
}
