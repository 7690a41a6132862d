/**
 * Models of cars, aircraft and arms: "Toyota Camry", "Boeing 737", "Ту-154", "АК-47", "водитель
 * Hyundai". A model is a thing, no organisation; its maker's name inside it still names the company.
 */
import { englishTitles, list, orgSuffixes } from './english-words';
import type { RawMention, RuleContext } from './raw-mention';
import { fold } from './text-keys';
import { openQuotes, type Token } from './tokenize';

/** Makers of cars, lorries, buses and aircraft, folded, as the news writes them in either script. */
const makers = list(`
  toyota honda hyundai kia cadillac ford chevrolet bmw mercedes audi volkswagen nissan mitsubishi mazda
  subaru lexus porsche ferrari lamborghini tesla renault peugeot citroen skoda volvo opel fiat jeep dodge
  chrysler lada infiniti jaguar bentley suzuki daewoo geely chery scania iveco boeing airbus cessna
  bombardier embraer sukhoi
  тойота хонда хендай хендэ хендэй хундай хюндай хёндай хендей киа кадиллак форд шевроле бмв мерседес
  ауди фольксваген ниссан мицубиси митсубиси мазда субару лексус порше феррари ламборгини тесла рено
  пежо ситроен шкода вольво опель фиат джип додж крайслер инфинити ягуар бентли сузуки дэу джили чери
  скания ивеко ваз газ уаз камаз зил маз белаз паз лиаз боинг аэробус эйрбас сессна бомбардье эмбраер`);
/** Makers whose name is also a woman's or a team's (Лада, «Лада» Тольятти): only after a noun for a vehicle. */
const thingOnlyMakers = list('лада');

/**
 * Design bureaus and arms whose letters name a model only with its number joined by a hyphen: Ту-154,
 * Ан-124, МиГ-29, Су-30МКМ, АК-47, AR-15. Alone they are a preposition, a name, a pronoun.
 */
const designations = list(`
  ту ан ил як су миг ми ка бе ак акм акс ар пм
  tu an il yak su mig mi ka ak akm ar`);

/** Lemmas of nouns for a vehicle or a weapon, before its maker: автомобиль «Тойота», иномарка Hyundai. */
const thingLemmas = list(`
  автомобиль автомашина машина автобус микроавтобус грузовик внедорожник иномарка седан кроссовер
  пикап мотоцикл вертолёт вертолет самолёт самолет лайнер авиалайнер истребитель бомбардировщик
  пистолет винтовка карабин автомат ружьё ружье гранатомёт гранатомет`);
/** The same in English: a Toyota Camry, the driver of a Hyundai. */
const thingWords = list(`
  car cars vehicle truck lorry van bus suv sedan pickup motorcycle helicopter plane jet aircraft airliner
  fighter bomber pistol rifle gun`);
/** Who sits in one, and at its wheel: водитель Hyundai, пассажир Toyota, за рулём Ford. */
const riderLemmas = list('водитель пассажир пассажирка руль');
const riderWords = list('driver drivers passenger passengers wheel');

/** Words after a maker that make a company's name or a post of it, not a model: Toyota Motor, Boeing CEO. */
const companyWords = list('motor cars trucks aerospace defence defense heavy мотор моторс групп рус');

/** A model word after the maker: a number (737, 44), or a capitalised word that is no company word or post. */
function modelWord(ctx: RuleContext, k: number): boolean {
  const t = ctx.view.tokens[k];
  if (!t?.spaceBefore || t.lineBefore) return false;
  if (t.kind === 'num') return true;
  if (t.kind !== 'word' || !t.cap) return false;
  const low = fold(t.text);
  if (orgSuffixes.has(low) || companyWords.has(low) || englishTitles.has(low)) return false;
  // "Ford Foundation", and a place ("Toyota Europe", "Форд Россия")
  return !ctx.gazetteer.match(ctx.view, k, ctx.seen);
}

/** "CR-V", "RAV4", "737-800", "Су-30МКМ": the parts joined to a model's word without a space, from `k`. */
function pastJoined(tokens: readonly Token[], k: number): number {
  let n = k;
  for (;;) {
    const t = tokens[n];
    if (!t || t.spaceBefore) return n;
    if (t.kind !== 'punct') n++;
    else if (t.text === '-' && tokens[n + 1]?.spaceBefore === false && tokens[n + 1]?.kind !== 'punct')
      n += 2;
    else return n;
  }
}

/** Whether the word before `i`, past an opening quote, names a vehicle or a weapon or who drives it. */
function afterThingNoun(ctx: RuleContext, i: number): boolean {
  const { view } = ctx;
  let k = i - 1;
  if (openQuotes.has(view.tokens[k]?.text ?? '')) k--;
  const prev = view.tokens[k];
  if (prev?.kind !== 'word') return false;
  if (!prev.cyrillic) {
    const low = prev.text.toLowerCase();
    return thingWords.has(low) || (riderWords.has(low) && view.tokens[k + 1]?.text === 'of');
  }
  const lemma = view.lemma(k);
  return thingLemmas.has(lemma) || riderLemmas.has(lemma);
}

export interface ModelName {
  /** The maker's name alone, which the app links to the company; null for a designation (Ту-154). */
  readonly maker: RawMention | null;
  /** The token after the whole model name. */
  readonly end: number;
}

/**
 * "Toyota Camry", "Форда Мустанг", "Boeing 737", "Honda CR-V", "Ту-154", "АК-47", and a maker alone
 * after a noun for a vehicle or who drives it ("водитель Hyundai", "автомобиль «Лада»"): the model
 * name that starts at token `i`, if one does.
 */
export function modelNameAt(ctx: RuleContext, i: number): ModelName | null {
  const { view } = ctx;
  const { tokens } = view;
  const t = tokens[i];
  if (t?.kind !== 'word' || !t.cap) return null;
  const word = fold(t.text);
  const lemma = t.cyrillic ? view.lemma(i) : word;
  const hyphen = tokens[i + 1];
  const number = tokens[i + 2];
  if (
    (designations.has(word) || makers.has(lemma)) &&
    hyphen?.text === '-' &&
    !hyphen.spaceBefore &&
    number?.kind === 'num' &&
    !number.spaceBefore
  )
    return { maker: null, end: pastJoined(tokens, i + 3) };
  const known = makers.has(word) || makers.has(lemma);
  if (!known && !(thingOnlyMakers.has(lemma) && afterThingNoun(ctx, i))) return null;
  const found = ctx.gazetteer.match(view, i, ctx.seen);
  const maker: RawMention = {
    start: i,
    end: i + 1,
    type: 'ORG',
    entity: found?.length === 1 && found.entity.type === 'ORG' ? found.entity : null,
    words: [t.cyrillic ? lemma : t.text],
  };
  if (known && modelWord(ctx, i + 1)) {
    let end = pastJoined(tokens, i + 2);
    // "Toyota Land Cruiser", "Porsche Panamera Turbo": one or two more words of the model, in its script
    while (end < i + 4 && modelWord(ctx, end) && tokens[end]?.cyrillic === t.cyrillic)
      end = pastJoined(tokens, end + 1);
    return { maker, end };
  }
  return afterThingNoun(ctx, i) ? { maker, end: i + 1 } : null;
}
