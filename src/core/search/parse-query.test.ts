import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noMorphology } from '../entities/morphology';
import { createAnalyzer } from './analyzer';
import { createQueryCompiler } from './compile-query';
import { maxParts, parseQuery } from './parse-query';

describe('parseQuery', () => {
  it('reads words, phrases, prefixes and exclusions', () => {
    expect(parseQuery('Tokayev "trade turnover" Токае* -Putin -"press service"').parts).toEqual([
      { kind: 'word', key: 'tokayev', capital: true, negated: false },
      { kind: 'phrase', keys: ['trade', 'turnover'], capitals: [false, false], negated: false },
      { kind: 'prefix', key: 'токае', negated: false },
      { kind: 'word', key: 'putin', capital: true, negated: true },
      { kind: 'phrase', keys: ['press', 'service'], capitals: [false, false], negated: true },
    ]);
  });

  it('reads a hyphenated word as the phrase of its parts', () => {
    expect(parseQuery('Касым-Жомарт:').parts).toEqual([
      { kind: 'phrase', keys: ['касым', 'жомарт'], capitals: [true, true], negated: false },
    ]);
  });

  it('accepts typographic quotes and an unclosed quote', () => {
    expect(parseQuery('«Хабар 24»').parts).toEqual([
      { kind: 'phrase', keys: ['хабар', '24'], capitals: [true, false], negated: false },
    ]);
    expect(parseQuery('"trade turn').parts).toEqual([
      { kind: 'phrase', keys: ['trade', 'turn'], capitals: [false, false], negated: false },
    ]);
  });

  it("treats lunr's syntax as plain text", () => {
    expect(parseQuery('title:Tokayev^2 Putin~1 +Mishustin').parts).toEqual([
      { kind: 'phrase', keys: ['title', 'tokayev', '2'], capitals: [false, true, false], negated: false },
      { kind: 'phrase', keys: ['putin', '1'], capitals: [true, false], negated: false },
      { kind: 'word', key: 'mishustin', capital: true, negated: false },
    ]);
  });

  it('ignores input with no words in it', () => {
    for (const input of ['', '   ', '*', '"', '+', '-', '~', '^', ':', '""', '-*', '«»', '\u200b']) {
      expect(parseQuery(input).parts, JSON.stringify(input)).toEqual([]);
    }
    // lunr's fuzzy and boost marks leave only their number, searched as a word
    expect(parseQuery('~2').parts).toEqual([{ kind: 'word', key: '2', capital: false, negated: false }]);
  });

  it('caps the number of parts of a pasted page', () => {
    const parsed = parseQuery('слово '.repeat(2000));
    expect(parsed.parts).toHaveLength(maxParts);
    expect(parsed.truncated).toBe(true);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        parseQuery(input);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '"',
            '-',
            '+',
            '*',
            ':',
            '~',
            '^',
            ' ',
            'Ток',
            'ае',
            'в',
            'Kas',
            '«',
            '»',
            '\u200b',
            'ё',
          ),
        ),
        (pieces) => {
          parseQuery(pieces.join(''));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('compiled queries', () => {
  const compile = createQueryCompiler(createAnalyzer(noMorphology));

  it('drops function words, but keeps them inside phrases and when there is nothing else', () => {
    expect(compile('в Казахстане').terms).toEqual(['казахстане']);
    expect(compile('"trade and economic"').terms).toEqual(['"trade and economic"']);
    expect(compile('the').terms).toEqual(['the']);
    expect(compile('in the').matchAll).toBe(false);
    expect(compile('').matchAll).toBe(true);
  });

  it('looks a lower-case Cyrillic word up across scripts only when it reads as a name', () => {
    // A dictionary that knows one common verb.
    const verb = { lemma: 'являться', tags: new Set(['VERB']), score: 1, known: true };
    const knowing = createQueryCompiler(
      createAnalyzer({ parse: (w) => (w.toLowerCase() === 'является' ? [verb] : []) }),
    );
    const common = knowing('является').parts[0];
    const capital = knowing('Является').parts[0];
    const unknown = knowing('тукая').parts[0];
    expect(common?.kind === 'word' && common.word.translit).toEqual([]);
    expect(capital?.kind === 'word' && capital.word.translit.length).toBeGreaterThan(0);
    expect(unknown?.kind === 'word' && unknown.word.translit.length).toBeGreaterThan(0);
  });

  it('looks a Latin word up by its translit key in both scripts, a Cyrillic one in Latin only', () => {
    const latin = compile('Tokayev').parts[0];
    const cyrillic = compile('Токаев').parts[0];
    expect(latin?.kind === 'word' && latin.word.translit).toEqual(['r~tkv', 'l~tkv']);
    expect(cyrillic?.kind === 'word' && cyrillic.word.translit).toEqual(['l~tkv']);
  });

  it('a query of exclusions only matches everything else', () => {
    const compiled = compile('-Putin');
    expect(compiled.matchAll).toBe(true);
    expect(compiled.terms).toEqual(['-putin']);
  });
});
