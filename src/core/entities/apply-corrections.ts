import type { ArticleLang } from '../../shared/article';
import type { Annotations, EntityCorrection, EntityName, Mention, MentionType } from '../../shared/entities';
import { formerIdsOf, type Annotator } from './annotator';
import type { KbEntity } from './kb-schema';
import { fold } from './text-keys';

/** What a correction needs to know of an entity it names: the knowledge base's, or remembered for an unknown one. */
export interface EntityInfo {
  readonly type: MentionType;
  readonly name: EntityName;
}

export type EntityLookup = (id: string) => EntityInfo | undefined;

const sameSurface = (a: string, b: string) => fold(a.trim()) === fold(b.trim());

/**
 * A reject is taken back by a later alias of the same surface for the same entity: the reader first
 * said "not this one", then "yes, this is a name of it"; the later word wins.
 */
function overruled(corrections: readonly EntityCorrection[], at: number): boolean {
  const reject = corrections[at];
  if (reject?.kind !== 'reject') return false;
  return corrections
    .slice(at + 1)
    .some((c) => c.kind === 'alias' && c.id === reject.id && sameSurface(c.alias, reject.surface));
}

/**
 * Maps an article's annotations through the reader's corrections, oldest first, so that a later
 * correction sees the ids and types the earlier ones produced (merge A into B, then retype B).
 * Figures pass through untouched.
 */
export function applyCorrections(
  annotations: Annotations,
  corrections: readonly EntityCorrection[],
  lookup: EntityLookup,
  formerIds: (m: Mention) => string[] = formerIdsOf,
): Annotations {
  if (corrections.length === 0) return annotations;
  corrections = withCurrentIds(corrections, annotations.mentions, formerIds);
  let mentions: Mention[] = [...annotations.mentions];
  const typeOverride = new Map<string, MentionType>();
  const infoOf = (id: string): Partial<EntityInfo> => {
    const known = lookup(id) ?? mentions.find((m) => m.id === id);
    const type = typeOverride.get(id) ?? known?.type;
    return { ...(type ? { type } : {}), ...(known ? { name: known.name } : {}) };
  };
  corrections.forEach((c, at) => {
    switch (c.kind) {
      case 'reject':
        if (!overruled(corrections, at))
          mentions = mentions.filter((m) => m.id !== c.id || !sameSurface(m.text, c.surface));
        break;
      case 'retype':
        typeOverride.set(c.id, c.type);
        mentions = mentions.map((m) => (m.id === c.id ? { ...m, type: c.type } : m));
        break;
      case 'merge': {
        if (c.from === c.into) break;
        const into = infoOf(c.into);
        mentions = mentions.map((m) => (m.id === c.from ? { ...m, id: c.into, ...into } : m));
        break;
      }
      case 'alias':
        // found by the annotator's extended gazetteer (aliasEntities); nothing to rewrite here
        break;
    }
  });
  return { ...annotations, mentions };
}

/**
 * Corrections made on an unknown name's id of an older version name it by the id it has now, as far
 * as this article's mentions tell: a correction the reader made is never lost to a new key, nor to
 * the knowledge base learning the name.
 */
function withCurrentIds(
  corrections: readonly EntityCorrection[],
  mentions: readonly Mention[],
  formerIds: (m: Mention) => string[],
): EntityCorrection[] {
  const ids = new Set(mentions.map((m) => m.id));
  const named = new Set(
    corrections
      .flatMap((c) => (c.kind === 'merge' ? [c.from, c.into] : [c.id]))
      .filter((id) => id.startsWith('x:') && !ids.has(id)),
  );
  const current = new Map<string, string>();
  if (named.size === 0) return [...corrections];
  // one mention per entity, the unknown ones first: they named these ids before the knowledge base did
  const byEntity = [...new Map(mentions.map((m) => [m.id, m])).values()];
  const unknownFirst = byEntity.sort(
    (a, b) => Number(!a.id.startsWith('x:')) - Number(!b.id.startsWith('x:')),
  );
  for (const m of unknownFirst) {
    for (const former of formerIds(m)) {
      // (an id some mention has now names that mention, whatever it named before)
      if (named.has(former) && !current.has(former)) current.set(former, m.id);
    }
  }
  if (current.size === 0) return [...corrections];
  return withIds(corrections, (id) => current.get(id) ?? id);
}

/** The corrections with every entity id they name passed through `now`. */
export function withIds(
  corrections: readonly EntityCorrection[],
  now: (id: string) => string,
): EntityCorrection[] {
  return corrections.map((c) =>
    c.kind === 'merge' ? { ...c, from: now(c.from), into: now(c.into) } : { ...c, id: now(c.id) },
  );
}

/** The id an entity ends up with after the merges (A into B, B into C: A is C). Cycles stop where they close. */
export function resolveId(corrections: readonly EntityCorrection[], id: string): string {
  let current = id;
  const visited = new Set<string>([id]);
  for (const c of corrections) {
    if (c.kind !== 'merge' || c.from !== current || visited.has(c.into)) continue;
    current = c.into;
    visited.add(current);
  }
  return current;
}

/**
 * Entities carrying the reader's aliases, for the annotator's alias extension. A knowledge-base
 * entity keeps its own names (mentions show them); an unknown one is built from what was remembered
 * of it. An alias with nothing known of its entity cannot be typed and is left out.
 */
export function aliasEntities(
  corrections: readonly EntityCorrection[],
  kb: (id: string) => KbEntity | undefined,
  lookup: EntityLookup,
): KbEntity[] {
  const byId = new Map<string, { base: KbEntity; aliases: { en: string[]; ru: string[]; kk: string[] } }>();
  for (const c of corrections) {
    if (c.kind !== 'alias' || c.alias.trim() === '') continue;
    let entry = byId.get(c.id);
    if (!entry) {
      const base = kb(c.id) ?? synthetic(c.id, lookup(c.id));
      if (!base) continue;
      entry = { base, aliases: { en: [], ru: [], kk: [] } };
      byId.set(c.id, entry);
    }
    entry.aliases[c.lang].push(c.alias.trim());
  }
  return [...byId.values()].map(({ base, aliases }) => ({ ...base, aliases }));
}

function synthetic(id: string, info: EntityInfo | undefined): KbEntity | undefined {
  if (!info) return undefined;
  return {
    id,
    slug: id,
    type: info.type,
    // the annotator shows an empty name as none
    names: { en: info.name.en ?? '', ru: info.name.ru ?? '' },
    aliases: {},
  };
}

/**
 * The annotator as the reader has corrected it: the aliases found by an extended gazetteer, then every
 * mention mapped through the corrections. Built once per change of the corrections, not per article.
 */
export function correctedAnnotate(
  base: Annotator,
  corrections: readonly EntityCorrection[],
  lookup: EntityLookup,
): (text: string, lang: ArticleLang) => Annotations {
  if (corrections.length === 0) return (text, lang) => base.annotate(text, lang);
  const extended = base.withAliases(aliasEntities(corrections, (id) => base.gazetteer.byId(id), lookup));
  return (text, lang) =>
    applyCorrections(extended.annotate(text, lang), corrections, lookup, (m) => extended.formerIdsOf(m));
}
