import { describe, expect, it } from 'vitest';
import { alignTexts, type AlignLink } from './align';
import { presplit } from './presplit';
import type { AlignSide } from './sentence-anchors';

// A hand-written report and its translation (one sentence per line), with no annotator: numbers,
// capitalised names, cognates, punctuation and lengths are the only anchors.
const en = [
  'Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Astana on 14 March 2024.',
  'The leaders discussed trade, water and energy.',
  'Trade between the two countries grew by 12.5% last year and reached $4.2 billion.',
  '"We are ready to double this figure by 2030," Tokayev said.',
  'Mirziyoyev thanked his host for the warm welcome and invited him to Samarkand.',
  'The sides signed 15 agreements worth $1.8 billion.',
  'They also agreed to open a new border crossing near Saryagash.',
  'The next meeting will take place in Tashkent in the autumn.',
];
const ru = [
  'Президент Казахстана Касым-Жомарт Токаев встретился с президентом Узбекистана Шавкатом Мирзиёевым в Астане 14 марта 2024 года.',
  'Лидеры обсудили торговлю, водные ресурсы и энергетику.',
  'Товарооборот между двумя странами за прошлый год вырос на 12,5% и достиг 4,2 млрд долларов.',
  '«Мы готовы удвоить эту цифру к 2030 году», — сказал Токаев.',
  'Мирзиёев поблагодарил хозяина за тёплый приём и пригласил его в Самарканд.',
  'Стороны подписали 15 соглашений на сумму 1,8 млрд долларов.',
  'Они также договорились открыть новый пункт пропуска на границе возле Сарыагаша.',
  'Следующая встреча пройдёт в Ташкенте осенью.',
];

function side(lines: readonly string[], lang: 'en' | 'ru'): AlignSide {
  const text = lines.join('\n');
  return { text, lang, ...presplit(text) };
}

const pairs = (links: readonly AlignLink[]) =>
  links.filter((l) => l.a.length > 0 && l.b.length > 0).map((l) => `${l.a.join('+')}:${l.b.join('+')}`);

describe('alignTexts', () => {
  it('links a translation one to one, with confidence, reading it as a translation', () => {
    const result = alignTexts(side(en, 'en'), side(ru, 'ru'));
    expect(result.mode).toBe('translation');
    expect(pairs(result.links)).toEqual(en.map((_, i) => `${i}:${i}`));
    for (const link of result.links) expect(link.score).toBeGreaterThan(0.5);
    expect(result.ratio).toBeGreaterThan(1);
  });

  it('finds 1:2 and 2:1 links where sentences were joined on one side', () => {
    const joinedEn = [en[0], `${en[1]} ${en[2]}`, ...en.slice(3)] as string[];
    const joinedRu = [...ru.slice(0, 4), `${ru[4]} ${ru[5]}`, ...ru.slice(6)] as string[];
    const result = alignTexts(side(joinedEn, 'en'), side(joinedRu, 'ru'));
    expect(pairs(result.links)).toEqual(['0:0', '1:1+2', '2:3', '3+4:4', '5:5', '6:6']);
  });

  it('leaves a sentence without counterpart unlinked instead of forcing it', () => {
    const withoutOne = ru.filter((_, i) => i !== 4);
    const result = alignTexts(side(en, 'en'), side(withoutOne, 'ru'));
    expect(pairs(result.links)).toEqual(['0:0', '1:1', '2:2', '3:3', '5:4', '6:5', '7:6']);
    expect(result.links).toContainEqual({ a: [4], b: [], score: 0 });
  });

  it('covers every sentence of both sides exactly once, in order', () => {
    const result = alignTexts(side(en.slice(0, 6), 'en'), side(ru, 'ru'));
    expect(result.links.flatMap((l) => l.a)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.links.flatMap((l) => l.b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('links only what two independent reports share', () => {
    const report = [
      'Uzbekistan’s leader arrived in the Kazakh capital on Thursday morning after a short flight.',
      'Heavy snow fell over the city overnight, and several roads were closed for hours.',
      'Officials said trade grew by 12.5% last year to $4.2 billion.',
      'Analysts expect the water dispute to dominate regional politics for years.',
      'A concert of folk music closed the day in the old opera house.',
    ];
    const result = alignTexts(side(ru, 'ru'), side(report, 'en'));
    expect(result.mode).toBe('comparable');
    expect(pairs(result.links)).toEqual(['2:2']);
  });

  it('links nothing between unrelated texts of similar shape', () => {
    const unrelated = [
      'The museum reopened after a long renovation of its main hall.',
      'Visitors queued for an hour to see the new exhibition.',
      'The collection includes paintings from the nineteenth century.',
      'Tickets are cheaper for students and pensioners.',
      'The café on the top floor offers a view of the river.',
      'Guided tours are held every weekend in three languages.',
      'The curator plans to lend several works to other cities.',
      'The building itself was designed by a local architect.',
    ];
    const result = alignTexts(side(ru, 'ru'), side(unrelated, 'en'));
    expect(pairs(result.links)).toEqual([]);
  });

  it('forced into the translation reading, still aligns; forced into the strict one, links only anchors', () => {
    const strict = alignTexts(side(en, 'en'), side(ru, 'ru'), { mode: 'comparable' });
    expect(strict.mode).toBe('comparable');
    const linked = pairs(strict.links);
    expect(linked.length).toBeGreaterThan(2);
    expect(linked.every((p) => /^(\d+):\1$/u.test(p))).toBe(true);
    const lenient = alignTexts(side(en, 'en'), side(ru, 'ru'), { mode: 'translation' });
    expect(pairs(lenient.links)).toHaveLength(8);
  });

  it('links paragraphs through their sentences', () => {
    const a = side([en[0], en[1], '', en[2], en[3]] as string[], 'en');
    const b = side([ru[0], '', ru[1], '', ru[2], ru[3]] as string[], 'ru');
    const result = alignTexts(a, b, { mode: 'translation' });
    expect(result.paragraphLinks.map((p) => `${p.a.join('+')}:${p.b.join('+')}`)).toEqual(['0:0+1', '1:2']);
  });

  it('handles empty sides', () => {
    expect(alignTexts(side([], 'en'), side([], 'ru')).links).toEqual([]);
    expect(alignTexts(side(en, 'en'), side([], 'ru')).links).toHaveLength(en.length);
  });
});
