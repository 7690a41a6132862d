import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { lexiconOf } from './lexicon';

let annotator: Annotator;

beforeAll(async () => {
  const given =
    'igor sergei elizabeth tory sergio andrea jeane bob dustin lance kanye john howard caspian ann';
  const common = `the said he met with and will tory take hard look at running for says embarked on a
    wearing hat became was also march sent letter black lance wrote it veteran record scorer so
    boycott led by directors`;
  const lexicon = lexiconOf(given.split(' '), [['Moscow', 13_000_000]], common.split(/\s+/));
  annotator = await loadTestAnnotator(lexicon);
});

/** The mentions of one type in an English text, as "text|id". */
const ofType = (text: string, type: 'PER' | 'ORG' | 'LOC') =>
  annotator
    .annotate(text, 'en')
    .mentions.filter((m) => m.type === type)
    .map((m) => `${m.text}|${m.id}`);
const people = (text: string) => ofType(text, 'PER');
const bodies = (text: string) => ofType(text, 'ORG');
/** The texts alone of mentions given as "text|…". */
const textsOf = (found: readonly string[]) => found.map((m) => m.split('|')[0] ?? '');

describe('a known surname after a given name of another language', () => {
  it('reads a foreign given name and the surname as someone else’s full name', () => {
    const found = people(
      'Macedonian President Gjorge Ivanov said he would boycott the vote. Ivanov said so.',
    );
    const ivanov = found.find((m) => m.startsWith('Gjorge Ivanov|'));
    expect(found).toHaveLength(2);
    expect(ivanov).toMatch(/^Gjorge Ivanov\|x:/);
    // the surname alone then repeats him, not the known Igor Ivanov
    expect(found[1]).toBe(`Ivanov|${ivanov?.split('|')[1]}`);
  });

  it('reads a known surname after a given name and a middle name as the namesake’s, in both languages', () => {
    const [johnson] = people('The boycott was led by Rev. John Howard Johnson in Harlem.');
    expect(johnson).toMatch(/^John Howard Johnson\|x:/);
    const ru = annotator.annotate('Бойкот возглавил преподобный Джон Говард Джонсон.', 'ru').mentions;
    expect(ru.map((m) => `${m.text}|${m.id}`)).toEqual([`Джон Говард Джонсон|${johnson?.split('|')[1]}`]);
  });

  it('keeps the known person where the word before is his own given name or a post of his', () => {
    expect(people('Igor Ivanov met the press.')).toEqual(['Igor Ivanov|igor-ivanov']);
    expect(people('Minister Ivanov met the press.')).toEqual(['Ivanov|igor-ivanov']);
    // (after a place, a surname many share is someone the text does not name in full)
    expect(people('In Moscow Ivanov met the press.')).toEqual([expect.stringMatching(/^Ivanov\|x:/)]);
  });
});

describe('where a person’s name starts and ends', () => {
  const names = (text: string) => textsOf(people(text));
  it('leaves the words of a headline that capitalises every word out of names', () => {
    expect(names('Elizabeth Warren Will Take "Hard Look" At Running For President, Senator Says')).toEqual([
      'Elizabeth Warren',
    ]);
    expect(names('Kanye West Embarked on a Diatribe, Wearing a Hat')).toEqual(['Kanye West']);
    // in a sentence, a common word may be a name's ("Dustin Lance Black")
    expect(names('Dustin Lance Black wrote it.')).toEqual(['Dustin Lance Black']);
  });

  it('leaves a side, a people, a rank and letters after the name out of it', () => {
    expect(names('A veteran, Spaniard Sergio Garcia became the record scorer.')).toEqual(['Sergio Garcia']);
    expect(names('Tory Brexiteer Andrea Jenkyns was also at the march.')).toEqual(['Andrea Jenkyns']);
    expect(names('Jeane Freeman MSP sent a letter.')).toEqual(['Jeane Freeman']);
    expect(names('Det Insp Bob Blemmings said so.')).toEqual(['Bob Blemmings']);
  });

  it('starts after the body of a post named before it, whatever the given name', () => {
    // (no list holds "Maulen" or "Aibek": the post, its body, then two words of no English say it)
    expect(names('Chairman of the Senate Maulen Ashimbayev said so.')).toEqual(['Maulen Ashimbayev']);
    const text =
      'Head of the Presidential Administration Aibek Dzhumabekov met Chairman of the Management Board Nurlan Zhakupov.';
    expect(names(text)).toEqual(['Aibek Dzhumabekov', 'Nurlan Zhakupov']);
    // (the company's board after a post's "of the" is the post's, as "председатель правления" is)
    expect(textsOf(bodies(text))).toEqual(['Presidential Administration']);
    // the body's own name after its "of" stays in it
    const kazgeology = 'Chairman of the Board of Kazgeology Bagdat Mussin said so.';
    expect(textsOf(bodies(kazgeology))).toEqual(['Board of Kazgeology']);
    expect(names(kazgeology)).toEqual(['Bagdat Mussin']);
    // and so does a word of bodies' names after them
    expect(textsOf(bodies('Chairman of the Senate Foreign Relations Committee said so.'))).toEqual([
      'Senate Foreign Relations Committee',
    ]);
    // and two words of no English after a body no post is named before are its name ("Bank Rakyat"),
    // unless they are a known person's full name
    expect(names('The Board Maulen Tashimbekov said so.')).toEqual([]);
    expect(names('The Board Maulen Ashimbayev said so.')).toEqual(['Maulen Ashimbayev']);
  });
});

