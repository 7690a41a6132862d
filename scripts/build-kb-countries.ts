/**
 * Builds resources/kb/countries.json from the English, Russian and Kazakh country names shipped in the
 * `i18n-iso-countries` package (MIT), merged with curated names and aliases for the countries our news
 * is about. Run: `npx tsx scripts/build-kb-countries.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import kk from 'i18n-iso-countries/langs/kk.json' with { type: 'json' };
import { format } from 'prettier';
import { validateKb, type KbEntity, type KbLang } from '../src/core/entities/kb-schema';

interface Curated {
  readonly en?: string;
  readonly ru?: string;
  readonly kk?: string;
  readonly aliases?: { readonly en?: string[]; readonly ru?: string[]; readonly kk?: string[] };
}

/**
 * Canonical names where the package's first name is not what the news writes, and the aliases our
 * articles use. Keys are ISO 3166-1 alpha-2 codes.
 */
const CURATED: Readonly<Record<string, Curated>> = {
  KZ: {
    aliases: {
      en: ['Republic of Kazakhstan', 'Kazakstan', 'Qazaqstan'],
      ru: ['Республика Казахстан', 'РК'],
      kk: ['Қазақстан Республикасы', 'ҚР'],
    },
  },
  RU: {
    en: 'Russia',
    ru: 'Россия',
    aliases: {
      en: ['Russian Federation', 'RF'],
      ru: ['Российская Федерация', 'РФ'],
      kk: ['Ресей Федерациясы', 'РФ'],
    },
  },
  US: {
    en: 'United States',
    aliases: {
      en: ['America'],
      ru: [
        'Соединённые Штаты Америки',
        'Соединенные Штаты Америки',
        'Соединённые Штаты',
        'Соединенные Штаты',
        // (as "America" is in English: the continents are "Северная Америка" and "Южная Америка")
        'Америка',
      ],
      kk: ['АҚШ'],
    },
  },
  GB: {
    en: 'United Kingdom',
    aliases: {
      en: ['Britain', 'United Kingdom of Great Britain and Northern Ireland', 'U.K.'],
      ru: ['Соединённое Королевство', 'Соединенное Королевство', 'Британия'],
    },
  },
  CN: {
    en: 'China',
    ru: 'Китай',
    aliases: {
      en: ['PRC'],
      ru: ['КНР', 'Китайская Народная Республика'],
      kk: ['ҚХР', 'Қытай Халық Республикасы'],
    },
  },
  KP: {
    ru: 'Северная Корея',
    aliases: {
      en: ['DPRK', "Democratic People's Republic of Korea"],
      ru: ['КНДР', 'Корейская Народно-Демократическая Республика'],
    },
  },
  KR: {
    ru: 'Южная Корея',
    aliases: { en: ['ROK'], ru: ['Республика Корея'], kk: ['Корея Республикасы'] },
  },
  KG: {
    aliases: {
      en: ['Kyrgyz Republic', 'Kirghizia', 'Kirgizia'],
      ru: ['Кыргызстан', 'Киргизская Республика', 'Кыргызская Республика', 'КР'],
      kk: ['Қырғыз Республикасы'],
    },
  },
  TJ: { aliases: { en: ['Republic of Tajikistan'], ru: ['Республика Таджикистан'] } },
  TM: { ru: 'Туркменистан', aliases: { ru: ['Туркмения'] } },
  UZ: { aliases: { en: ['Republic of Uzbekistan'], ru: ['Республика Узбекистан', 'РУз'] } },
  BY: {
    aliases: {
      en: ['Republic of Belarus', 'Byelorussia', 'Belorussia'],
      ru: ['Белоруссия', 'Республика Беларусь'],
    },
  },
  AZ: { aliases: { en: ['Republic of Azerbaijan'], ru: ['Азербайджанская Республика'] } },
  AM: { aliases: { en: ['Republic of Armenia'], ru: ['Республика Армения'] } },
  TR: {
    en: 'Turkey',
    aliases: { en: ['Turkiye', 'Republic of Türkiye', 'Republic of Turkey'], ru: ['Турецкая Республика'] },
  },
  DE: {
    aliases: { en: ['Federal Republic of Germany', 'FRG'], ru: ['ФРГ', 'Федеративная Республика Германия'] },
  },
  FR: { aliases: { en: ['French Republic'], ru: ['Французская Республика'] } },
  IN: { aliases: { en: ['Republic of India'], ru: ['Республика Индия'] } },
  IR: { aliases: { ru: ['Исламская Республика Иран'] } },
  AF: {
    aliases: {
      en: ['Islamic Republic of Afghanistan', 'Islamic Emirate of Afghanistan'],
      ru: ['Исламская Республика Афганистан', 'Исламский Эмират Афганистан'],
    },
  },
  AE: { ru: 'Объединённые Арабские Эмираты', aliases: { ru: ['ОАЭ', 'Объединенные Арабские Эмираты'] } },
  ZA: { ru: 'Южно-Африканская Республика', aliases: { ru: ['ЮАР', 'Южная Африка'] } },
  EH: { ru: 'Западная Сахара' },
  SZ: { kk: 'Эсватини', aliases: { en: ['Swaziland'], ru: ['Свазиленд'], kk: ['Свазиленд'] } },
  MD: { aliases: { ru: ['Молдова', 'Республика Молдова'] } },
  CZ: { en: 'Czech Republic' },
  SY: {
    en: 'Syria',
    aliases: { en: ['Syrian Arab Republic'], ru: ['Сирийская Арабская Республика', 'САР'] },
  },
  BA: { aliases: { en: ['Bosnia'], ru: ['Босния'] } },
  LA: { en: 'Laos', aliases: { en: ["Lao People's Democratic Republic"] } },
  BN: { en: 'Brunei', aliases: { en: ['Brunei Darussalam'] } },
  CG: { en: 'Republic of the Congo' },
  CD: {
    en: 'Democratic Republic of the Congo',
    aliases: { en: ['DR Congo', 'DRC'], ru: ['ДР Конго', 'ДРК'] },
  },
  SA: { aliases: { en: ['Kingdom of Saudi Arabia', 'KSA'] } },
  MN: { aliases: { en: ['Mongol Uls'] } },
  GE: { aliases: { en: ['Sakartvelo'] } },
  UA: { aliases: { en: ['Ukraina'] } },
  VA: { en: 'Vatican City', aliases: { en: ['Vatican'] } },
  FK: { en: 'Falkland Islands', aliases: { en: ['Malvinas'] } },
  NL: { aliases: { en: ['Holland', 'Kingdom of the Netherlands'] } },
  MM: { aliases: { en: ['Burma'], ru: ['Бирма'] } },
  MK: {
    aliases: {
      en: ['Macedonia', 'Republic of North Macedonia'],
      ru: ['Македония', 'Республика Северная Македония'],
    },
  },
  CI: { en: "Côte d'Ivoire" },
  TL: { en: 'Timor-Leste', aliases: { en: ['East Timor'] } },
  TW: { aliases: { ru: ['Китайская Республика'] } },
  PS: { aliases: { ru: ['Палестина'] } },
};

