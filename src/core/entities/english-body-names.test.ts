import { beforeAll, describe, expect, it } from 'vitest';
import { loadKb } from '../../node/kb';
import { loadMorphology } from '../../node/morphology';
import { testResources } from '../../node/test-annotator';
import { createAnnotator, type Annotator } from './annotator';

let annotator: Annotator;

beforeAll(async () => {
  annotator = createAnnotator(await loadKb(testResources), await loadMorphology());
});

/** Each mention's text, id and English name. */
const named = (text: string) =>
  annotator
    .annotate(text, 'ru')
    .mentions.filter((m) => m.type === 'ORG')
    .map((m) => `${m.text}|${m.name.en}`);

describe('the English name of a Russian body’s name the knowledge base lacks', () => {
  it('translates a body, its field and its country as English names them', () => {
    expect(named('Представитель Министерства иностранных дел Франции ответил журналистам.')).toEqual([
      'Министерства иностранных дел Франции|Ministry of Foreign Affairs of France',
    ]);
    expect(named('Верховный суд Индии отклонил иск.')).toEqual([
      'Верховный суд Индии|Supreme Court of India',
    ]);
    expect(named('Министерство природных ресурсов и экологии Армении сообщило об этом.')).toEqual([
      'Министерство природных ресурсов и экологии Армении|Ministry of Natural Resources and Ecology of Armenia',
    ]);
    expect(named('Министерство сельского хозяйства Армении сообщило об этом.')).toEqual([
      'Министерство сельского хозяйства Армении|Ministry of Agriculture of Armenia',
    ]);
    expect(named('Министерство обороны Нидерландов сообщило об этом.')).toEqual([
      'Министерство обороны Нидерландов|Ministry of Defence of the Netherlands',
    ]);
  });

  it('puts a field of one noun before a council, a service or a bank, as English does', () => {
    expect(named('Совет безопасности Армении собрался в среду.')).toEqual([
      'Совет безопасности Армении|Security Council of Armenia',
    ]);
    expect(named('Заседание Совета национальной безопасности и обороны Украины открылось.')).toEqual([
      'Совета национальной безопасности и обороны Украины|National Security and Defence Council of Ukraine',
    ]);
    // (a field in the plural stays after its body)
    expect(named('Академия наук Армении провела сессию.')).toEqual([
      'Академия наук Армении|Academy of Sciences of Armenia',
    ]);
  });

  it('names and keys a body of relations as English does, in the plural', () => {
    const ru = annotator.annotate('Институт международных отношений провёл конференцию.', 'ru').mentions;
    expect(ru.map((m) => `${m.text}|${m.name.en}`)).toEqual([
      'Институт международных отношений|Institute of International Relations',
    ]);
    const en = annotator.annotate(
      'The Institute of International Relations held a conference.',
      'en',
    ).mentions;
    expect(en.map((m) => m.id)).toEqual(ru.map((m) => m.id));
  });

  it('keys an English plural in -ies as its singular, which Russian translates', () => {
    const [ru] = annotator.annotate('Федерация немецкой промышленности предупредила.', 'ru').mentions;
    const [en] = annotator.annotate('The Federation of German Industries warned.', 'en').mentions;
    expect(ru?.text).toBe('Федерация немецкой промышленности');
    expect(en?.text).toBe('Federation of German Industries');
    expect(en?.id).toBe(ru?.id);
  });

  it('reads a ministry’s short name and its owner before it', () => {
    expect(named('МИД Франции выразил протест.')).toEqual([
      'МИД Франции|Ministry of Foreign Affairs of France',
    ]);
    expect(named('Армянский МИД выразил протест.')).toEqual([
      'Армянский МИД|Armenian Ministry of Foreign Affairs',
    ]);
    expect(named('Об этом сообщили в армянском Минобороны.')).toEqual([
      'Минобороны|Ministry of Defence of Armenia',
    ]);
  });

  it('keeps the transliteration when a word is not one it translates, or one comes back', () => {
    expect(named('Приказ подписал глава Управления судебного департамента.')).toEqual([
      'Управления судебного департамента|Upravleniye sudebnogo departamenta',
    ]);
    expect(named('Городской совет Еревана собрался в среду.')).toEqual([
      'Городской совет Еревана|Gorodskoy sovet Yerevana',
    ]);
  });
});
