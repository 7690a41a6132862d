import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../node/lexicon';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { lexiconOf } from './lexicon';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator(lexiconOf(['john'], [], ['party']));
});

const read = (text: string) => annotator.annotate(text, 'en').mentions.map((m) => `${m.text}|${m.type}`);

describe('a body named after a common noun for it', () => {
  it('capitalised words right after "firm", "group", "journal" or "team" name that body', () => {
    expect(read('The security firm Secunia.com said the browser was unsafe.')).toEqual(['Secunia.com|ORG']);
    expect(read('It appeared in the journal Earth Sky Letters on Monday.')).toEqual([
      'Earth Sky Letters|ORG',
    ]);
    expect(read('The finals saw the team Falcon7 win.')).toEqual(['Falcon7|ORG']);
    expect(read('The charity Comic Aid of Toronto collects books.')).toEqual(['Comic Aid of Toronto|ORG']);
    // (a processor, an exporter, a lender: a company named after a place, unless a place's word ends it)
    expect(read('Imports from the meat processor Saryarka Et resume.')).toEqual(['Saryarka Et|ORG']);
    expect(read('The grain exporter Tobol Agro and the lender Halyk Credit grew.')).toEqual([
      'Tobol Agro|ORG',
      'Halyk Credit|ORG',
    ]);
  });

  it('not a person, a post, the pronoun I or a word of names alone', () => {
    expect(read('It was a company John Smith founded.')).toEqual(['John Smith|PER']);
    expect(read('The party Chairman John Smith spoke.')).toEqual(['John Smith|PER']);
    expect(read('The band I started sold well.')).toEqual([]);
  });

  it('a political word before "party" in lower case names the party, with the same id', () => {
    const found = annotator.annotate(
      'He ran for the Liberal Party in 2012 and left the Liberal party later.',
      'en',
    ).mentions;
    expect(found.map((m) => `${m.text}|${m.type}`)).toEqual(['Liberal Party|ORG', 'Liberal party|ORG']);
    expect(found[1]?.id).toBe(found[0]?.id);
    expect(read('We met at the Christmas party.')).toEqual([]);
  });
});

describe('awards', () => {
  it('an award is no body and no person', () => {
    expect(read('She won an Oscar, two Grammy Awards and a Golden Globe.')).toEqual([]);
    // (nor a decoration named after a person)
    expect(read('He won the Victoria Cross, the George Cross and a Purple Heart.')).toEqual([]);
  });
});

describe('a paper named for the day it comes out', () => {
  it('is a body, but a day before any other name stays a date', () => {
    expect(read('The Sunday Times reported on Monday that the deal was off.')).toEqual(['Sunday Times|ORG']);
    expect(read('On Sunday Times Square was empty.')).toEqual(['Times Square|LOC']);
  });
});

describe('two bodies joined by "and"', () => {
  it('are two names where a known body’s name follows a body’s head word', () => {
    expect(read('Republicans hold the Senate and House of Representatives now.')).toEqual([
      'Senate|ORG',
      'House of Representatives|ORG',
    ]);
    // one body's name may hold "and" before words of no known body
    expect(read('The Department of Health and Human Services said so.')).toEqual([
      'Department of Health and Human Services|ORG',
    ]);
  });

  it('are two names where each is a state’s house in one word', () => {
    expect(read('Republicans in the Senate and Congress backed him.')).toEqual([
      'Senate|ORG',
      'Congress|ORG',
    ]);
    expect(read('The Parliament and Government of Wales agreed.')).toEqual([
      'Parliament and Government of Wales|ORG',
    ]);
  });
});

describe('research centres and posts before a name', () => {
  // (with the whole English word list, by which "Sens" alone would be a place's word)
  let withWords: Annotator;
  beforeAll(async () => {
    withWords = await loadTestAnnotator(await loadLexicon());
  });

  it('an ordinal is no given name, though the lists hold "Second": "a Second Term" names no one', () => {
    expect(withWords.annotate('Why Trump Will Win a Second Term', 'en').mentions.map((m) => m.text)).toEqual([
      'Trump',
    ]);
  });

  it('"Sens.", "Reps.": posts of several before their names', () => {
    const text = 'Republican Sens. Lindsey Graham and Ted Cruz and Democratic Reps. Adam Schiff spoke.';
    expect(withWords.annotate(text, 'en').mentions.map((m) => `${m.text}|${m.type}`)).toEqual([
      'Lindsey Graham|PER',
      'Ted Cruz|PER',
      'Adam Schiff|PER',
    ]);
  });

  it('a centre of a body or of a field of work is an institution, a space centre a site', () => {
    expect(read('according to the Suffolk University Political Research Center poll.')).toEqual([
      'Suffolk University Political Research Center|ORG',
    ]);
    expect(read('The Pew Research Center said so. They flew from the Kennedy Space Center.')).toEqual([
      'Pew Research Center|ORG',
      'Kennedy Space Center|LOC',
    ]);
    expect(read('An analyst at the Carnegie Moscow Center said.')).toEqual(['Carnegie Moscow Center|ORG']);
  });

  it('a portfolio before a post’s title is no company, the place before it a place', () => {
    expect(read('He met US Energy Secretary Chris Wright in Moscow.')).toEqual([
      'US|LOC',
      'Chris Wright|PER',
      'Moscow|LOC',
    ]);
    // (a company keeps the word: "Shell Energy")
    expect(read('Shell Energy and Tobol Energy said.')).toContain('Shell Energy|ORG');
  });
});
