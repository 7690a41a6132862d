import { describe, expect, it } from 'vitest';
import type { Annotations, EntityCorrection, Mention } from '../../shared/entities';
import { createAnnotator } from './annotator';
import { formerUnknownIds, unknownId } from './unknown-ids';
import {
  aliasEntities,
  applyCorrections,
  correctedAnnotate,
  resolveId,
  type EntityInfo,
} from './apply-corrections';
import type { KbEntity } from './kb-schema';
import { noMorphology } from './morphology';

const kb: KbEntity[] = [
  {
    id: 'Q1',
    slug: 'tokayev',
    type: 'PER',
    gender: 'm',
    names: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
    aliases: {},
  },
  {
    id: 'Q2',
    slug: 'eabr',
    type: 'ORG',
    names: { en: 'Eurasian Development Bank', ru: 'Евразийский банк развития' },
    aliases: {},
  },
  { id: 'Q3', slug: 'astana', type: 'LOC', names: { en: 'Astana', ru: 'Астана' }, aliases: {} },
];
const lookup = (id: string): EntityInfo | undefined => {
  const e = kb.find((x) => x.id === id);
  return e && { type: e.type, name: { en: e.names.en, ru: e.names.ru } };
};

let offset = 0;
function mention(
  text: string,
  id: string,
  type: Mention['type'],
  name: Mention['name'] = { en: text, ru: null },
): Mention {
  const start = offset;
  offset += text.length + 1;
  return { start, end: start + text.length, text, id, type, name };
}

const sample: Annotations = {
  mentions: [
    mention('Tokayev', 'Q1', 'PER'),
    mention('Akorda', 'x:krd', 'LOC'),
    mention('Ёлкин', 'x:lkn', 'PER', { en: 'Yolkin', ru: 'Ёлкин' }),
    mention('Akorda', 'x:other', 'ORG'),
    mention('Akorda palace', 'x:krd', 'LOC'),
    mention('Mr Tokayev', 'Q1', 'PER'),
  ],
  figures: [{ start: 200, end: 204, text: '2024', type: 'DATE', value: '2024' }],
};
const apply = (...corrections: EntityCorrection[]) => applyCorrections(sample, corrections, lookup);

/**
 * An article with one unknown name under its current id, retyped as an organisation by a correction
 * made on the id an older version gave it (formerUnknownIds' `variant`).
 */
function retypedThroughOldId(shown: string, type: Mention['type'], id: string, variant: number) {
  const article = { mentions: [mention(shown, id, type)], figures: [] };
  const oldId = formerUnknownIds(type, shown)[variant] ?? '';
  return {
    oldId,
    shown: view(applyCorrections(article, [{ kind: 'retype', id: oldId, type: 'ORG' }], lookup)),
  };
}
const view = (a: Annotations) => a.mentions.map((m) => `${m.text}|${m.type}|${m.id}`);

