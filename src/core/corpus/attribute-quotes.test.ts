import { describe, expect, it } from 'vitest';
import { attributeQuotes } from './attribute-quotes';
import { findPeople } from './find-people';
import { findQuoteSpans } from './find-quote-spans';
import { splitParagraphs } from './split-paragraphs';

function speakers(text: string): [string, string | null][] {
  const paragraphs = splitParagraphs(text);
  const quotes = attributeQuotes(
    text,
    findQuoteSpans(text, paragraphs, new Set()),
    paragraphs,
    findPeople(text),
  );
  return quotes.map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('attributeQuotes', () => {
  it('resolves a surname to the fullest name in the article', () => {
    expect(
      speakers('Kazakh President Kassym-Jomart Tokayev met guests.\n\n“We are ready,” said Tokayev.'),
    ).toEqual([['We are ready', 'Kassym-Jomart Tokayev']]);
    expect(speakers('Premier Mikhail Mishustin came.\n\n“We cooperate,” Mishustin said.')).toEqual([
      ['We cooperate', 'Mikhail Mishustin'],
    ]);
  });

  it('resolves descriptions to the last person introduced with a fitting role', () => {
    const text =
      'Kazakh President Kassym-Jomart Tokayev received Head of Tatarstan Rustam Minnikhanov.\n\n' +
      '“Thanks a lot for your time,” said the Tatar President.\n\n' +
      '“Welcome,” the President of Kazakhstan said.';
    expect(speakers(text)).toEqual([
      ['Thanks a lot for your time', 'Rustam Minnikhanov'],
      ['Welcome', 'Kassym-Jomart Tokayev'],
    ]);
  });

  it('resolves "he" to the last speaker, or to a person made the subject since', () => {
    const intro = 'Prime Minister of Russia Mikhail Mishustin and President Vladimir Putin spoke.\n\n';
    const kept = `${intro}«Growth is good,» said Mishustin.\n\nThe premier smiled.\n\n«And it will go on,» he said.`;
    expect(speakers(kept).map(([, s]) => s)).toEqual(['Mikhail Mishustin', 'Mikhail Mishustin']);
    const moved = `${intro}«Growth is good,» said Mishustin.\n\nPutin listened.\n\n«And it will go on,» he said.`;
    expect(speakers(moved).map(([, s]) => s)).toEqual(['Mikhail Mishustin', 'Vladimir Putin']);
    const far = `${intro}«Growth is good,» said Mishustin.\n\nPutin listened.\n\nThe talks went on.\n\n«Yes,» he said.`;
    expect(speakers(far).map(([, s]) => s)).toEqual(['Mikhail Mishustin', 'Mikhail Mishustin']);
  });

  it('reads Russian reporting clauses after a dash and before a colon', () => {
    const text =
      'Президент Казахстана Касым-Жомарт Токаев провел встречу.\n\n«Мы рады гостям», — заявил Токаев.\n\n' +
      'Токаев также сказал: «Проекты идут хорошо».';
    expect(speakers(text)).toEqual([
      ['Мы рады гостям', 'Касым-Жомарт Токаев'],
      ['Проекты идут хорошо', 'Касым-Жомарт Токаев'],
    ]);
  });

  it('gives interview answers to the person on the speaker line', () => {
    const text = 'Рустам Минниханов, Президент Республики Татарстан:\n\n- Заложена очень солидная база.';
    expect(speakers(text)).toEqual([['Заложена очень солидная база.', 'Рустам Минниханов']]);
  });

  it('does not give a quote to someone named only as a complement', () => {
    const text = 'Барак Обама купил дом.\n\n«Это имело смысл», — сообщил представитель Обамы.';
    expect(speakers(text)).toEqual([['Это имело смысл', null]]);
    const english = 'Barack Obama bought a house.\n\n“It made sense,” said a spokesman for Obama.';
    expect(speakers(english)).toEqual([['It made sense', null]]);
  });

  it('drops short unattributed quotes and keeps long stand-alone ones without a speaker', () => {
    expect(speakers('The company «Tatneft» works here.')).toEqual([]);
    const long = '“This is a long statement that stands on its own as a paragraph of speech.”';
    expect(speakers(long)).toEqual([[long.slice(1, -1), null]]);
  });

  it('does not take quoted names of things for speech', () => {
    expect(speakers('Он сказал «Голосу Америки», что всё хорошо.')).toEqual([]);
  });

  it('keeps a Russian speaker in the form the reporting clause uses', () => {
    const text = 'Заявление Александра Брода было резким.\n\n«Мне кажется, что это так», — продолжил Брод.';
    expect(speakers(text)).toEqual([['Мне кажется, что это так', 'Брод']]);
  });
});
