import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noMorphology } from '../entities/morphology';
import { createAnalyzer } from './analyzer';
import { createQueryCompiler } from './compile-query';
import { maxParts, parseQuery } from './parse-query';

describe('parseQuery', () => {
  it('reads words, phrases, prefixes and exclusions', () => {
    expect(parseQuery('Tokayev "trade turnover" Токае* -Putin -"press service"').parts).toEqual([
      { kind: 'word', key: 'tokayev', negated: false },
      { kind: 'phrase', keys: ['trade', 'turnover'], negated: false },
      { kind: 'prefix', key: 'токае', negated: false },
      { kind: 'word', key: 'putin', negated: true },
      { kind: 'phrase', keys: ['press', 'service'], negated: true },
    ]);
  });

  it('reads a hyphenated word as the phrase of its parts', () => {
    expect(parseQuery('Касым-Жомарт:').parts).toEqual([
      { kind: 'phrase', keys: ['касым', 'жомарт'], negated: false },
    ]);
  });

  it('accepts typographic quotes and an unclosed quote', () => {
    expect(parseQuery('«Хабар 24»').parts).toEqual([
      { kind: 'phrase', keys: ['хабар', '24'], negated: false },
    ]);
    expect(parseQuery('"trade turn').parts).toEqual([
      { kind: 'phrase', keys: ['trade', 'turn'], negated: false },
    ]);
  });

  it("treats lunr's syntax as plain text", () => {
    expect(parseQuery('title:Tokayev^2 Putin~1 +Mishustin').parts).toEqual([
      { kind: 'phrase', keys: ['title', 'tokayev', '2'], negated: false },
      { kind: 'phrase', keys: ['putin', '1'], negated: false },
      { kind: 'word', key: 'mishustin', negated: false },
    ]);
  });

  it('ignores input with no words in it', () => {
    for (const input of ['', '   ', '*', '"', '+', '-', '~', '^', ':', '""', '-*', '«»', '\u200b']) {
      expect(parseQuery(input).parts, JSON.stringify(input)).toEqual([]);
    }
    // lunr's fuzzy and boost marks leave only their number, searched as a word
    expect(parseQuery('~2').parts).toEqual([{ kind: 'word', key: '2', negated: false }]);
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

  it('drops function words, but keeps them inside phrases', () => {
    expect(compile('в Казахстане').terms).toEqual(['казахстане']);
    expect(compile('"trade and economic"').terms).toEqual(['"trade and economic"']);
    expect(compile('the').matchAll).toBe(true);
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