describe('a saint’s abbreviated title', () => {
  it('opens a place’s name, keyed as Russian spells it, and is a saint’s title before a saint', async () => {
    const lexicon = lexiconOf(['martin', 'mirren'], [['St Albans', 84_561]], ['the', 'of', 'bells']);
    const saintly = await loadTestAnnotator(lexicon);
    const found = (text: string, lang: 'en' | 'ru' = 'en') =>
      saintly.annotate(text, lang).mentions.map((m) => `${m.text}|${m.type}|${m.id}`);
    const [albans] = found('He moved to St. Albans in 1990.');
    expect(albans).toMatch(/^St\. Albans\|LOC\|x:/);
    expect(found('Он переехал в Сент-Олбанс.', 'ru')).toEqual([`Сент-Олбанс|LOC|${albans?.split('|')[2]}`]);
    // the church is named after its saint: the title itself names no one
    expect(found('In 1870 came St. Martin’s, a decade later.')).toEqual(['Martin|PER|x:mrtn']);
    // a club's name holds it, whatever given name follows
    expect(textsOf(found('Celtic beat St Mirren.'))).toContain('St Mirren');
  });
});

describe('a surname of two words joined by a hyphen, said again alone', () => {
  it('is the person named in full, in both languages', () => {
    const en = people('Tim Berners-Lee is launching a startup. In an interview, Berners-Lee joked about it.');
    expect(en).toHaveLength(2);
    expect(en[1]).toBe(`Berners-Lee|${en[0]?.split('|')[1]}`);
    const ru = annotator.annotate('Тим Бернерс-Ли запускает стартап. Бернерс-Ли пошутил.', 'ru').mentions;
    expect(ru.map((m) => `${m.text}|${m.id}`)).toEqual([
      `Тим Бернерс-Ли|${en[0]?.split('|')[1]}`,
      `Бернерс-Ли|${en[0]?.split('|')[1]}`,
    ]);
  });
});

describe('a given name of two words joined by a hyphen', () => {
  it('opens a name at the start of a sentence as inside one, with the same id', () => {
    const inside = people('The investor Kai-Fu Lee said so, and Jean-Pierre Raffarin said so too.');
    expect(textsOf(inside)).toEqual(['Kai-Fu Lee', 'Jean-Pierre Raffarin']);
    expect(people('Kai-Fu Lee said so.')).toEqual([inside[0]]);
    expect(people('It was late. Jean-Pierre Raffarin said so.')).toEqual([inside[1]]);
  });
});