/** Wikidata items of the countries, where we are sure of them. */
const QIDS: Readonly<Record<string, string>> = {
  AF: 'Q889',
  AL: 'Q222',
  DZ: 'Q262',
  AS: 'Q16641',
  AR: 'Q414',
  AM: 'Q399',
  AU: 'Q408',
  AT: 'Q40',
  AZ: 'Q227',
  BH: 'Q398',
  BD: 'Q902',
  BY: 'Q184',
  BE: 'Q31',
  BZ: 'Q242',
  BO: 'Q750',
  BA: 'Q225',
  BR: 'Q155',
  BN: 'Q921',
  BG: 'Q219',
  BI: 'Q967',
  CM: 'Q1009',
  CA: 'Q16',
  CL: 'Q298',
  CN: 'Q148',
  CO: 'Q739',
  CD: 'Q974',
  CR: 'Q800',
  HR: 'Q224',
  CU: 'Q241',
  CY: 'Q229',
  CZ: 'Q213',
  DK: 'Q35',
  EC: 'Q736',
  EG: 'Q79',
  SV: 'Q792',
  GQ: 'Q983',
  ER: 'Q986',
  EE: 'Q191',
  ET: 'Q115',
  FI: 'Q33',
  FR: 'Q142',
  GE: 'Q230',
  DE: 'Q183',
  GR: 'Q41',
  GT: 'Q774',
  GN: 'Q1006',
  VA: 'Q237',
  HK: 'Q8646',
  HU: 'Q28',
  IS: 'Q189',
  IN: 'Q668',
  ID: 'Q252',
  IR: 'Q794',
  IQ: 'Q796',
  IE: 'Q27',
  IL: 'Q801',
  IT: 'Q38',
  JP: 'Q17',
  JO: 'Q810',
  KZ: 'Q232',
  KE: 'Q114',
  KP: 'Q423',
  KR: 'Q884',
  KW: 'Q817',
  KG: 'Q813',
  LA: 'Q819',
  LV: 'Q211',
  LB: 'Q822',
  LY: 'Q1016',
  LT: 'Q37',
  LU: 'Q32',
  MO: 'Q14773',
  MW: 'Q1020',
  MY: 'Q833',
  MV: 'Q826',
  ML: 'Q912',
  MT: 'Q233',
  MQ: 'Q17054',
  MX: 'Q96',
  MD: 'Q217',
  MC: 'Q235',
  MN: 'Q711',
  ME: 'Q236',
  MA: 'Q1028',
  MZ: 'Q1029',
  MM: 'Q836',
  NP: 'Q837',
  NL: 'Q55',
  NZ: 'Q664',
  NI: 'Q811',
  NG: 'Q1033',
  MK: 'Q221',
  NO: 'Q20',
  OM: 'Q842',
  PK: 'Q843',
  PS: 'Q219060',
  PA: 'Q804',
  PY: 'Q733',
  PE: 'Q419',
  PH: 'Q928',
  PL: 'Q36',
  PT: 'Q45',
  PR: 'Q1183',
  QA: 'Q846',
  RO: 'Q218',
  RU: 'Q159',
  RW: 'Q1037',
  SA: 'Q851',
  RS: 'Q403',
  SG: 'Q334',
  SK: 'Q214',
  SI: 'Q215',
  SO: 'Q1045',
  ZA: 'Q258',
  ES: 'Q29',
  SD: 'Q1049',
  SZ: 'Q1050',
  SE: 'Q34',
  CH: 'Q39',
  SY: 'Q858',
  TW: 'Q865',
  TJ: 'Q863',
  TZ: 'Q924',
  TH: 'Q869',
  TO: 'Q678',
  TT: 'Q754',
  TN: 'Q948',
  TR: 'Q43',
  TM: 'Q874',
  UG: 'Q1036',
  UA: 'Q212',
  AE: 'Q878',
  GB: 'Q145',
  US: 'Q30',
  UY: 'Q77',
  UZ: 'Q265',
  VE: 'Q717',
  VN: 'Q881',
  YE: 'Q805',
  ZW: 'Q954',
};

