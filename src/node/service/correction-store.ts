import path from 'node:path';
import { withIds, type EntityInfo } from '../../core/entities/apply-corrections';
import type { EntityCorrection, EntityName, MentionType } from '../../shared/entities';
import { QosError } from '../../shared/qos-error';
import { readJsonFile, writeFileAtomic } from '../atomic-file';

const mentionTypes: readonly MentionType[] = ['PER', 'ORG', 'LOC', 'EVENT'];
const langs = ['en', 'ru', 'kk'] as const;

interface CorrectionsFile {
  readonly version: 1;
  readonly corrections: readonly EntityCorrection[];
  /**
   * Type and names of entities the knowledge base lacks that an alias or a merge names: an alias of
   * `x:…` must be typed before any article mentioning it has been read again.
   */
  readonly entities: Readonly<Record<string, EntityInfo>>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new QosError('bad_request', `a correction needs a non-empty ${field}`);
  return value;
}

/** Accepts a correction from the UI or the file; unknown keys are dropped, wrong shapes refused. */
export function validateCorrection(input: unknown): EntityCorrection {
  if (!isRecord(input)) throw new QosError('bad_request', 'a correction must be an object');
  switch (input['kind']) {
    case 'reject':
      return { kind: 'reject', id: text(input['id'], 'id'), surface: text(input['surface'], 'surface') };
    case 'retype': {
      const type = input['type'];
      if (!mentionTypes.includes(type as MentionType))
        throw new QosError('bad_request', `unknown entity type ${String(type)}`);
      return { kind: 'retype', id: text(input['id'], 'id'), type: type as MentionType };
    }
    case 'merge': {
      const from = text(input['from'], 'from');
      const into = text(input['into'], 'into');
      if (from === into) throw new QosError('bad_request', 'an entity cannot be merged into itself');
      return { kind: 'merge', from, into };
    }
    case 'alias': {
      const lang = input['lang'];
      if (!langs.includes(lang as (typeof langs)[number]))
        throw new QosError('bad_request', `unknown alias language ${String(lang)}`);
      return {
        kind: 'alias',
        id: text(input['id'], 'id'),
        alias: text(input['alias'], 'alias').trim(),
        lang: lang as (typeof langs)[number],
      };
    }
    default:
      throw new QosError('bad_request', `unknown correction kind ${String(input['kind'])}`);
  }
}

function validateName(value: unknown): EntityName {
  if (!isRecord(value)) throw new Error('an entity name is not an object');
  const part = (v: unknown) => {
    if (v === null || typeof v === 'string') return v;
    throw new Error('an entity name is neither text nor null');
  };
  return { en: part(value['en']), ru: part(value['ru']) };
}

export function validateCorrectionsFile(data: unknown): CorrectionsFile {
  if (!isRecord(data) || data['version'] !== 1) throw new Error('not a version 1 corrections file');
  const list = data['corrections'];
  if (!Array.isArray(list)) throw new Error('corrections is not a list');
  const entities: Record<string, EntityInfo> = {};
  for (const [id, info] of Object.entries(isRecord(data['entities']) ? data['entities'] : {})) {
    if (!isRecord(info) || !mentionTypes.includes(info['type'] as MentionType))
      throw new Error(`entity ${id} has no valid type`);
    entities[id] = { type: info['type'] as MentionType, name: validateName(info['name']) };
  }
  // one bad entry makes the whole file suspect: it is set aside rather than half-read
  return { version: 1, corrections: list.map(validateCorrection), entities };
}

export interface CorrectionStore {
  /** Set when the file could not be read at start: where it was moved, for the user to see. */
  readonly problem: string | null;
  list(): readonly EntityCorrection[];
  /** What was remembered of an entity the knowledge base lacks. */
  remembered(id: string): EntityInfo | undefined;
  /** Appends a correction and remembers these entities; written before the new list is returned. */
  add(
    correction: EntityCorrection,
    remember: Readonly<Record<string, EntityInfo>>,
  ): Promise<readonly EntityCorrection[]>;
  remove(index: number): Promise<readonly EntityCorrection[]>;
}

export function correctionsFilePath(storeDir: string): string {
  return path.join(storeDir, 'entity-corrections.json');
}

const referencedIds = (corrections: readonly EntityCorrection[]): Set<string> =>
  new Set(corrections.flatMap((c) => (c.kind === 'merge' ? [c.from, c.into] : [c.id])));

/**
 * The corrections with every entity id as it is now: a correction saved on an entity's slug, or on a
 * Wikidata id the knowledge base has since found wrong, names the entity by its id now.
 */
function withIdsNow(file: CorrectionsFile, idNow: (id: string) => string): CorrectionsFile {
  const corrections = withIds(file.corrections, idNow);
  const entities = Object.fromEntries(Object.entries(file.entities).map(([id, info]) => [idNow(id), info]));
  return { version: 1, corrections, entities };
}

/**
 * Opens the reader's corrections. `idNow` maps an entity id of an older knowledge base to its id
 * now (kb-schema.ts `idsNow`); the file itself is rewritten with them at the next change.
 */
export async function openCorrectionStore(
  storeDir: string,
  idNow: (id: string) => string = (id) => id,
): Promise<CorrectionStore> {
  const file = correctionsFilePath(storeDir);
  const read = await readJsonFile(file, validateCorrectionsFile);
  let state: CorrectionsFile =
    read.state === 'ok' ? withIdsNow(read.value, idNow) : { version: 1, corrections: [], entities: {} };
  const problem =
    read.state === 'corrupt'
      ? `entity corrections could not be read (${read.reason}); kept as ${read.setAside}`
      : null;
  // Each change reads the state the previous one left: two quick corrections cannot lose one another.
  let queue: Promise<unknown> = Promise.resolve();
  const change = (next: (current: CorrectionsFile) => CorrectionsFile | null) => {
    const run = queue.then(async () => {
      const updated = next(state);
      if (!updated) return state.corrections;
      const used = referencedIds(updated.corrections);
      const entities = Object.fromEntries(Object.entries(updated.entities).filter(([id]) => used.has(id)));
      const written: CorrectionsFile = { ...updated, entities };
      await writeFileAtomic(file, `${JSON.stringify(written, null, 2)}\n`);
      state = written;
      return state.corrections;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    problem,
    list: () => state.corrections,
    remembered: (id) => state.entities[id],
    add: (correction, remember) =>
      change((current) =>
        current.corrections.some((c) => JSON.stringify(c) === JSON.stringify(correction))
          ? null
          : {
              version: 1,
              corrections: [...current.corrections, correction],
              entities: { ...current.entities, ...remember },
            },
      ),
    remove: (index) =>
      change((current) => {
        if (!Number.isInteger(index) || index < 0 || index >= current.corrections.length)
          throw new QosError('not_found', `no correction at ${String(index)}`);
        return { ...current, corrections: current.corrections.filter((_, i) => i !== index) };
      }),
  };
}
