import type { ArticleLang } from '../../shared/article';

export interface DetectedLanguage {
  readonly lang: ArticleLang;
  /** 0..1: share of the letters that decided it. */
  readonly confidence: number;
}

/** Fewer letters than this say nothing reliable about the language. */
const minLetters = 20;
/**
 * Letters only Kazakh uses among the languages Qos reads. In Kazakh prose they make up several per cent of the
 * Cyrillic letters; a Russian article quoting Kazakh names stays well below 3%.
 */
const kazakhLetters = new Set([...'әғқңөұүһіӘҒҚҢӨҰҮҺІ'].map((c) => c.charCodeAt(0)));
const kazakhShare = 0.03;

/** Majority script decides: Cyrillic is Russian or Kazakh, Latin is English; mixed articles get the majority. */
export function detectLanguage(text: string): DetectedLanguage {
  let cyrillic = 0;
  let latin = 0;
  let kazakh = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
    else if (code >= 0x400 && code <= 0x4ff) {
      cyrillic++;
      if (kazakhLetters.has(code)) kazakh++;
    } else if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) latin++;
  }
  const letters = cyrillic + latin;
  if (letters < minLetters) return { lang: 'und', confidence: 0 };
  if (cyrillic >= latin) {
    const confidence = round(cyrillic / letters);
    return { lang: kazakh >= cyrillic * kazakhShare ? 'kk' : 'ru', confidence };
  }
  return { lang: 'en', confidence: round(latin / letters) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
