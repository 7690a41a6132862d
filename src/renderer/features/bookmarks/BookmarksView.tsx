import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bookmarkExportFormats, type Bookmark, type BookmarkExportFormat } from '../../../shared/bookmarks';
import { downloadText } from '../../components/download';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FacetSelect } from '../../components/FacetSelect';
import { uiLanguages } from '../../../shared/article';
import { useApi } from '../../platform/api-context';
import { routeOfQosLink, type Route } from '../../platform/use-route';
import { BookmarkItem } from './BookmarkItem';
import { emptyFilter, groupBookmarks, matches, type BookmarkFilter, type GroupBy } from './bookmark-groups';

/** The bookmarks panel: grouped, filtered, exported, imported; orphans listed to be fixed or deleted. */
/** A title or a speaker's name is in its article's language; a tag is the reader's own words. */
function groupLang(by: GroupBy, first: Bookmark | undefined): string | undefined {
  return by !== 'tag' && first && first.lang !== 'und' ? first.lang : undefined;
}

export function BookmarksView({ navigate }: { navigate: (route: Route) => void }) {
  const api = useApi();
  const { t } = useTranslation(['bookmarks', 'common']);
  const [all, setAll] = useState<readonly Bookmark[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [by, setBy] = useState<GroupBy>('article');
  const [filter, setFilter] = useState<BookmarkFilter>(emptyFilter);
  const [imported, setImported] = useState<string | null>(null);
  const [link, setLink] = useState('');
  const [badLink, setBadLink] = useState(false);
  const importInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    const load = () => api.bookmarks.list().then((list) => live && setAll(list), setError);
    void load();
    const stop = api.on('bookmarks.changed', () => void load());
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  const list = useMemo(() => all ?? [], [all]);
  const placed = list.filter((b) => !b.orphaned && matches(b, filter));
  const orphans = list.filter((b) => b.orphaned);
  const speakers = [...new Set(list.flatMap((b) => (b.speaker ? [b.speaker.name] : [])))].sort();
  const tags = [...new Set(list.flatMap((b) => b.tags))].sort();
  const open = useCallback(
    (b: Bookmark) => navigate({ view: 'article', id: b.article.id, at: b.position }),
    [navigate],
  );
  const relocate = useCallback(
    (b: Bookmark) => navigate({ view: 'article', id: b.article.id, relocate: b.id }),
    [navigate],
  );

  const exportAs = async (format: BookmarkExportFormat) => {
    try {
      const file = await api.bookmarks.exportAs({ format });
      downloadText(file.fileName, file.mime, file.content);
    } catch (e) {
      setError(e);
    }
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const result = await api.bookmarks.importAnnotations({ json: await file.text() });
      setImported(
        t('imported', { added: result.added, updated: result.updated, unchanged: result.unchanged }),
      );
    } catch (e) {
      setError(e);
    }
  };
  const set = (key: keyof BookmarkFilter) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setFilter({ ...filter, [key]: e.target.value });

  return (
    <section className="bookmarks" aria-labelledby="bookmarks-title">
      <header className="view-header">
        <h1 id="bookmarks-title">{t('title')}</h1>
        <p className="view-header__count">{t('count', { count: list.length })}</p>
      </header>
      <div className="bookmarks__tools">
        <span>{t('export')}</span>
        {bookmarkExportFormats.map((format) => (
          <button key={format} type="button" onClick={() => void exportAs(format)}>
            {t(`format.${format}`)}
          </button>
        ))}
        <button type="button" onClick={() => importInput.current?.click()}>
          {t('import')}
        </button>
        <input
          ref={importInput}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          hidden
          aria-hidden="true"
          onChange={(e) => void importFile(e)}
        />
      </div>
      <form
        className="bookmarks__link"
        onSubmit={(e) => {
          e.preventDefault();
          const route = routeOfQosLink(link);
          setBadLink(route === null);
          if (route) navigate(route);
        }}
      >
        <label>
          <span>{t('openLink')}</span>
          <input
            value={link}
            onChange={(e) => setLink(e.target.value)}
            placeholder={t('linkPlaceholder')}
            aria-invalid={badLink}
          />
        </label>
        <button type="submit">{t('openLinkGo')}</button>
        {badLink ? <span role="alert">{t('badLink')}</span> : null}
      </form>
      {imported ? <p role="status">{imported}</p> : null}
      {error ? <ErrorNotice error={error} /> : null}
      <div className="bookmarks__filters" role="search">
        <label>
          <span>{t('groupBy')}</span>
          <select value={by} onChange={(e) => setBy(e.target.value as GroupBy)}>
            <option value="article">{t('by.article')}</option>
            <option value="speaker">{t('by.speaker')}</option>
            <option value="tag">{t('by.tag')}</option>
          </select>
        </label>
        <label>
          <span>{t('filter.text')}</span>
          <input type="search" value={filter.text} onChange={set('text')} />
        </label>
        <FacetSelect
          label={t('filter.speaker')}
          anyLabel={t('filter.any')}
          value={filter.speaker}
          options={speakers.map((s) => ({ value: s, label: s }))}
          onChange={(v) => setFilter({ ...filter, speaker: v })}
        />
        <FacetSelect
          label={t('filter.tag')}
          anyLabel={t('filter.any')}
          value={filter.tag}
          options={tags.map((s) => ({ value: s, label: s }))}
          onChange={(v) => setFilter({ ...filter, tag: v })}
        />
        <FacetSelect
          label={t('filter.lang')}
          anyLabel={t('filter.any')}
          value={filter.lang}
          options={uiLanguages.map((l) => ({ value: l, label: t(`common:lang.${l}`) }))}
          onChange={(v) => setFilter({ ...filter, lang: v })}
        />
      </div>
      {all !== null && list.length === 0 ? <p>{t('empty')}</p> : null}
      {orphans.length > 0 ? (
        <section className="bookmarks__group bookmarks__group--orphans" aria-label={t('orphans')}>
          <h2>{t('orphans')}</h2>
          <p>{t('orphansHint')}</p>
          <ul>
            {orphans.map((b) => (
              <BookmarkItem key={b.id} bookmark={b} onOpen={open} onRelocate={relocate} onError={setError} />
            ))}
          </ul>
        </section>
      ) : null}
      {groupBookmarks(placed, by, t('none')).map(([group, items]) => (
        <section key={group} className="bookmarks__group" aria-label={group}>
          <h2 lang={groupLang(by, group === t('none') ? undefined : items[0])}>{group}</h2>
          <ul>
            {items.map((b) => (
              <BookmarkItem key={b.id} bookmark={b} onOpen={open} onRelocate={relocate} onError={setError} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
