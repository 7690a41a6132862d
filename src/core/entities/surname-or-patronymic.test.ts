import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, lang: 'ru' | 'en' = 'ru') =>
  annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.id}|${m.name.en}`);

describe('a surname that ends like a patronymic', () => {
  it('keys the person by given name and surname, as the English spelling and the surname alone are', () => {
    const [full, alone] = read('Александр Лукашевич заявил. Лукашевич отметил, что это так.');
    const [english] = read('Alexander Lukashevich said so.', 'en');
    const id = english?.split('|')[1] ?? '';
    expect(id).toMatch(/^x:/);
    expect(full).toBe(`Александр Лукашевич|${id}|Aleksandr Lukashevich`);
    expect(alone).toBe(`Лукашевич|${id}|Aleksandr Lukashevich`);
  });

  it('is a surname after a woman’s given name, where the dictionary knows it as one or no name makes it', () => {
    const [julia, dmitry] = read('Юлия Лукашевич и Дмитрий Шостакович выступили.');
    expect(julia).toMatch(/^Юлия Лукашевич\|x:\S+\|Yuliya Lukashevich$/);
    expect(dmitry).toMatch(/^Дмитрий Шостакович\|x:\S+\|Dmitry Shostakovich$/);
    // and where it is made of no given name: "Шуневич" is no son of a "Шун"
    expect(read('Министр Игорь Шуневич заявил.')).toEqual([expect.stringMatching(/\|Igor Shunevich$/)]);
  });

  it('is still a patronymic between a given name and a surname, or after a given name alone', () => {
    const [full, polite] = read('Иван Петрович Сидоров заявил. Иван Петрович отметил.');
    expect(full).toMatch(/\|Ivan Sidorov$/);
    expect(polite).toMatch(/^Иван Петрович\|x:\S+\|Ivan$/);
    expect(read('Асламбек Андарбекович пришёл.')).toEqual([expect.stringMatching(/\|Aslambek$/)]);
    // a family's line named by the patronymic in the plural is no surname said alone
    const [prince] = read('Он родился на вилле князя Петра Николаевича, из ветви «Николаевичей».');
    expect(prince).toMatch(/^Петра Николаевича\|x:\S+\|Pyotr$/);
  });
});
