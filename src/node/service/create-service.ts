import type { AppInfo, DialogService, QosServices } from '../../shared/contract';
import { QosError } from '../../shared/qos-error';
import { appVersion } from '../app-version';
import { EventHub } from './event-hub';
import { createBookmarkService } from './bookmark-service';
import { createPairService } from './pair-service';
import { createSearchService } from './search-service';
import { createEntityService, entityLookup } from './entity-service';
import { correctedAnnotate } from '../../core/entities/apply-corrections';
import { createAnnotator } from '../../core/entities/annotator';
import { idsNow } from '../../core/entities/kb-schema';
import { openCorrectionStore } from './correction-store';
import { loadKb } from '../kb';
import { loadLexicon } from '../lexicon';
import { loadMorphology } from '../morphology';
import { openLibrary, type LibraryOptions } from '../library/library-service';
import { openSettings } from './settings-service';

export interface ServiceOptions extends LibraryOptions {
  readonly shell: AppInfo['shell'];
  /** The system's preferred languages, best first (Electron's locale list, or the OS locale). */
  readonly systemLanguages: readonly string[];
  /** Bring the search index up to date in the background right away (the app shells). */
  readonly indexNow?: boolean;
  /** The folder with kb/ (and corpus/); found next to the app when absent. */
  readonly resourcesDir?: string;
  /** Native dialogs, from the desktop shell; the browser shell has none. */
  readonly dialogs?: DialogService;
}

const noDialogs: DialogService = {
  chooseImportPaths: () =>
    Promise.reject(new QosError('forbidden', 'no native dialogs in the browser shell')),
};

export interface Backend {
  readonly services: QosServices;
  readonly events: EventHub;
  /** Problems found at start that the user should hear about (a settings file set aside…). */
  readonly problems: readonly string[];
  /** Stops watchers and the search workers (after any index update in progress). */
  close(): Promise<void>;
}

/** The one implementation of the contract, used by both shells and the CLI. */
export async function createBackend(options: ServiceOptions): Promise<Backend> {
  const events = new EventHub();
  const settings = await openSettings(options.storeDir, events);
  const [kb, morphology, lexicon] = await Promise.all([
    loadKb(options.resourcesDir),
    loadMorphology(),
    loadLexicon(),
  ]);
  const annotator = createAnnotator(kb, morphology, lexicon);
  const renamed = idsNow(kb);
  const corrections = await openCorrectionStore(options.storeDir, (id) => renamed.get(id) ?? id);
  const lookup = entityLookup(kb, corrections);
  let annotate = correctedAnnotate(annotator, corrections.list(), lookup);
  const library = await openLibrary({ ...options, annotate: (text, lang) => annotate(text, lang) }, events);
  const bookmarks = await createBookmarkService(options.storeDir, library, events);
  const search = createSearchService(options.storeDir, library, events, {
    startNow: options.indexNow === true,
  });
  const entitiesChanged = async () => {
    annotate = correctedAnnotate(annotator, corrections.list(), lookup);
    library.invalidateAnnotations();
    events.emit('entities.changed', { corrections: corrections.list().length });
    events.emit('library.changed', { count: (await library.list()).length });
  };
  const info: AppInfo = {
    version: appVersion(),
    shell: options.shell,
    systemLanguages: options.systemLanguages,
  };
  return {
    services: {
      app: { info: () => Promise.resolve(info) },
      bookmarks,
      dialogs: options.dialogs ?? noDialogs,
      entities: createEntityService({ kb, library, corrections, changed: entitiesChanged }),
      library,
      pairs: createPairService(library, events),
      search,
      settings,
    },
    events,
    problems: [
      ...(settings.problem ? [settings.problem] : []),
      ...(corrections.problem ? [corrections.problem] : []),
      ...library.problems,
    ],
    close: async () => {
      library.close();
      await search.close();
    },
  };
}
