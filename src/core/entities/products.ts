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

/**
 * "написал в Twitter", "операционной системы Windows": in Russian text a one-word Latin name the
 * knowledge base does not hold is no organisation when it is software, or a platform someone posted on.
 */
export function isProductMention(ctx: RuleContext, m: RawMention): boolean {
  if (m.entity || m.type !== 'ORG' || m.end - m.start !== 1 || !ctx.cyrillicText) return false;
  const t = ctx.view.tokens[m.start];
  if (!t || t.cyrillic) return false;
  const word = fold(t.text);
  if (software.has(word)) return true;
  return platforms.has(word) && postedIn.has(fold(ctx.view.tokens[m.start - 1]?.text ?? ''));
}