describe('applying the reader’s corrections to an article', () => {
  it('leaves the annotations as they are without corrections', () => {
    expect(apply()).toBe(sample);
  });

  it('reject: drops that entity’s mentions of that surface, ignoring case, ё and Kazakh letters', () => {
    expect(view(apply({ kind: 'reject', id: 'x:krd', surface: ' akorda ' }))).toEqual([
      'Tokayev|PER|Q1',
      'Ёлкин|PER|x:lkn',
      'Akorda|ORG|x:other',
      'Akorda palace|LOC|x:krd',
      'Mr Tokayev|PER|Q1',
    ]);
    expect(view(apply({ kind: 'reject', id: 'x:lkn', surface: 'елкин' }))).not.toContain('Ёлкин|PER|x:lkn');
    expect(view(apply({ kind: 'reject', id: 'x:lkn', surface: 'ЁЛКИН' }))).not.toContain('Ёлкин|PER|x:lkn');
  });

  it('retype: every mention of the entity takes the new type', () => {
    const out = apply({ kind: 'retype', id: 'x:krd', type: 'ORG' });
    expect(out.mentions.filter((m) => m.id === 'x:krd').map((m) => m.type)).toEqual(['ORG', 'ORG']);
    expect(out.mentions.find((m) => m.id === 'x:other')?.type).toBe('ORG');
    expect(out.figures).toBe(sample.figures);
  });

  it('merge: mentions of one entity take the other’s id, type and names', () => {
    const out = apply({ kind: 'merge', from: 'x:lkn', into: 'Q1' });
    const merged = out.mentions.find((m) => m.text === 'Ёлкин');
    expect(merged).toMatchObject({
      id: 'Q1',
      type: 'PER',
      name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
    });
    // into an entity the knowledge base lacks: its names as this article shows them
    const intoUnknown = apply({ kind: 'merge', from: 'x:other', into: 'x:krd' });
    expect(view(intoUnknown).filter((v) => v.endsWith('x:krd'))).toHaveLength(3);
    expect(intoUnknown.mentions.find((m) => m.start === sample.mentions[3]?.start)?.type).toBe('LOC');
  });

  it('combines in order: a merge, then a retype of the merged entity, then a reject of one surface', () => {
    const out = apply(
      { kind: 'merge', from: 'x:other', into: 'x:krd' },
      { kind: 'retype', id: 'x:krd', type: 'ORG' },
      { kind: 'reject', id: 'x:krd', surface: 'Akorda palace' },
    );
    expect(view(out).filter((v) => v.includes('Akorda'))).toEqual(['Akorda|ORG|x:krd', 'Akorda|ORG|x:krd']);
  });

  it('a retype before a merge does not survive it: the merged mentions take the target’s type', () => {
    const out = apply(
      { kind: 'retype', id: 'x:other', type: 'EVENT' },
      { kind: 'merge', from: 'x:other', into: 'x:krd' },
    );
    expect(out.mentions.filter((m) => m.id === 'x:krd').map((m) => m.type)).toEqual(['LOC', 'LOC', 'LOC']);
  });

  it('follows a chain of merges and stops at a cycle', () => {
    const chain: EntityCorrection[] = [
      { kind: 'merge', from: 'x:other', into: 'x:krd' },
      { kind: 'merge', from: 'x:krd', into: 'Q3' },
    ];
    expect(resolveId(chain, 'x:other')).toBe('Q3');
    expect(view(apply(...chain)).filter((v) => v.endsWith('Q3'))).toHaveLength(3);
    expect(resolveId([...chain, { kind: 'merge', from: 'Q3', into: 'x:other' }], 'x:other')).toBe('Q3');
  });

  it('undo: the list without a correction gives back what the article read before it', () => {
    const list: EntityCorrection[] = [
      { kind: 'retype', id: 'Q1', type: 'ORG' },
      { kind: 'reject', id: 'x:krd', surface: 'Akorda' },
    ];
    const undone = list.filter((_, i) => i !== 0);
    expect(applyCorrections(sample, undone, lookup)).toEqual(
      applyCorrections(sample, [{ kind: 'reject', id: 'x:krd', surface: 'Akorda' }], lookup),
    );
    expect(view(applyCorrections(sample, [], lookup))).toEqual(view(sample));
  });

  it('applies corrections made on the ids of older versions to the ids names have now', () => {
    // version 1 keyed unknown names by skeleton; version 2 by sound, a body's words in their order;
    // version 3 read Michael as English letters; version 4 translated no word of a body's name;
    // version 6 read the h of Sarah and kept v and f apart; version 21 kept a first word's whole key
    const [paltrow] = formerUnknownIds('PER', 'Gwyneth Paltrow');
    const [croydon] = formerUnknownIds('LOC', 'Croydon');
    const lloyds = formerUnknownIds('ORG', 'Lloyds Pharmacy')[1];
    const vann = formerUnknownIds('PER', 'Michael Vann')[2];
    const welsh = formerUnknownIds('ORG', 'Welsh Parliament')[3];
    const sarah = formerUnknownIds('PER', 'Sarah Vale')[4];
    const lloydsV21 = formerUnknownIds('ORG', 'Lloyds Pharmacy')[5];
    const article: Annotations = {
      mentions: [
        mention('Gwyneth Paltrow', unknownId('PER', ['gwyneth', 'paltrow']), 'PER', {
          en: 'Gwyneth Paltrow',
          ru: null,
        }),
        mention('Croydon', unknownId('LOC', ['croydon']), 'LOC', { en: 'Croydon', ru: null }),
        mention('Lloyds Pharmacy', unknownId('ORG', ['lloyds', 'pharmacy']), 'ORG', {
          en: 'Lloyds Pharmacy',
          ru: null,
        }),
        mention('Michael Vann', unknownId('PER', ['michael', 'vann']), 'PER', {
          en: 'Michael Vann',
          ru: null,
        }),
        mention('Welsh Parliament', unknownId('ORG', ['welsh', 'parliament']), 'ORG', {
          en: 'Welsh Parliament',
          ru: null,
        }),
        mention('Sarah Vale', unknownId('PER', ['sarah', 'vale']), 'PER', { en: 'Sarah Vale', ru: null }),
      ],
      figures: [],
    };
    // the keys differ, or there would be nothing to carry over
    expect(article.mentions.map((m) => m.id)).toEqual([
      'x:pltr.gf',
      'x:krdn',
      'x:frms.ld',
      'x:fn.mk',
      'x:fls.prlmnt',
      'x:fl.sr',
    ]);
    expect([paltrow, croydon, lloyds, vann, welsh, sarah]).toEqual([
      'x:pltrw.gvnth',
      'x:crdn',
      'x:lds.frms',
      'x:vn.mcl',
      'x:prlmnt.vlw',
      'x:vl.srg',
    ]);
    const out = applyCorrections(
      article,
      [
        { kind: 'merge', from: paltrow ?? '', into: 'Q1' },
        { kind: 'retype', id: croydon ?? '', type: 'ORG' },
        { kind: 'retype', id: lloyds ?? '', type: 'PER' },
        { kind: 'retype', id: vann ?? '', type: 'ORG' },
        { kind: 'retype', id: welsh ?? '', type: 'LOC' },
        { kind: 'retype', id: sarah ?? '', type: 'ORG' },
      ],
      lookup,
    );
    expect(view(out)).toEqual([
      'Gwyneth Paltrow|PER|Q1',
      'Croydon|ORG|x:krdn',
      'Lloyds Pharmacy|PER|x:frms.ld',
      'Michael Vann|ORG|x:fn.mk',
      'Welsh Parliament|LOC|x:fls.prlmnt',
      'Sarah Vale|ORG|x:fl.sr',
    ]);
    expect(lloydsV21).toBe('x:frms.lds');
    const later = applyCorrections(article, [{ kind: 'retype', id: lloydsV21 ?? '', type: 'LOC' }], lookup);
    expect(view(later)).toContain('Lloyds Pharmacy|LOC|x:frms.ld');
    // shown, type, id now, variant of formerUnknownIds, old id
    const olderIds: [string, Mention['type'], string, number, string][] = [
      // version 41 kept a landform's word in the key
      ['Lake Baikal', 'LOC', 'x:bkl', 6, 'x:bkl.lk'],
      // version 49 read the th of Heather as T
      ['Heather Nauert', 'PER', 'x:nfrt.gs', 7, 'x:nfrt.gt'],
      // version 53 read the c of a Slavic surname as К
      ['Mateo Kovacic', 'PER', 'x:kfcc.mt', 9, 'x:kfsk.mt'],
      // version 54 kept "Affairs" in a body's key and read "МИД" as a word of its own
      ['Ministry of Foreign Affairs', 'LOC', 'x:frgn.mnstr', 10, 'x:frgn.frs.mnstr'],
      // version 55 read "и" as the abbreviation of "исполняющий" and left "торговля" untranslated
      ['Министерство промышленность и торговля', 'LOC', 'x:mnstr.ndstr.trd', 11, 'x:mnstr.ndstr.splnw.trgfl'],
      // and read "казахский" as "казах", not Kazakhstan
      ['Казахский национальный университет', 'LOC', 'x:ksgstn.nfrst.ntnl', 11, 'x:ksg.nfrst.ntnl'],
      // version 56 read "Healthcare" as it sounds, not as "health"
      ['Ministry of Healthcare of Kyrgyzstan', 'LOC', 'x:glt.krgstn.mnstr', 12, 'x:gltkr.krgstn.mnstr'],
      // and "Enlightenment" as it sounds, not as education, and the lemma "минцифра" as a word of its own
      ['Ministry of Enlightenment of Kyrgyzstan', 'LOC', 'x:dktn.krgstn.mnstr', 12, 'x:krgstn.mnstr.nltnmnt'],
      ['Минцифра Киргизии', 'LOC', 'x:dflpmnt.dgtl.krgs.mnstr', 12, 'x:krgs.mn'],
      // version 59 keyed a country by its name as it sounds, not by its code, and "commerce" as it sounds
      ['Ministry of Commerce of the United States', 'LOC', 'x:mnstr.trd.us', 13, 'x:kmrs.mnstr.ntd.stt'],
      ['UAE Ministry of Trade', 'LOC', 'x:ae.mnstr.trd', 13, 'x:f.mnstr.trd'],
      // version 62 read a surname that ends like a patronymic as one, and keyed the name by the given name
      ['Александр Лукашевич', 'PER', 'x:lkwfc.lk', 39, 'x:lksndr'],
      // version 68 read "отношение" as it sounds, not as "relations"
      ['Комитет по международный отношение', 'LOC', 'x:kmt.ntrntnl.rltns', 14, 'x:kmt.ntrntnl.tnwn'],
      // version 69 read an English plural in -ies as it sounds
      ['Federation of Industries', 'LOC', 'x:fdrtn.ndstr', 15, 'x:fdrtn.ndstrs'],
      // version 83 read a body's contracted name as it sounds, not as the words of its full name
      ['Центробанк', 'LOC', 'x:bnk.sntrl', 16, 'x:cntrbnk'],
      // version 86 read the words of the region's services and an English plural such as "Forces" as they sound
      ['таможенный служба', 'LOC', 'x:kstms.srfs', 17, 'x:srfs.tmjn'],
      ['Armed Forces', 'LOC', 'x:frs.rmd', 17, 'x:frss.rm'],
      // version 90 read "ЦИК" as it sounds, not as the Central Election Commission's words
      ['ЦИК', 'LOC', 'x:kmsn.lktn.sntrl', 18, 'x:ck'],
      // version 96 read "Presidential" as it sounds, not as the president's
      ['Presidential Administration', 'LOC', 'x:dmnstrtn.prsdnt', 19, 'x:dmnstrtn.prsdntl'],
      ['Council of Presidents', 'LOC', 'x:knsl.prsdnt', 19, 'x:knsl.prsdnc'],
      // version 100 read "межправительственный" as it sounds, not as "intergovernmental"
      ['Межправительственный совет', 'LOC', 'x:knsl.ntrgfrnmntl', 20, 'x:knsl.mjprftlstfn'],
      // version 106 read "уголовный" as it sounds, not as "criminal"
      ['Уголовный суд', 'LOC', 'x:krmnl.krt', 21, 'x:glfn.krt'],
      // version 107 wrote a Russian name's particle into the surname after it ("Бинсалман")
      ['Абдель Азиз бин Салман', 'PER', 'x:slmn.bd', 22, 'x:bnslmn.bd'],
      // version 109 read the English "CEC" as it sounds, not as the Central Election Commission's words
      ['CEC', 'LOC', 'x:kmsn.lktn.sntrl', 22, 'x:sk'],
      // version 110 read "областной" as it sounds, not as "regional"
      ['Областной суд', 'LOC', 'x:krt.rgnl', 23, 'x:blstn.krt'],
      // version 115 kept an Arab name's hyphenated article and a surname's last "х" in its key
      ['Талал Ас-Сабах', 'PER', 'x:sb.tl', 24, 'x:sbg.tl'],
      ['Talal Al-Sabah', 'PER', 'x:sb.tl', 24, 'x:lsb.tl'],
      // version 119 read "страхование" and "Ministers" as they sound, not as "insurance" and "minister"
      ['Фонд страхование', 'LOC', 'x:fnd.nsrns', 25, 'x:fnd.strgfn'],
      ['Cabinet of Ministers', 'LOC', 'x:kbnt.mnstr', 25, 'x:kbnt.mnstrs'],
      // version 121 read "евразийский" as its stem, "Board" as it sounds and "High-Level" whole
      ['Евразийский хаб', 'LOC', 'x:gb.rsn', 26, 'x:frs.gb'],
      ['Board of Directors', 'LOC', 'x:drktrs.knsl', 26, 'x:drktrs.br'],
      ['High-Level Council', 'LOC', 'x:g.knsl.lfl', 26, 'x:glfl.knsl'],
      // version 123 read "деловой", "межрегиональный" and a compound of peoples' adjectives as they sound
      ['Казахстанско китайский деловой совет', 'LOC', 'x:bsns.cn.knsl.ksgstn', 27, 'x:cn.dlf.knsl.ksgstnsk'],
      ['Kazakh-Chinese Business Council', 'LOC', 'x:bsns.cn.knsl.ksgstn', 27, 'x:bsns.knsl.ksgcns'],
      [
        'Российско казахстанский межрегиональный форум',
        'LOC',
        'x:frm.ksgstn.ntrgnl.rs',
        27,
        'x:frm.ksgstn.mjrgnln.rssk',
      ],
      // so did versions before 122, which read no word translated since 122 otherwise
      ['Деловой совет', 'LOC', 'x:bsns.knsl', 26, 'x:dlf.knsl'],
      // version 125 read "акимат" as it sounds and as no common word
      ['Акимат Астана', 'LOC', 'x:kmt.stn', 28, 'x:stn.km'],
      // version 129 read "миграция" as it sounds
      ['Служба миграция', 'LOC', 'x:mgrtn.srfs', 29, 'x:mgrc.srfs'],
      // version 132 read "район" as it sounds, not as "district"
      ['Бескарагайский район', 'LOC', 'x:bskrg.dstrkt', 30, 'x:bskrg.rn'],
      // version 136 read the Kazakh "уы" as "вы"
      ['Бауыржан Омарбеков', 'PER', 'x:mrbkf.br', 31, 'x:mrbkf.bf'],
      // version 140 read "торговый" as it sounds
      ['Торговый центр', 'LOC', 'x:sntr.trd', 32, 'x:sntr.trgf'],
      // version 143 kept a pass's word in the key
      ['Torugart Pass', 'LOC', 'x:trgrt', 34, 'x:ps.tr'],
      // version 145 read "Минторговли" and "Кабмин" as they sound, not as a ministry's and a cabinet's words
      ['Минторговли', 'LOC', 'x:mnstr.trd', 35, 'x:mntrgfl'],
      ['Кабмин', 'LOC', 'x:kbnt.mnstr', 35, 'x:kbmn'],
      // and "водный" as it sounds, not as "water"
      ['Служба водный ресурс', 'LOC', 'x:ftr.rsrs.srfs', 35, 'x:fdn.rsrs.srfs'],
      // version 146 read "технология" as it sounds, not as "technology"
      ['Институт высокий технология', 'LOC', 'x:g.nsttt.tcnlg', 36, 'x:g.nsttt.tgnlg'],
      // and a place adjective in Latin letters whole, with its "-sky"
      ['Pervomaisky District Court', 'LOC', 'x:dstrkt.krt.prfm', 36, 'x:dstrkt.krt.prfmsk'],
      // version 150 read a w before a silent e, a Spanish J and -ssion as they are written
      ['Kyle Rowe', 'PER', 'x:r.kl', 37, 'x:rf.kl'],
      ['Juan Varela', 'PER', 'x:frl.gf', 37, 'x:frl.jf'],
      ['Jeff Sessions', 'PER', 'x:swns.jf', 37, 'x:ssns.jf'],
    ];
    for (const [shown, type, id, variant, oldId] of olderIds) {
      const retyped = retypedThroughOldId(shown, type, id, variant);
      expect(retyped.oldId, shown).toBe(oldId);
      expect(retyped.shown).toEqual([`${shown}|ORG|${id}`]);
    }
    expect(unknownId('PER', ['Mateo', 'Kovacic'])).toBe(unknownId('PER', ['Матео', 'Ковачич']));
    expect(retypedThroughOldId('МИД', 'LOC', 'x:frgn.mnstr', 10).oldId).toBe('x:md');
  });

  it('a later alias of the same surface takes back a reject', () => {
    const out = apply(
      { kind: 'reject', id: 'x:krd', surface: 'Akorda' },
      { kind: 'alias', id: 'x:krd', alias: 'AKORDA', lang: 'en' },
    );
    expect(view(out)).toContain('Akorda|LOC|x:krd');
  });
});

