import { hasKnownTag, hasTag, type RuleContext } from './raw-mention';
import { looksLikePatronymic, looksLikeSurname } from './russian-names';
import { fold } from './text-keys';

/** "Лукашевичем" without its case ending, folded: "лукашевич". */
const withoutCase = (word: string) => fold(word).replace(/ич[а-яё]{0,2}$/, 'ич');

/**
 * A patronymic in any case, folded to one form: "Петровичу" and "Петрович" as "петрович", "Петровной"
 * and "Петровна" as "петровн"; null for a word that is not one.
 */
export const patronymicKey = (word: string): string | null =>
  looksLikePatronymic(word) ? withoutCase(word).replace(/([вч]н)[а-яё]{1,2}$/, '$1') : null;

/** Whose a patronymic is, a son's or a daughter's ("Петрович", "Петровны"); null for another word. */
export function patronymicSex(word: string): 'masc' | 'femn' | null {
  const key = patronymicKey(word);
  if (!key) return null;
  return /(?:н|кызы)$/.test(key) ? 'femn' : 'masc';
}

/**
 * Whether a word that ends like a patronymic, after a given name and nothing else, is the person's
 * surname: "Александр Лукашевич", "Дмитрий Шостакович", "Юлия Лукашевич". Belarusian, Polish and
 * Serbian surnames end as Russian patronymics do, and a news text names a person by given name and
 * surname far more often than by given name and patronymic ("Владимир Ильич"). So it is the surname
 * where a woman bears it (her patronymic would end in -вна), where the dictionary knows the word as a
 * surname, where it is made of no father's name ("Шуневич"), or where the text names the person by
 * that word alone ("Лукашевич отметил").
 */
export function patronymicIsSurname(ctx: RuleContext, given: number, word: number): boolean {
  const { view } = ctx;
  const text = view.tokens[word]?.text ?? '';
  if (!looksLikePatronymic(text) || !/ич[а-яё]{0,2}$/i.test(text)) return false;
  // ("Юлия Лукашевич": a man's patronymic in the nominative stands after a man's name in the
  // nominative; "Юлия" is one only as the genitive of "Юлий")
  const manNamed = hasTag(ctx, given, 'Name', 'masc', 'nomn');
  if (/ич$/i.test(text) && !manNamed) return true;
  if (hasKnownTag(ctx, word, 'Surn') || !fatherNamed(ctx, text)) return true;
  const stem = withoutCase(text);
  return view.tokens.some((t, j) => {
    if (j === word || !t.cap || t.kind !== 'word') return false;
    const w = fold(t.text);
    // (in a singular case: "ветви «Николаевичей»" names a family's line, not a person)
    if (!w.startsWith(stem) || !['', 'а', 'у', 'ем', 'е'].includes(w.slice(stem.length))) return false;
    // not itself after a given name, as a patronymic or a surname would be
    const before = view.tokens[j - 1];
    return !(before?.cap && view.flags(j - 1).name);
  });
}

/**
 * A patronymic is made of a father's given name: Денисович of Денис, Анатольевич of Анатолий,
 * Сергеевич of Сергей, Ильич of Илья. "Шуневич" and "Дворкович" are made of no name the dictionary
 * knows, so they are surnames.
 */
function fatherNamed(ctx: RuleContext, word: string): boolean {
  const w = withoutCase(word);
  const base = w.replace(/(?:ов|ев)?ич$/, '');
  // (a Turkic or Caucasian father's name the dictionary lacks: "Андарбекович", "Ерланович")
  if (/(?:бек|бай|хан|жан|лан|улла|дин)$/.test(base)) return true;
  const candidates = w.endsWith('евич')
    ? [base, `${base}й`, base.replace(/ь$/, 'ий')]
    : w.endsWith('ович')
      ? [base]
      : [`${base}а`, `${base}я`];
  return candidates.some((c) =>
    ctx.morph
      .parse(c.charAt(0).toUpperCase() + c.slice(1))
      .some((p) => p.known && p.tags.has('Name') && p.tags.has('masc') && p.tags.has('nomn')),
  );
}

/**
 * A surname by the dictionary or by its ending. ("Уральской Биеннале", "Чернобыльской АЭС": a
 * dictionary adjective outside the masculine nominative is no surname by its ending; "Гата Камский"
 * may be one)
 */
export function isSurnameAt(ctx: RuleContext, h: number): boolean {
  const { view } = ctx;
  const knownAdjective =
    hasKnownTag(ctx, h, 'ADJF') &&
    !view.parses(h).some((p) => p.tags.has('ADJF') && p.tags.has('masc') && p.tags.has('nomn'));
  return view.flags(h).surname || (looksLikeSurname(view.tokens[h]?.text ?? '') && !knownAdjective);
}

/**
 * "Соловьева Александра Васильевича": a given name at `k` after a surname, with a patronymic after it
 * that ends the name, in the official order.
 */
export function officialOrder(ctx: RuleContext, k: number): boolean {
  const { view } = ctx;
  const after = view.tokens[k + 2];
  const surname = k - 1;
  return (
    view.flags(k).name &&
    !view.flags(surname).name &&
    isSurnameAt(ctx, surname) &&
    isPatronymicAt(ctx, k + 1) &&
    !(after?.kind === 'word' && after.cap)
  );
}

export const isPatronymicAt = (ctx: RuleContext, h: number) =>
  looksLikePatronymic(ctx.view.tokens[h]?.text ?? '') || ctx.view.flags(h).patronymic;
