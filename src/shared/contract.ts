/**
 * The whole API between the UI and the back end. Both shells carry it: the Electron shell over IPC
 * (preload bridge) and the browser shell over HTTP. Channel names are derived from `methodTable`.
 */
import type { Article, ArticleSummary, Settings } from './article';
import type {
  Bookmark,
  BookmarkExportFormat,
  BookmarkImportResult,
  BookmarkPatch,
  BookmarkStoreProblem,
} from './bookmarks';
import type { EntityCard, EntityCorrection, EntitySuggestion } from './entities';
import type { SearchIndexStatus, SearchProgress, SearchQuery, SearchResult } from './search';
import type { AlignmentExportFormat, AlignmentView, CounterpartLists, StoryView } from './pairing';
import type { ImportFileResult, ImportJob, ImportProgress, ImportSummary, MetadataOverride } from './library';

export interface LibraryService {
  list(): Promise<readonly ArticleSummary[]>;
  get(input: { readonly id: string }): Promise<Article>;
  /** Imports files and folders by path (Electron's dialog, the CLI); progress arrives as events. */
  importPaths(input: { readonly paths: readonly string[] }): Promise<ImportJob>;
  cancelImport(input: { readonly jobId: string }): Promise<void>;
  /** Imports one file's bytes (drag-and-drop, the browser shell's file picker). */
  importFile(input: { readonly name: string; readonly base64: string }): Promise<ImportFileResult>;
  remove(input: { readonly ids: readonly string[] }): Promise<number>;
  /** The reader's corrections; the source file is never modified. Null fields restore the parsed value. */
  setMetadata(input: { readonly id: string; readonly override: MetadataOverride }): Promise<Article>;
  /** Reads the file again with another encoding (when the guess was wrong). */
  setEncoding(input: { readonly id: string; readonly encoding: string | null }): Promise<Article>;
  watchFolder(input: { readonly path: string }): Promise<readonly string[]>;
  unwatchFolder(input: { readonly path: string }): Promise<readonly string[]>;
  watchedFolders(): Promise<readonly string[]>;
}

export interface EntityService {
  /** Names, roles and the library's other articles for one entity id. */
  card(input: { readonly id: string }): Promise<EntityCard>;
  /** Ids of the articles that mention every one of these entities (the library's entity filter). */
  articlesWith(input: { readonly ids: readonly string[] }): Promise<readonly string[]>;
  /** Records a correction and applies it everywhere; returns every correction, oldest first. */
  correct(input: EntityCorrection): Promise<readonly EntityCorrection[]>;
  corrections(): Promise<readonly EntityCorrection[]>;
  /** Entities whose name (in any language or spelling) starts with what the reader typed. */
  suggest(input: { readonly text: string }): Promise<readonly EntitySuggestion[]>;
  /** Takes back one correction by its position in the list. */
  undoCorrection(input: { readonly index: number }): Promise<readonly EntityCorrection[]>;
}

export interface BookmarkService {
  list(): Promise<readonly Bookmark[]>;
  /** Bookmarks a passage of an article; the speaker is filled in when it lies inside a detected quote. */
  add(input: {
    readonly articleId: string;
    readonly start: number;
    readonly end: number;
    readonly note?: string;
    readonly tags?: readonly string[];
  }): Promise<Bookmark>;
  update(input: { readonly id: string; readonly patch: BookmarkPatch }): Promise<Bookmark>;
  /** Re-attaches a bookmark (an orphan, typically) to a passage the reader chose. */
  relocate(input: {
    readonly id: string;
    readonly articleId: string;
    readonly start: number;
    readonly end: number;
  }): Promise<Bookmark>;
  remove(input: { readonly id: string }): Promise<void>;
  /** The whole collection as a file to save: Markdown, CSV or W3C Web Annotation JSON. */
  exportAs(input: {
    readonly format: BookmarkExportFormat;
  }): Promise<{ readonly fileName: string; readonly mime: string; readonly content: string }>;
  /** Merges a W3C Web Annotation collection (a Qos JSON export) without duplicates. */
  importAnnotations(input: { readonly json: string }): Promise<BookmarkImportResult>;
  /** One quote as a citation with a qos:// link back to it. */
  citation(input: { readonly id: string }): Promise<string>;
  /** What went wrong when the store was opened (a file set aside, recovered from backup…). */
  problems(): Promise<readonly BookmarkStoreProblem[]>;
}

export interface PairService {
  /** The other articles most likely reporting the same thing, best first, with reasons. */
  counterparts(input: { readonly id: string }): Promise<CounterpartLists>;
  /** The library grouped into stories (one event) and threads (same parties, other occasions). */
  stories(): Promise<readonly StoryView[]>;
  /** Sentences of two articles linked 1:1, 1:2, 2:1, 2:2 or left alone, each link with a confidence. */
  align(input: { readonly a: string; readonly b: string }): Promise<AlignmentView>;
  exportAlignment(input: {
    readonly a: string;
    readonly b: string;
    readonly format: AlignmentExportFormat;
  }): Promise<{ readonly fileName: string; readonly mime: string; readonly content: string }>;
}