describe('aliases the reader adds', () => {
  const annotator = createAnnotator(kb, noMorphology);
  const remembered: Record<string, EntityInfo> = {
    'x:krn.yrln': { type: 'PER', name: { en: 'Yerlan Karin', ru: 'Ерлан Карин' } },
  };
  const lookupAll = (id: string) => lookup(id) ?? remembered[id];

  it('finds a knowledge-base entity by a new alias, with the entity’s names', () => {
    const corrections: EntityCorrection[] = [{ kind: 'alias', id: 'Q2', alias: 'EDB', lang: 'en' }];
    expect(view(annotator.annotate('The EDB opened an office.', 'en'))).not.toContain('EDB|ORG|Q2');
    const out = correctedAnnotate(annotator, corrections, lookupAll)('The EDB opened an office.', 'en');
    expect(out.mentions).toContainEqual(
      expect.objectContaining({
        text: 'EDB',
        id: 'Q2',
        type: 'ORG',
        name: { en: 'Eurasian Development Bank', ru: 'Евразийский банк развития' },
      }),
    );
  });

  it('finds an entity the knowledge base lacks, in the Russian case forms of a person’s alias', () => {
    const corrections: EntityCorrection[] = [{ kind: 'alias', id: 'x:krn.yrln', alias: 'Карин', lang: 'ru' }];
    const annotate = correctedAnnotate(annotator, corrections, lookupAll);
    const out = annotate('Вчера встреча с Кариным прошла в Астане.', 'ru');
    expect(out.mentions).toContainEqual(
      expect.objectContaining({
        text: 'Кариным',
        id: 'x:krn.yrln',
        type: 'PER',
        name: remembered['x:krn.yrln']?.name,
      }),
    );
  });

  it('an alias with nothing known of its entity is left out; the others still apply', () => {
    const entities = aliasEntities(
      [
        { kind: 'alias', id: 'x:nobody', alias: 'Nobody', lang: 'en' },
        { kind: 'alias', id: 'Q3', alias: 'Akmola', lang: 'en' },
        { kind: 'alias', id: 'Q3', alias: 'Tselinograd', lang: 'en' },
      ],
      (id) => kb.find((e) => e.id === id),
      lookupAll,
    );
    expect(entities.map((e) => [e.id, e.aliases.en])).toEqual([['Q3', ['Akmola', 'Tselinograd']]]);
  });

  it('later corrections apply to mentions an alias found: retyped and merged', () => {
    const corrections: EntityCorrection[] = [
      { kind: 'alias', id: 'Q2', alias: 'EDB', lang: 'en' },
      { kind: 'merge', from: 'Q2', into: 'Q3' },
    ];
    const out = correctedAnnotate(annotator, corrections, lookupAll)('The EDB opened an office.', 'en');
    expect(view(out)).toContain('EDB|LOC|Q3');
  });
});

describe('a correction on a name the knowledge base has learnt since', () => {
  const text = 'The Eurasian Development Bank opened an office in Astana.';
  const before = createAnnotator(
    kb.filter((e) => e.id !== 'Q2'),
    noMorphology,
  );
  const unknown = before.annotate(text, 'en').mentions[0];
  const corrections: EntityCorrection[] = [{ kind: 'retype', id: unknown?.id ?? '', type: 'LOC' }];

  it('applies to the known entity, whose name had that id when it was unknown', () => {
    expect(unknown?.id).toMatch(/^x:/);
    const out = correctedAnnotate(createAnnotator(kb, noMorphology), corrections, lookup)(text, 'en');
    expect(view(out)).toContain('Eurasian Development Bank|LOC|Q2');
  });

  it('applies a correction on an id the article has as it stands', () => {
    const onAstana: EntityCorrection[] = [{ kind: 'retype', id: 'Q3', type: 'ORG' }];
    const out = correctedAnnotate(createAnnotator(kb, noMorphology), onAstana, lookup)(text, 'en');
    expect(view(out)).toEqual(['Eurasian Development Bank|ORG|Q2', 'Astana|ORG|Q3']);
  });
});
