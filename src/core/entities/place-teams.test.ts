import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, lang: 'ru' | 'en') =>
  annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.type}`);

describe('a team named after its place', () => {
  it('in Russian quotes, a known place and the words after it are one body', () => {
    expect(read('В матче «Сан-Антонио Спёрс» — «Торонто Рэпторс» обе команды забили.', 'ru')).toEqual([
      'Сан-Антонио Спёрс|ORG',
      'Торонто Рэпторс|ORG',
    ]);
    // the place outside the quotes is the place
    expect(read('Игроки «Бостон Селтикс» прилетели в Бостон.', 'ru')).toEqual([
      'Бостон Селтикс|ORG',
      'Бостон|LOC',
    ]);
  });

  it('in English, a known place then a plural is the team, even where the place is a given name too', () => {
    expect(
      read('The Boston Celtics beat the Denver Nuggets, and the Colorado Rockies lost in Denver.', 'en'),
    ).toEqual(['Boston Celtics|ORG', 'Denver Nuggets|ORG', 'Colorado Rockies|ORG', 'Denver|LOC']);
  });

  it('a plural that names a place keeps the place', () => {
    expect(read('Troops left the Golan Heights.', 'en')).toEqual(['Golan Heights|LOC']);
  });
});

describe('teams in an English match report', () => {
  const report =
    'Livingston 1 - 0 Rangers: Menga goal downs Gerrard’s men. Rangers suffered another bout of ' +
    'away-day blues as Dolly Menga’s strike consigned Steven Gerrard’s side to a 1-0 defeat. Pittman ' +
    'was denied by the feet of Rangers goalkeeper Allan McGregor, and the referee waved away a penalty ' +
    'claim. Menga beat McGregor again late on. Livingston climb to third in the league.';
  const ids = (text: string, lang: 'ru' | 'en') =>
    annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.type}|${m.id}`);

  it('a capitalised word in a team’s place is the team, everywhere in the text, with the Russian id', () => {
    const [rangers, livingston] = ids('Клуб «Рейнджерс» уступил клубу «Ливингстон».', 'ru');
    const teams = ids(report, 'en').filter((m) => m.includes('|ORG|'));
    expect(teams).toEqual([
      `Livingston|ORG|${livingston?.split('|')[2]}`,
      `Rangers|ORG|${rangers?.split('|')[2]}`,
      'Rangers|ORG|x:rngrs',
      'Rangers|ORG|x:rngrs',
      'Livingston|ORG|x:lfngstn',
    ]);
    // a player's surname is no team, whatever its place ("beat McGregor")
    expect(read(report, 'en')).toContain('McGregor|PER');
  });

  it('finds the team by a score after it, a noun after it or a word before it', () => {
    const teams = (text: string) => read(text, 'en').filter((m) => m.endsWith('|ORG'));
    const games = ' The match, the league and the cup: a penalty, a goal and a goal. 2 - 1 and 0 - 0.';
    // a short report gives one score
    expect(teams('Chelsea led 1-0 at halftime. The match, the league and a goal.')).toEqual(['Chelsea|ORG']);
    expect(teams(`He beat three Brighton defenders.${games}`)).toEqual(['Brighton|ORG']);
    expect(teams(`It was a late win over Hibernian.${games}`)).toEqual(['Hibernian|ORG']);
  });

  it('a known town in a team’s place is the club, keyed as the Russian report keys «Ливерпуль», but not where it is the place', () => {
    const text =
      'Sturridge saved Liverpool from a loss to Chelsea. He sprinted into the Liverpool half. The match, ' +
      'the league and a goal: 1 - 1. Fans celebrated in Liverpool.';
    const [club] = ids('«Ливерпуль» сыграл вничью.', 'ru');
    expect(ids(text, 'en').filter((m) => m.startsWith('Liverpool'))).toEqual([
      `Liverpool|ORG|${club?.split('|')[2]}`,
      `Liverpool|ORG|${club?.split('|')[2]}`,
      'Liverpool|LOC|Q24826',
    ]);
  });

  it('is no team outside a report of a game', () => {
    expect(read('Chelsea led the talks. Rangers goalkeeper Tom Smith spoke.', 'en')).not.toContain(
      'Chelsea|ORG',
    );
    expect(read('Rangers goalkeeper Tom Smith spoke.', 'en')).not.toContain('Rangers|ORG');
  });
});