/** Package names that are not usable surface forms as written: replaced by what follows. */
const REWRITE: Readonly<Record<string, readonly string[]>> = {
  'Korea, Republic of': ['Republic of Korea'],
  'Moldova, Republic of': ['Republic of Moldova', 'Moldova'],
  'Micronesia, Federated States of': ['Federated States of Micronesia', 'Micronesia'],
  'Virgin Islands, British': ['British Virgin Islands'],
  'Virgin Islands, U.S.': ['U.S. Virgin Islands', 'United States Virgin Islands'],
  'Taiwan, Province of China': [],
  'Falkland Islands (Malvinas)': ['Falkland Islands'],
  // The Holy See is the Pope's see, a body (world.json), not the city-state it governs.
  'Holy See (Vatican City State)': ['Vatican City State'],
  'Netherlands (Kingdom of the)': ['Kingdom of the Netherlands'],
  'Saint Martin (French part)': ['Saint Martin'],
  'Sint Maarten (Dutch part)': ['Sint Maarten'],
  'Cocos (Keeling) Islands': ['Cocos (Keeling) Islands', 'Cocos Islands'],
  'КНР (Китайская Народная Республика)': ['КНР', 'Китайская Народная Республика'],
  'КНДР (Корейская Народно-Демократическая Республика)': [
    'КНДР',
    'Корейская Народно-Демократическая Республика',
  ],
  САДР: [],
  'Мьянма (Бирма)': ['Мьянма', 'Бирма'],
};

