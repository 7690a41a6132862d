import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/article';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useApi } from '../../platform/api-context';

const encodings = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'koi8-r',
  'ibm866',
  'iso-8859-5',
] as const;

/**
 * The reader corrects what the parser read. Corrections are kept as overrides in the store; the file
 * itself is never changed. An empty field restores the parsed value.
 */
export function MetadataEditor({
  article,
  onSaved,
  onClose,
}: {
  article: Article;
  onSaved: (a: Article) => void;
  onClose: () => void;
}) {
  const api = useApi();
  const { t } = useTranslation('reader');
  const [draft, setDraft] = useState({
    title: article.title ?? '',
    date: article.date ?? '',
    outlet: article.outlet ?? '',
    dateline: article.dateline ?? '',
    authors: article.authors.join(', '),
    cites: article.cites ?? '',
  });
  const [error, setError] = useState<unknown>(null);
  const field = (name: keyof typeof draft) => (
    <label className="metadata-editor__field">
      <span>{t(`edit.${name}`)}</span>
      <input value={draft[name]} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
    </label>
  );
  const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const authors = draft.authors
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
      const saved = await api.library.setMetadata({
        id: article.id,
        override: {
          title: orNull(draft.title),
          date: orNull(draft.date),
          outlet: orNull(draft.outlet),
          dateline: orNull(draft.dateline),
          authors: authors.length > 0 ? authors : null,
          cites: orNull(draft.cites),
        },
      });
      onSaved(saved);
    } catch (e) {
      setError(e);
    }
  };
  const reread = async (encoding: string) => {
    try {
      onSaved(await api.library.setEncoding({ id: article.id, encoding }));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form className="metadata-editor" onSubmit={(e) => void save(e)} aria-label={t('edit.title')}>
      {field('title')}
      {field('date')}
      {field('outlet')}
      {field('dateline')}
      {field('authors')}
      {field('cites')}
      <label className="metadata-editor__field">
        <span>{t('edit.encoding')}</span>
        <select value={article.encoding} onChange={(e) => void reread(e.target.value)}>
          {[...new Set([article.encoding, ...encodings])].map((enc) => (
            <option key={enc} value={enc}>
              {enc}
              {enc === article.encoding && article.encodingGuessed ? ` (${t('edit.guessed')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <div className="metadata-editor__actions">
        <button type="submit">{t('edit.save')}</button>
        <button type="button" onClick={onClose}>
          {t('edit.close')}
        </button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
    </form>
  );
}
