import { beforeAll, describe, expect, it } from 'vitest';
import { loadKb } from '../../node/kb';
import { loadMorphology } from '../../node/morphology';
import { testResources } from '../../node/test-annotator';
import { createAnnotator, type Annotator } from './annotator';
import type { KbEntity } from './kb-schema';
import { lexiconOf } from './lexicon';
import type { RecognizeOptions } from './recognize-options';

let kb: KbEntity[];
let annotator: Annotator;
let withLexicon: Annotator;

beforeAll(async () => {
  kb = await loadKb(testResources);
  const morph = await loadMorphology();
  annotator = createAnnotator(kb, morph);
  withLexicon = createAnnotator(
    kb,
    morph,
    lexiconOf(
      ['john', 'charles', 'ahmed', 'irving', 'houston'],
      [
        ['Houston', 2_300_000],
        ['Irving', 240_000],
        ['Texas', 1_000_000],
      ],
    ),
  );
});

const read = (a: Annotator, text: string, lang: 'ru' | 'en' | 'kk', options?: RecognizeOptions) =>
  a.annotate(text, lang, options).mentions.map((m) => `${m.text}|${m.type}`);
const idOf = (text: string, lang: 'ru' | 'en' | 'kk', surface: string) =>
  annotator.annotate(text, lang).mentions.find((m) => m.text === surface)?.id;
const slug = (s: string) => kb.find((e) => e.slug === s)?.id;