const LANGS: readonly KbLang[] = ['en', 'ru', 'kk'];
const ABBREVIATION = /^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ.]+$/u;

function surfaceForms(code: string, lang: KbLang): string[] {
  const raw = countries.getName(code, lang, { select: 'all' }) ?? [];
  return raw.flatMap((name) => REWRITE[name] ?? [name]);
}

/** The shortest name that is not an abbreviation, the first one on a tie. */
function pickCanonical(names: readonly string[]): string | undefined {
  const words = names.filter((n) => !ABBREVIATION.test(n));
  return [...(words.length > 0 ? words : names)].sort((a, b) => a.length - b.length)[0];
}

function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Draft {
  code: string;
  names: Record<KbLang, string | undefined>;
  aliases: Record<KbLang, string[]>;
}

function draft(code: string): Draft {
  const curated = CURATED[code] ?? {};
  const names = {} as Draft['names'];
  const aliases = {} as Draft['aliases'];
  for (const lang of LANGS) {
    const forms = surfaceForms(code, lang);
    const name = curated[lang] ?? pickCanonical(forms);
    names[lang] = name;
    const all = [...forms, ...(curated.aliases?.[lang] ?? [])];
    aliases[lang] = [...new Set(all)].filter((a) => a !== name);
  }
  return { code, names, aliases };
}

/** An alias two countries share (the package calls both Congos "Congo") names neither. */
function dropSharedAliases(drafts: readonly Draft[]): void {
  for (const lang of LANGS) {
    const owners = new Map<string, number>();
    for (const d of drafts) {
      for (const form of new Set([d.names[lang], ...d.aliases[lang]])) {
        if (form !== undefined) owners.set(form, (owners.get(form) ?? 0) + 1);
      }
    }
    for (const d of drafts) d.aliases[lang] = d.aliases[lang].filter((a) => owners.get(a) === 1);
  }
}

function toEntity(d: Draft): KbEntity {
  const { en: enName, ru: ruName, kk: kkName } = d.names;
  if (enName === undefined || ruName === undefined) throw new Error(`${d.code}: no English or Russian name`);
  const slug = slugify(enName);
  const aliases: { en?: string[]; ru?: string[]; kk?: string[] } = {};
  for (const lang of LANGS) if (d.aliases[lang].length > 0) aliases[lang] = d.aliases[lang];
  return {
    id: QIDS[d.code] ?? slug,
    slug,
    type: 'LOC',
    names: kkName === undefined ? { en: enName, ru: ruName } : { en: enName, ru: ruName, kk: kkName },
    aliases,
    country: d.code,
    kind: 'country',
  };
}

async function main(): Promise<void> {
  for (const locale of [en, ru, kk]) countries.registerLocale(locale);
  const drafts = Object.keys(countries.getAlpha2Codes()).map(draft);
  dropSharedAliases(drafts);
  const entities = drafts.map(toEntity).sort((a, b) => a.slug.localeCompare(b.slug));
  validateKb({ entities });
  const target = fileURLToPath(new URL('../resources/kb/countries.json', import.meta.url));
  const json = await format(JSON.stringify({ entities }), { parser: 'json', printWidth: 110 });
  writeFileSync(target, json);
  console.log(`wrote ${entities.length} countries to ${target}`);
}

await main();
