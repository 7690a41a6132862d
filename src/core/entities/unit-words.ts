/**
 * Lower-case words for a unit of a body ("пресс-служба МВД"), which NEREL marks with the body named
 * after them.
 */
export const orgUnitLemmas: ReadonlySet<string> = new Set([
  'пресс-служба',
  'пресс-центр',
  'отделение',
  'отдел',
  'факультет',
  'кафедра',
  'штаб',
  'секретариат',
  'филиал',
  'аспирантура',
  'управление',
  'комитет',
  'сектор',
  'департамент',
  'бюро',
  'представительство',
  'совет директоров',
  'аппарат',
]);