describe('nested mentions and corpus conventions, on request only', () => {
  const text = 'Следственный комитет Армении и полиция сообщили о британской компании.';

  it('the app marks names, flat', () => {
    expect(read(annotator, text, 'ru')).toEqual(['Следственный комитет Армении|ORG']);
  });

  it('nested: the country inside the organisation’s name, and the organisation without it', () => {
    expect(read(annotator, text, 'ru', { nested: true })).toEqual([
      'Следственный комитет Армении|ORG',
      'Следственный комитет|ORG',
      'Армении|LOC',
    ]);
    // a Latin name keeps the place after its "of"; a known name in quotes is whole
    const bank =
      'Банк купил доли в американском отделении Bank of East Asia и в агентстве «Голос Америки» вчера.';
    expect(read(annotator, bank, 'ru', { placeOutsideOrg: true, nested: true })).toEqual([
      'Bank of East Asia|ORG',
      'East Asia|LOC',
      'Голос Америки|ORG',
      'Америки|LOC',
    ]);
  });

  it('NEREL’s convention adds common-noun organisations and adjectives of places', () => {
    expect(
      read(annotator, text, 'ru', { nested: true, commonNounOrgs: true, placeAdjectives: true }),
    ).toEqual([
      'Следственный комитет Армении|ORG',
      'Следственный комитет|ORG',
      'Армении|LOC',
      'полиция|ORG',
      'британской|LOC',
    ]);
  });

  it('factRuEval’s convention ends an organisation’s name before its country', () => {
    expect(read(annotator, text, 'ru', { placeOutsideOrg: true })).toEqual([
      'Следственный комитет|ORG',
      'Армении|LOC',
    ]);
    // a known body too, and it keeps its id; a title's place («Голос Америки», Единая Россия) stays
    const known = 'Глава МИД РФ и партия Единая Россия дали интервью «Голосу Америки».';
    const found = annotator.annotate(known, 'ru', { placeOutsideOrg: true }).mentions;
    expect(found.map((m) => `${m.text}|${m.type}`)).toEqual([
      'МИД|ORG',
      'РФ|LOC',
      'Единая Россия|ORG',
      'Голосу Америки|ORG',
    ]);
    expect(found[0]?.id).toBe(annotator.annotate(known, 'ru').mentions[0]?.id);
    // unquoted too, where the words before the place are a title, not what the body is
    const titled = 'Корреспондент Голоса Америки спросил Госдепартамент США.';
    expect(read(annotator, titled, 'ru', { placeOutsideOrg: true })).toEqual([
      'Голоса Америки|ORG',
      'Госдепартамент|ORG',
      'США|LOC',
    ]);
    // an unknown quoted name keeps its place too
    expect(read(annotator, 'Победила партия «Путь Грузии».', 'ru', { placeOutsideOrg: true })).toEqual([
      'Путь Грузии|ORG',
    ]);
  });

  it('factRuEval’s convention counts the Internet an organisation; the app leaves it unmarked', () => {
    const text = 'Он писал в Интернете и на интернет-форуме, а Интернет страница закрылась.';
    expect(read(annotator, text, 'ru', { internetAsOrg: true })).toEqual(['Интернете|ORG', 'Интернет|ORG']);
    expect(read(annotator, text, 'ru')).toEqual([]);
  });

  it('factRuEval’s convention leaves an agency’s prefix outside its name, which keeps its id', () => {
    const text = 'Об этом сообщают РИА «Новости» и ИА Regnum.';
    const app = annotator.annotate(text, 'ru').mentions;
    expect(app.map((m) => m.text)).toEqual(['РИА «Новости»', 'ИА Regnum']);
    const fact = annotator.annotate(text, 'ru', { prefixOutsideOrg: true }).mentions;
    expect(fact.map((m) => `${m.text}|${m.type}`)).toEqual(['Новости|ORG', 'Regnum|ORG']);
    expect(fact.map((m) => m.id)).toEqual(app.map((m) => m.id));
  });

  it('nested, a known body without its place is a body only if a word for one heads what is left', () => {
    const text = 'Он сказал Голосу Америки, что Верховный суд Испании и Минобороны России молчат.';
    expect(read(annotator, text, 'ru', { nested: true })).toEqual([
      'Голосу Америки|ORG',
      'Америки|LOC',
      'Верховный суд Испании|ORG',
      'Верховный суд|ORG',
      'Испании|LOC',
      'Минобороны России|ORG',
      'Минобороны|ORG',
      'России|LOC',
    ]);
  });

  it('nested, a known body without its country or the body it belongs to is a body, by an acronym too', () => {
    const text =
      'Суда перехватили ВМС США. Резолюцию принял Совет Безопасности ООН. Он из Института языкознания АН СССР.';
    expect(read(annotator, text, 'ru', { nested: true })).toEqual([
      'ВМС США|ORG',
      'ВМС|ORG',
      'США|LOC',
      'Совет Безопасности ООН|ORG',
      'Совет Безопасности|ORG',
      'ООН|ORG',
      'Института языкознания АН СССР|ORG',
      'АН СССР|ORG',
    ]);
  });

  it('NEREL’s convention marks the authorities only with their country', () => {
    const text = 'Власти Перу молчат, канадские власти ответили, а власти не реагируют.';
    expect(read(annotator, text, 'ru', { commonNounOrgs: true, placeAdjectives: true })).toEqual([
      'Власти Перу|ORG',
      'канадские власти|ORG',
    ]);
    // nested, the authorities are not marked again without their country
    const nested = { nested: true, commonNounOrgs: true, placeAdjectives: true };
    expect(read(annotator, 'Власти Перу молчат.', 'ru', nested)).toEqual(['Власти Перу|ORG', 'Перу|LOC']);
  });

  it('NEREL’s convention marks an embassy or a team by a common noun only with its owner', () => {
    const text = 'Сборная Португалии пришла в посольство, а посольство России и администрация молчат.';
    expect(read(annotator, text, 'ru', { commonNounOrgs: true, placeAdjectives: true })).toEqual([
      'Сборная Португалии|ORG',
      'посольство России|ORG',
    ]);
  });

  it('NEREL’s convention reads a team in any case, and not its head alone inside it', () => {
    // az reads "сборной" as the adjective "сборный"; with no noun after it, it is the team
    const text = 'Игрок сборной России перешёл в португальскую сборную, а сборный пункт закрыт.';
    expect(
      read(annotator, text, 'ru', { nested: true, commonNounOrgs: true, placeAdjectives: true }),
    ).toEqual(['сборной России|ORG', 'России|LOC', 'португальскую сборную|ORG', 'португальскую|LOC']);
  });

  it('NEREL’s convention marks a government again inside its longer name, and military police whole', () => {
    const text = 'На армянское правительство обрушились, а военная полиция и московский суд молчат.';
    expect(
      read(annotator, text, 'ru', { nested: true, commonNounOrgs: true, placeAdjectives: true }),
    ).toEqual([
      'армянское правительство|ORG',
      'армянское|LOC',
      'правительство|ORG',
      'военная полиция|ORG',
      'московский суд|ORG',
      'московский|LOC',
    ]);
  });

  it('NEREL’s convention marks a court or an army by a common noun only after an adjective of a place', () => {
    const text = 'Он подал в суд Москвы, московский суд отказал, а армия и израильская армия молчат.';
    expect(read(annotator, text, 'ru', { commonNounOrgs: true, placeAdjectives: true })).toEqual([
      'Москвы|LOC',
      'московский суд|ORG',
      'израильская армия|ORG',
    ]);
  });

  it('NEREL’s convention marks a unit by a common noun with the body named after it, and again', () => {
    const nerel = { nested: true, chainedOrgs: true };
    const text = 'Он окончил русское отделение филологического факультета МГУ в 1952 году.';
    expect(read(annotator, text, 'ru', nerel)).toEqual([
      'русское отделение филологического факультета МГУ|ORG',
      'филологического факультета МГУ|ORG',
      'МГУ|ORG',
    ]);
    expect(read(annotator, text, 'ru')).toEqual(['МГУ|ORG']);
    // a capitalised name holds its unit already; a common-noun body names no unit
    const named = 'Дело возбудило Следственное управление Следственного комитета Армении.';
    expect(read(annotator, named, 'ru', nerel)).not.toContain(
      'управление Следственного комитета Армении|ORG',
    );
    // a head joined by a hyphen, at the start of a sentence or after a word that only opens one
    const press = 'Все молчали. Пресс-служба Газпрома промолчала. Сегодня пресс-служба МВД заявила о том.';
    expect(read(annotator, press, 'ru', nerel)).toEqual([
      'Пресс-служба Газпрома|ORG',
      'Газпрома|ORG',
      'пресс-служба МВД|ORG',
      'МВД|ORG',
    ]);
    // a board, named by whom it gathers
    expect(read(annotator, 'Сделку одобрил совет директоров «Газпрома».', 'ru', nerel)).toEqual([
      'совет директоров «Газпрома»|ORG',
      'Газпрома|ORG',
    ]);
  });

  it('NEREL’s convention also marks a body named as part of another around both', () => {
    const text = 'Он председатель Постоянного комитета Всекитайского собрания народных представителей.';
    expect(read(annotator, text, 'ru', { nested: true, chainedOrgs: true })).toEqual([
      'Постоянного комитета Всекитайского собрания народных представителей|ORG',
      'Всекитайского собрания народных представителей|ORG',
    ]);
    expect(read(annotator, text, 'ru')).toEqual([
      'Постоянного комитета|ORG',
      'Всекитайского собрания народных представителей|ORG',
    ]);
  });

  it('NEREL’s convention marks a body with the place after it around both, and keeps its own id', () => {
    const nerel = { nested: true, chainedOrgs: true, commonNounOrgs: true };
    const text =
      'Депутат Госдумы РФ встретился с начальником полиции Западного административного округа Москвы.';
    const found = read(annotator, text, 'ru', nerel);
    expect(found).toContain('Госдумы РФ|ORG');
    expect(found).toContain('Госдумы|ORG');
    expect(found).toContain('полиции Западного административного округа Москвы|ORG');
    expect(read(annotator, text, 'ru')).not.toContain('Госдумы РФ|ORG');
    const ids = (t: string) => annotator.annotate(t, 'ru', nerel).mentions.map((m) => `${m.text}|${m.id}`);
    const duma = idOf('Депутат Госдумы встретился.', 'ru', 'Госдумы');
    expect(ids(text)).toContain(`Госдумы РФ|${duma}`);
    // another country's ministry is not the Russian one
    const mvd = idOf('Это сообщило МВД.', 'ru', 'МВД');
    const kyrgyz = ids('Это сообщило МВД Киргизии.').find((m) => m.startsWith('МВД Киргизии|'));
    expect(kyrgyz).toBeDefined();
    expect(kyrgyz).not.toBe(`МВД Киргизии|${mvd}`);
  });

  it('NEREL’s convention takes a legal form and the quotes into the name', () => {
    const text = 'Он возглавил компанию ООО «МНКТ» в мае.';
    expect(read(annotator, text, 'ru', { legalFormInOrg: true })).toEqual(['ООО «МНКТ»|ORG']);
    expect(read(annotator, text, 'ru')).toEqual(['МНКТ|ORG']);
  });

  it('a sports club’s prefix stands before its quoted name as a legal form does', () => {
    const text = 'Место занял ФК "Тамбов", а ХК «Барыс» проиграл.';
    expect(read(annotator, text, 'ru')).toEqual(['Тамбов|ORG', 'Барыс|ORG']);
    expect(read(annotator, text, 'ru', { legalFormInOrg: true })).toEqual([
      'ФК "Тамбов"|ORG',
      'ХК «Барыс»|ORG',
    ]);
  });

  it('nested: a known body’s quoted name after its legal form counts inside the name with the form', () => {
    const text = 'Вчера ФК «Спартак» и ПАО «Газпром» подписали договор.';
    expect(read(annotator, text, 'ru', { legalFormInOrg: true, nested: true })).toEqual([
      'ФК «Спартак»|ORG',
      'Спартак|ORG',
      'ПАО «Газпром»|ORG',
      'Газпром|ORG',
    ]);
  });

  it('nested: a known body whose name begins with a known place holds the place', () => {
    expect(read(annotator, 'The US State Department thanked France-Presse.', 'en', { nested: true })).toEqual(
      ['US State Department|ORG', 'US|LOC', 'France-Presse|ORG'],
    );
    expect(read(annotator, 'Johnson Space Center staff left.', 'en', { nested: true })).not.toContain(
      'Johnson|PER',
    );
  });

  it('nested: a name in quotes keeps its place, and the rest of the title is no body', () => {
    expect(read(annotator, 'Главред радио «Эхо Москвы» сообщил об этом.', 'ru', { nested: true })).toEqual([
      'Эхо Москвы|ORG',
      'Москвы|LOC',
    ]);
    const party = 'Он основал партию «Движение за развитие Мали» в 2011 году.';
    expect(read(annotator, party, 'ru', { nested: true })).toEqual([
      'Движение за развитие Мали|ORG',
      'Мали|LOC',
    ]);
  });

  it('GUM’s convention: in a match report a country that plays is its team; the app keeps the place', () => {
    const report =
      'Group F — Sweden 1 – 0 Korea Republic. Sweden faced South Korea at the stadium in Sochi. ' +
      'The referee gave a penalty and the goal came late. Group G — Belgium 3 – 0 Panama, a match in Russia.';
    const teams = read(annotator, report, 'en', { teamsAsOrgs: true });
    expect(teams).toContain('Sweden|ORG');
    expect(teams).toContain('South Korea|ORG');
    expect(teams).toContain('Sochi|LOC');
    expect(teams).toContain('Russia|LOC');
    expect(read(annotator, report, 'en')).toContain('Sweden|LOC');
    // no scores, no game: a country is a place
    expect(
      read(annotator, 'Sweden faced a penalty from the EU over its goal.', 'en', { teamsAsOrgs: true }),
    ).toEqual(['Sweden|LOC', 'EU|ORG']);
  });

  it('GUM’s convention: in a match report a people that plays, by its plural, is its team', () => {
    const report =
      'Group G — Belgium 3 – 0 Panama. The goal put the Belgians in the lead, and the referee ' +
      'saw the match end 3 – 0.';
    const options = { teamsAsOrgs: true, titlesAndGroups: true };
    expect(read(annotator, report, 'en', options)).toContain('Belgians|ORG');
    expect(read(annotator, 'The Belgians voted on Sunday.', 'en', options)).toEqual(['Belgians|PER']);
  });

  it('GUM’s convention: a post alone and a group by a capitalised plural are persons', () => {
    const text =
      'As Governor, he met the Americans. The President spoke. Governor John Smith left, and a Professor stayed.';
    expect(read(withLexicon, text, 'en', { titlesAndGroups: true })).toEqual([
      'Governor|PER',
      'Americans|PER',
      'President|PER',
      'John Smith|PER',
    ]);
    expect(read(withLexicon, text, 'en')).toEqual(['John Smith|PER']);
  });

  it('factRuEval’s convention takes a place adjective into the body’s name, nested', () => {
    const fact = { nested: true, placeOutsideOrg: true, placeAdjectiveInOrg: true };
    expect(read(annotator, 'Глава японского МИДа прилетел.', 'ru', fact)).toEqual([
      'японского МИДа|ORG',
      'МИДа|ORG',
    ]);
    expect(read(annotator, 'Глава японского МИДа прилетел.', 'ru')).toEqual(['МИДа|ORG']);
  });
});

