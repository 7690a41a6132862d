import type { RawMention, RuleContext } from './raw-mention';
import { fold } from './text-keys';

/** Software and formats: things, never a body, whatever their capital letter suggests. */
const software: ReadonlySet<string> = new Set(
  'windows android ios macos linux chrome firefox safari html html5 javascript java python excel word powerpoint iphone ipad'.split(
    ' ',
  ),
);
/** Platforms a Russian text posts "в" or "на": the place the words appeared, not the company. */
const platforms: ReadonlySet<string> = new Set(
  'twitter facebook instagram youtube telegram whatsapp tiktok weibo wechat vkontakte linkedin snapchat reddit'.split(
    ' ',
  ),
);
const postedIn: ReadonlySet<string> = new Set(['в', 'во', 'на', 'через']);
const possessives: ReadonlySet<string> = new Set(
  'своем своём своей свой его ее её их моем моём моей нашем нашей официальном официальной'.split(' '),
);

/**
 * "написал в Twitter", "операционной системы Windows": in Russian text a one-word Latin name the
 * knowledge base does not hold is no organisation when it is software; a platform someone posted on
 * ("в Twitter", "в Твиттере") is the place the words appeared, known company or not.
 */
export function isProductMention(ctx: RuleContext, m: RawMention): boolean {
  if (m.type !== 'ORG' || m.end - m.start !== 1 || !ctx.cyrillicText) return false;
  const t = ctx.view.tokens[m.start];
  if (!t) return false;
  const word = fold(t.text);
  if (!m.entity && !t.cyrillic && software.has(word)) return true;
  // the platform is a known company all the same ("Twitter", "Твиттер"): what matters is "в" before it
  const platform = platforms.has(word) || (m.entity !== null && platforms.has(m.entity.slug));
  // "в своём Instagram", "на его странице в Facebook"
  const before = fold(ctx.view.tokens[m.start - 1]?.text ?? '');
  const posted =
    postedIn.has(before) ||
    (possessives.has(before) && postedIn.has(fold(ctx.view.tokens[m.start - 2]?.text ?? '')));
  return platform && posted;
}
