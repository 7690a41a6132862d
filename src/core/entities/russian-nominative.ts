/** The nominative of one word of a person's name the knowledge base does not know. */
import type { MorphParse } from './morphology';
import type { RuleContext } from './raw-mention';
import { grammaticalCases } from './russian-context';
import { isHyphenedArticle } from './name-particles';
import { patronymicSex } from './surname-or-patronymic';
import { fold } from './text-keys';

/** Normal form of one word of an unknown name, for its id and its display name. */
export function russianNominative(
  ctx: RuleContext,
  i: number,
  role: 'given' | 'surname' | 'other',
  father?: number,
  sex?: 'femn',
): string {
  const { view } = ctx;
  const tok = view.tokens[i];
  if (!tok) return '';
  const tag = role === 'given' ? 'Name' : role === 'surname' ? 'Surn' : null;
  // ("Дейл Смит": one person's given name is no plural, though az reads "Дейл" as the genitive plural
  // of a woman's "Дейла")
  // (nor is a surname in -ов, -ев or -ин as written: "Мухаммедмурад Аманов" is no genitive plural of
  // "Аман")
  const singular = role === 'given' || /(?:ов|ев|ёв|ин|ын)$/.test(fold(tok.text));
  const named = view
    .parses(i)
    .filter((p) => tag !== null && p.tags.has(tag) && !(singular && p.tags.has('plur')));
  // ("Александра Васильевича": a given name agrees with the patronymic after it, Александр, not
  // Александра)
  const agreeing = father === undefined ? [] : named.filter((p) => agreesWithFather(ctx, p, father));
  // ("Юлии Савичевой": a woman's given name before a woman's surname, Юлия, not the masculine Юлий)
  const ofSex = sex ? named.filter((p) => p.tags.has(sex)) : [];
  const tagged = agreeing.length > 0 ? agreeing : ofSex.length > 0 ? ofSex : named;
  // ("Гани Бейсембаев": before a man's surname as written, in the nominative, a given name is a man's
  // nominative too; as written when the dictionary has no such reading, not the genitive of "Ганя")
  if (
    role === 'given' &&
    tagged.length > 0 &&
    /^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ский|цкий)$/.test(view.tokens[i + 1]?.text ?? '')
  ) {
    const man = tagged.find((p) => p.tags.has('masc') && p.tags.has('nomn'));
    return man ? man.lemma : fold(tok.text);
  }
  // a surname's longest lemma: az guesses "Якубовской" as Якубовск and as Якубовский
  const parse =
    role === 'surname'
      ? tagged.reduce<MorphParse | null>(
          (best, p) => (!best || p.lemma.length > best.lemma.length ? p : best),
          null,
        )
      : tagged[0];
  if (parse) return parse.lemma;
  // "Джона Говарда Джонсона": a man's given name the dictionary knows stands as a surname too
  const given =
    role === 'surname' &&
    view.parses(i).find((p) => p.known && p.tags.has('Name') && p.tags.has('masc') && p.tags.has('sing'));
  if (given) return given.lemma;
  const w = fold(tok.text);
  if (role === 'surname') {
    const m = /^(.+(?:ов|ев|ин|ын))(?:а|у|ым|е)$/.exec(w) ?? /^(.+)(?:ого|ому|им|ом)$/.exec(w);
    if (m?.[1]) return m[0].endsWith('ого') || m[0].endsWith('ому') ? `${m[1]}ий` : m[1];
    // ("Валид аль-Муалем призвал": after a given name that has no instrumental, the surname has none)
    return nominativeGivenBefore(ctx, i) ? w : (instrumentalSurname(w) ?? w);
  }
  if (role === 'given') {
    // a foreign given name in the instrumental, which az reads as a noun's: "с Тайгером", "Брайсоном", "Родом"
    const stem = /^(.{2,}[^аеиоуыэюяй])(?:ом|ем)$/.exec(w)?.[1];
    const instrumental = stem && view.parses(i).some((p) => p.tags.has('ablt') && fold(p.lemma) === stem);
    if (instrumental) return stem;
    // "Гауезу Нурмухамбетову", "о Гауезе Нурмухамбетове": one the dictionary lacks, in the case of the
    // man's surname after it
    const surname = fold(view.tokens[i + 1]?.text ?? '');
    const ending = /(?:ов|ев|ин|ын)([уе])$/.exec(surname)?.[1];
    return ending && new RegExp(`^.{2,}[^аеиоуыэюяйь]${ending}$`).test(w) ? w.slice(0, -1) : w;
  }
  return view.parses(i)[0]?.lemma ?? w;
}

/** A given name's reading in the sex and a case of the patronymic at `father`. */
function agreesWithFather(ctx: RuleContext, p: MorphParse, father: number): boolean {
  const sex = patronymicSex(ctx.view.tokens[father]?.text ?? '');
  if (sex && !p.tags.has(sex)) return false;
  const readings = ctx.view.parses(father).filter((f) => f.tags.has('Patr'));
  return (
    readings.length === 0 ||
    readings.some((f) => grammaticalCases.some((c) => f.tags.has(c) && p.tags.has(c)))
  );
}

/**
 * "Феттелем", "Макилроем", "Пейджем": a foreign surname in the instrumental, -ем after a soft or a
 * hushing consonant or a vowel, in its nominative (Феттель, Макилрой, Пейдж); null for another word.
 * A Swedish -ström and an English -ham end so in the nominative (Лидстрем, Бэкхем).
 */
export function instrumentalSurname(w: string): string | null {
  const stem = /^(.{3,})ем$/.exec(w)?.[1];
  if (!stem || /(?:х|стр)$/.test(stem)) return null;
  if (/[аеиоуыэюя]$/.test(stem)) return `${stem}й`;
  return /[жшчщц]$/.test(stem) ? stem : `${stem}ь`;
}

/**
 * The word before the surname at `i`, over an Arab name's article ("Валид аль-Муалем"), is a given
 * name the dictionary knows in no instrumental case: the name is not in the instrumental.
 */
function nominativeGivenBefore(ctx: RuleContext, i: number): boolean {
  const { view } = ctx;
  const article = view.tokens[i - 1]?.text === '-' && isHyphenedArticle(view.tokens[i - 2]?.text ?? '');
  const g = article ? i - 3 : i - 1;
  const parses = view.parses(g);
  return (
    !!view.tokens[g]?.cap &&
    parses.some((p) => p.known && p.tags.has('Name')) &&
    !parses.some((p) => p.tags.has('ablt'))
  );
}

/** A lone word read as a surname: its nominative in Cyrillic, as written in Latin. */
export function surnameAt(ctx: RuleContext, i: number): string {
  const t = ctx.view.tokens[i];
  if (!t) return '';
  return t.cyrillic ? russianNominative(ctx, i, 'surname') : t.text;
}