describe('names the knowledge base does not hold', () => {
  it('a known surname after another given name is a namesake, not the known person', () => {
    const id = idOf('Вчера Тимур Шаймиев выступил в Казани.', 'ru', 'Тимур Шаймиев');
    expect(id).toMatch(/^x:/);
    expect(idOf('Вчера Шаймиев выступил в Казани.', 'ru', 'Шаймиев')).toBe(slug('shaimiev') ?? id);
  });

  it('reads Kazakh case endings of known names', () => {
    const text = 'Қасым-Жомарт Тоқаевтың сөзі. Президент Астанаға келді, Тоқаевпен сөйлесті.';
    const found = annotator.annotate(text, 'kk').mentions.map((m) => `${m.text}|${m.id}`);
    expect(found).toContain(`Қасым-Жомарт Тоқаевтың|${slug('tokayev')}`);
    expect(found).toContain(`Тоқаевпен|${slug('tokayev')}`);
    expect(found.some((f) => f.startsWith('Астанаға|'))).toBe(true);
  });

  it('English: given names make persons, cities and states places, a given-name town a place only in context', () => {
    const text =
      'NASA Administrator Charles Bolden met Ahmed in Houston. The boy lives in Irving, Texas, and Irving Kahn wrote.';
    expect(read(withLexicon, text, 'en')).toEqual([
      'NASA|ORG',
      'Charles Bolden|PER',
      'Ahmed|PER',
      'Houston|LOC',
      'Irving|LOC',
      'Texas|LOC',
      'Irving Kahn|PER',
    ]);
  });

  it('without word lists two capitalised words still read as a person', () => {
    expect(read(annotator, 'Yesterday Talgat Ospanbekov spoke.', 'en')).toEqual(['Talgat Ospanbekov|PER']);
  });
});