describe('a body’s name that goes on after its head word', () => {
  it('goes on through "on", but not into a place or a day', () => {
    expect(bodies('The Council on Hemispheric Affairs said so.')).toEqual([
      'Council on Hemispheric Affairs|x:gmsfrk.knsl',
    ]);
    // the same key as the Russian name's, word for word ("Комитет по иностранным делам")
    const [en] = bodies('The Committee on Foreign Affairs met.');
    const [ru] = annotator.annotate('Комитет по иностранным делам одобрил.', 'ru').mentions;
    expect(en).toBe(`Committee on Foreign Affairs|${ru?.id}`);
    expect(bodies('He met the Senate on Monday in Moscow.')).toEqual(['Senate|x:snt']);
  });

  it('stops at "and" before a second body with the same head word, as Russian names two', () => {
    const en = bodies('The loans came from Aiyl Bank and Eldik Bank last year.');
    expect(textsOf(en)).toEqual(['Aiyl Bank', 'Eldik Bank']);
    const ru = annotator.annotate('Кредиты выдали Айыл Банк и Элдик Банк.', 'ru').mentions;
    expect(ru.map((m) => `${m.text}|${m.type}|${m.id}`)).toEqual([
      `Айыл Банк|ORG|${en[0]?.split('|')[1]}`,
      `Элдик Банк|ORG|${en[1]?.split('|')[1]}`,
    ]);
    expect(textsOf(bodies('The Ministry of Energy and Ministry of Finance agreed.'))).toEqual([
      'Ministry of Energy',
      'Ministry of Finance',
    ]);
    // (a body's fields joined by "and" stay one name)
    expect(textsOf(bodies('The Ministry of Trade and Integration agreed.'))).toEqual([
      'Ministry of Trade and Integration',
    ]);
  });

  it('goes on over "and" to a body’s head word, before a legal form and after a given name', () => {
    expect(textsOf(bodies('Kazakhstan Oil and Gas Company LLP signed it.'))).toEqual([
      'Kazakhstan Oil and Gas Company',
    ]);
    // ("Caspian" is a given name too, which ends a person's name before "and")
    expect(textsOf(bodies('He joined Caspian Oil and Gas Company last year.'))).toEqual([
      'Caspian Oil and Gas Company',
    ]);
    expect(textsOf(people('He met Ann Chiang and John Smith there.'))).toEqual(['Ann Chiang', 'John Smith']);
  });

  it('stops before a known body after "of" where common words name a unit of it', () => {
    // ("Board of Directors", "Board": the unit; Gazprom and Samruk-Kazyna keep their ids, as after "of the")
    expect(textsOf(bodies('The Board of Gazprom met.'))).toEqual(['Board', 'Gazprom']);
    expect(bodies('The Board of Directors of Samruk-Kazyna met.').at(-1)).toBe('Samruk-Kazyna|Q4407014');
    // a place after "of" still closes the body's name
    expect(textsOf(bodies('The Ministry of Defence of Kazakhstan met.'))).toEqual([
      'Ministry of Defence of Kazakhstan',
    ]);
  });

  it('does not go on through "on" into a place the lexicon knows', async () => {
    const lexicon = lexiconOf([], [['Capitol Hill', 1000]], ['he', 'met', 'the', 'on']);
    const hill = await loadTestAnnotator(lexicon);
    const found = hill.annotate('He met the Senate on Capitol Hill.', 'en').mentions;
    expect(found.map((m) => `${m.text}|${m.type}`)).toEqual(['Senate|ORG', 'Capitol Hill|LOC']);
  });

  it('goes on through "of the" before a known place, keyed as Russian names the body', () => {
    const [en] = bodies('He visited the Embassy of the United States in Astana.');
    const [ru] = annotator.annotate('Посольство США в Астане заявило.', 'ru').mentions;
    expect(en).toBe(`Embassy of the United States|${ru?.id}`);
    // (no other word after the article: "the Bank of the Philippines" is not read so far)
    expect(textsOf(bodies('He met the Court of the Queen.'))).toEqual(['Court']);
    // a name of two words before "of the" too, with the Russian name's id where the body is known
    expect(textsOf(bodies('The Higher Court of the Republic of Kazakhstan ruled.'))).toEqual([
      'Higher Court of the Republic of Kazakhstan',
    ]);
    const [court] = annotator.annotate('Конституционный суд Республики Казахстан постановил.', 'ru').mentions;
    expect(bodies('The Constitutional Court of the Republic of Kazakhstan ruled.')).toEqual([
      `Constitutional Court of the Republic of Kazakhstan|${court?.id}`,
    ]);
  });

  it('goes on through the possessive of a plural noun the name holds, keyed as the Russian name', () => {
    const [en] = bodies('He met the People’s Bank of China in Beijing.');
    const [ru] = annotator.annotate('Народный банк Китая снизил ставку.', 'ru').mentions;
    expect(en).toBe(`People’s Bank of China|${ru?.id}`);
    // a longer name of its own, not the known body its last words name (which its key holds)
    expect(bodies("The Women's National Basketball Association said so.")).toEqual([
      `Women's National Basketball Association|x:Q155223.fmn`,
    ]);
    expect(bodies("He spoke at the Department of Veterans' Affairs.")).toEqual([
      `Department of Veterans' Affairs|x:dprtmnt.ftrns`,
    ]);
    // any other word's possessive stays outside the name after it
    const texts = textsOf(bodies("The Council's Hemispheric Affairs Office said so."));
    expect(texts).toEqual(['Council', 'Hemispheric Affairs Office']);
  });

  it('is no known body by the case form that ends that body’s Russian name', () => {
    // "Группа Всемирного банка": "банка" ends one of the World Bank's names, but "the Bank" is no name of it
    const [bank] = bodies('He spoke at the Bank yesterday.');
    expect(bank).toBe('Bank|x:bnk');
  });
});

