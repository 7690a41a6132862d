import { describe, expect, it } from 'vitest';
import { loadKb } from '../../node/kb';
import { createSuggestIndex } from './suggest-entities';

describe('entity suggestions while typing', async () => {
  const index = createSuggestIndex(await loadKb());
  const first = (text: string) => index.suggest(text)[0]?.names.en;

  it('offers the person whatever script or spelling the reader starts with', () => {
    for (const typed of ['Tokay', 'Токае', 'Тоқаев', 'tokaev'])
      expect(first(typed), typed).toBe('Kassym-Jomart Tokayev');
    // a given name offers everyone it starts, the President among them
    expect(index.suggest('Kassym').map((s) => s.names.en)).toContain('Kassym-Jomart Tokayev');
  });

  it('offers organisations by abbreviation in either language', () => {
    expect(index.suggest('ЕАЭС').map((s) => s.names.en)).toContain('Eurasian Economic Union');
    expect(index.suggest('KAMAZ')[0]?.type).toBe('ORG');
  });

  it('offers nothing for a single letter or an unknown name', () => {
    expect(index.suggest('T')).toEqual([]);
    expect(index.suggest('Zzqxw')).toEqual([]);
  });
});
