import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bookmark } from '../../../shared/bookmarks';
import { formatArticleDate } from '../../i18n/format';
import { useApi } from '../../platform/api-context';

interface Props {
  readonly bookmark: Bookmark;
  readonly onOpen: (b: Bookmark) => void;
  readonly onRelocate: (b: Bookmark) => void;
  readonly onError: (e: unknown) => void;
}

/** One saved quote: the passage, who said it, where it is from, the reader's note and tags. */
export function BookmarkItem({ bookmark, onOpen, onRelocate, onError }: Props) {
  const api = useApi();
  const { t, i18n } = useTranslation('bookmarks');
  const [note, setNote] = useState(bookmark.note);
  const [tags, setTags] = useState(bookmark.tags.join(', '));
  const [copied, setCopied] = useState(false);
  const lang = bookmark.lang === 'und' ? undefined : bookmark.lang;

  const save = () => {
    const nextTags = tags
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (note === bookmark.note && nextTags.join('\u0000') === bookmark.tags.join('\u0000')) return;
    api.bookmarks.update({ id: bookmark.id, patch: { note, tags: nextTags } }).catch(onError);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(await api.bookmarks.citation({ id: bookmark.id }));
      setCopied(true);
    } catch (e) {
      onError(e);
    }
  };

  return (
    <li className={`bookmark${bookmark.orphaned ? ' bookmark--orphan' : ''}`}>
      <blockquote lang={lang}>{bookmark.quote.exact}</blockquote>
      <p className="bookmark__source">
        {bookmark.speaker ? (
          <strong lang={lang}>{bookmark.speaker.name}</strong>
        ) : (
          <span>{t('noSpeaker')}</span>
        )}
        {' · '}
        <span lang={lang}>{bookmark.article.title ?? bookmark.article.file}</span>
        {bookmark.article.outlet ? <span lang={lang}> · {bookmark.article.outlet}</span> : null}
        {bookmark.article.date ? (
          <span> · {formatArticleDate(bookmark.article.date, i18n.language)}</span>
        ) : null}
      </p>
      {bookmark.orphaned ? (
        <p className="bookmark__orphan">{t(`orphan.${bookmark.orphaned.reason}`)}</p>
      ) : null}
      <div className="bookmark__fields">
        <label>
          <span>{t('note')}</span>
          <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} onBlur={save} />
        </label>
        <label>
          <span>{t('tags')}</span>
          <input value={tags} onChange={(e) => setTags(e.target.value)} onBlur={save} />
        </label>
      </div>
      <div className="bookmark__actions">
        {bookmark.orphaned ? (
          <button type="button" onClick={() => onRelocate(bookmark)}>
            {t('relocate')}
          </button>
        ) : (
          <button type="button" onClick={() => onOpen(bookmark)}>
            {t('open')}
          </button>
        )}
        <button type="button" onClick={() => void copy()}>
          {copied ? t('copied') : t('copyCitation')}
        </button>
        <button type="button" onClick={() => void api.bookmarks.remove({ id: bookmark.id }).catch(onError)}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
