/** Where a name found whole ends and starts: a company's legal form left out, a republic or initials taken in. */
import { companyForms } from './cue-words';
import type { GazetteerMatch } from './gazetteer';
import { compass } from './nested';
import { fold } from './text-keys';
import type { RecognizerView } from './token-view';

/** "Tatneft PJSC" → "Tatneft": the legal form is no part of the name, as for names found by rule. */
export function trimLegalForm(
  view: RecognizerView,
  start: number,
  m: GazetteerMatch | null,
): GazetteerMatch | null {
  if (!m || m.length < 2) return m;
  const last = view.tokens[start + m.length - 1];
  return last && companyForms.has(fold(last.text)) ? { ...m, length: m.length - 1 } : m;
}

/** "Республики Казахстан", "Republic of Kazakhstan"; initials before a surname ("М. В. Мишустин"). */
export function extendLeft(view: RecognizerView, start: number, type: string): number {
  const { tokens } = view;
  let s = start;
  if (type === 'LOC') {
    if (tokens[s - 1]?.cap && view.lemma(s - 1) === 'республика') return s - 1;
    // "Южная Корея", "South Sudan": a point of the compass before a known place is part of its name
    if (tokens[s - 1]?.cap && !tokens[s]?.lineBefore && compass.has(view.lemma(s - 1))) return s - 1;
    // "Republic of Kazakhstan", "State of Texas"
    const of = tokens[s - 1]?.text === 'of' && tokens[s - 2]?.cap;
    if (of && ['republic', 'state'].includes(fold(tokens[s - 2]?.text ?? ''))) return s - 2;
  }
  if (type === 'PER') {
    while (tokens[s - 1]?.text === '.' && tokens[s - 2]?.cap && tokens[s - 2]?.text.length === 1) s -= 2;
  }
  return s;
}