describe('a headline in title case', () => {
  it('reads its capitalised prepositions, connectors and verb forms as the lower-case words they are', async () => {
    const common = `the of with as and signs deal french energy giant hosts growing interest reports
      profit rates rise tsunami toll soar above international forum arrives talks issues statement
      court rules appeal italian union moves toward common gas markets`;
    const lexicon = lexiconOf(['amid'], [], common.split(/\s+/));
    const headlines = await loadTestAnnotator(lexicon);
    const found = (text: string) =>
      headlines.annotate(text, 'en').mentions.map((m) => `${m.text}|${m.type}|${m.id}`);
    expect(found('Samruk-Kazyna Signs Deal With French Energy Giant TotalEnergies')).toEqual([
      'Samruk-Kazyna|ORG|Q4407014',
      'TotalEnergies|ORG|totalenergies',
    ]);
    expect(textsOf(found('Kazakhstan Hosts Astana International Forum Amid Growing Interest'))).toEqual([
      'Kazakhstan',
      'Astana International Forum',
    ]);
    expect(textsOf(found('Tokayev Arrives In Beijing For Talks'))).toEqual(['Tokayev', 'Beijing']);
    expect(found('Ministry Of Foreign Affairs Of Kazakhstan Issues Statement')).toEqual([
      'Ministry Of Foreign Affairs Of Kazakhstan|ORG|mfa-kz',
    ]);
    expect(textsOf(found('Indonesia Tsunami Toll Soars Above 800'))).toEqual(['Indonesia']);
    // (a verb after the name may still stay in it: "Court Of Cassation Rules")
    const court = textsOf(found('Italian Court Of Cassation Rules On Appeal'));
    expect(court.some((name) => name.includes('Court Of Cassation'))).toBe(true);
    expect(court.some((name) => name.includes('Appeal'))).toBe(false);
    // in a sentence, the same words are what they are
    expect(textsOf(found('Shares of Toll Soars Inc fell.'))).toContain('Toll Soars');
    // a verb after a body's head word alone is no part of a name ("Court Rules", "Union Moves")
    expect(textsOf(found('Supreme Court Rules On Appeal'))).toEqual(['Supreme Court']);
    expect(textsOf(found('Tokayev Arrives In Minsk As Union Moves Toward Common Gas Markets'))).toEqual([
      'Tokayev',
      'Minsk',
    ]);
  });
});

describe('a body named "… of" a place or a field', () => {
  it('is found whole at the start of a sentence too', () => {
    const names = textsOf(bodies('Bank of England raised rates. University of Texas said so.'));
    expect(names).toEqual(['Bank of England', 'University of Texas']);
  });

  it('is found whole at the start of a headline in title case, with "Of" capitalised', () => {
    expect(textsOf(bodies('Bank Of America Reports Profit As Rates Rise'))).toEqual(['Bank Of America']);
  });
});

describe('words before a name that say what it is', () => {
  const places = (text: string) => textsOf(ofType(text, 'LOC'));
  it('a lower-case word for a kind of place before "of" makes the name a place', () => {
    expect(places('The tsunami hit the island of Sulawesi and the city of Palu.')).toEqual([
      'Sulawesi',
      'Palu',
    ]);
  });

  it('an abbreviated military rank is a title, not part of the name', () => {
    expect(people('Lt Col Vann was killed in the attack.')).toEqual(['Vann|x:fn']);
  });
});

describe('a document’s name and a landform’s', () => {
  const all = (text: string) => annotator.annotate(text, 'en').mentions.map((m) => `${m.text}|${m.type}`);

  it('marks no document, only a place its name holds', () => {
    expect(all('The leaders signed the Gabala Declaration on Friday.')).toEqual(['Gabala|LOC']);
    expect(all('The leaders signed the Kyzart Declaration on Friday.')).toEqual([]);
    expect(textsOf(all('He cited the Treaty of Versailles.'))).not.toContain('Treaty of Versailles');
    expect(all('He cited the Astana Declaration.')).toEqual(['Astana|LOC']);
    // (a word of a document's first in a company's name is the company's)
    expect(all('Charter Holdings fell.')).toEqual(['Charter Holdings|ORG']);
  });

  it('reads a pass, a peak, a basin or a delta as a place', () => {
    expect(all('Trade through the Kyzart Pass grew.')).toEqual(['Kyzart Pass|LOC']);
    expect(all('Climbers reached Talgar Peak.')).toEqual(['Talgar Peak|LOC']);
    expect(all('Oil from the Tarim Basin flows to the Volga Delta.')).toEqual([
      'Tarim Basin|LOC',
      'Volga Delta|LOC',
    ]);
  });
});