export interface SearchService {
  /** Words, "exact phrases", prefixes*, -exclusions and filters; any input is safe. */
  query(input: SearchQuery): Promise<SearchResult>;
  /** What the index holds; `upToDate` is false while it catches up with the library. */
  status(): Promise<SearchIndexStatus & { readonly upToDate: boolean }>;
}

/** Native dialogs: only the desktop shell has them; the browser shell uses the page's file input. */
export interface DialogService {
  chooseImportPaths(input: { readonly folders: boolean }): Promise<readonly string[]>;
}

export interface SettingsService {
  get(): Promise<Settings>;
  update(input: Partial<Settings>): Promise<Settings>;
}

export interface AppInfo {
  readonly version: string;
  readonly shell: 'electron' | 'browser';
  /** The system's preferred languages, best first, for the first start. */
  readonly systemLanguages: readonly string[];
}

export interface AppService {
  info(): Promise<AppInfo>;
}

export interface QosServices {
  readonly app: AppService;
  readonly bookmarks: BookmarkService;
  readonly dialogs: DialogService;
  readonly entities: EntityService;
  readonly library: LibraryService;
  readonly pairs: PairService;
  readonly search: SearchService;
  readonly settings: SettingsService;
}

/** Push events from the back end. */
export interface QosEvents {
  'library.changed': { readonly count: number };
  'bookmarks.changed': { readonly count: number };
  'search.progress': SearchProgress;
  'search.ready': { readonly documents: number };
  'import.progress': ImportProgress;
  'import.finished': ImportSummary;
  /** A qos:// link the operating system handed to the desktop app: open the article at the quote. */
  'ui.open-link': { readonly link: string };
  /** A command chosen outside the page (the desktop shell's application menu). */
  'ui.command': { readonly command: UiCommand };
  'settings.changed': Settings;
  /** The reader's entity corrections changed: articles, cards and filters read differently now. */
  'entities.changed': { readonly corrections: number };
}
export type QosEventName = keyof QosEvents;

export const uiCommands = ['import-files', 'import-folder', 'open-library', 'find'] as const;
export type UiCommand = (typeof uiCommands)[number];
export type Unsubscribe = () => void;

/** What the renderer sees: the services plus a way to listen to events. */
export type QosApi = QosServices & {
  on<E extends QosEventName>(event: E, listener: (payload: QosEvents[E]) => void): Unsubscribe;
};

/**
 * Every method of every service, exactly once: a missing or extra entry is a compile error, because
 * the literal below must have precisely the keys of the interfaces.
 */
type MethodTable = { readonly [S in keyof QosServices]: { readonly [M in keyof QosServices[S]]: true } };

export const methodTable: MethodTable = {
  app: { info: true },
  bookmarks: {
    list: true,
    add: true,
    update: true,
    relocate: true,
    remove: true,
    exportAs: true,
    importAnnotations: true,
    citation: true,
    problems: true,
  },
  dialogs: { chooseImportPaths: true },
  entities: {
    card: true,
    articlesWith: true,
    correct: true,
    corrections: true,
    suggest: true,
    undoCorrection: true,
  },
  library: {
    list: true,
    get: true,
    importPaths: true,
    cancelImport: true,
    importFile: true,
    remove: true,
    setMetadata: true,
    setEncoding: true,
    watchFolder: true,
    unwatchFolder: true,
    watchedFolders: true,
  },
  pairs: { counterparts: true, stories: true, align: true, exportAlignment: true },
  search: { query: true, status: true },
  settings: { get: true, update: true },
};

export type ServiceName = keyof QosServices;
export type MethodName<S extends ServiceName> = keyof QosServices[S] & string;

/** `library.list`, … : the one spelling used by IPC channels, HTTP routes and logs. */
export function methodId(service: string, method: string): string {
  return `${service}.${method}`;
}

export interface MethodRef {
  readonly service: ServiceName;
  readonly method: string;
  readonly id: string;
}

export function allMethods(): MethodRef[] {
  return (Object.keys(methodTable) as ServiceName[]).flatMap((service) =>
    Object.keys(methodTable[service]).map((method) => ({ service, method, id: methodId(service, method) })),
  );
}

/** Looks a method up by its id; undefined for anything not in the table (including prototype names). */
export function findMethod(id: string): MethodRef | undefined {
  return allMethods().find((m) => m.id === id);
}

/** Calls a method of a service implementation by reference, with its single optional input. */
export function invoke(services: QosServices, ref: MethodRef, input: unknown): Promise<unknown> {
  const service = services[ref.service] as unknown as Record<string, (arg: unknown) => Promise<unknown>>;
  const fn = service[ref.method];
  if (typeof fn !== 'function') return Promise.reject(new Error(`no implementation for ${ref.id}`));
  return fn.call(service, input);
}

export const ipcChannelPrefix = 'qos:';
export const ipcEventChannel = 'qos:event';
