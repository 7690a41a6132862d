import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, Quote } from '../../../shared/article';
import type { Figure } from '../../../shared/entities';
import { formatDateValue, formatFigure } from '../../i18n/format';
import { segment } from '../../components/segments';
import type { Mark } from './marks';
import { figureKey } from './pair-facts';

export interface MentionHandlers {
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
  readonly onInspect: (id: string, anchor: HTMLElement) => void;
  readonly onLeave: () => void;
  /** Bookmarks a detected quote in one click, its speaker filled in. */
  readonly onBookmarkQuote?: (quote: Quote) => void;
  /** Entity ids and figure keys found in the other column too: emphasized in both. */
  readonly sharedIds?: ReadonlySet<string>;
  readonly sharedFigures?: ReadonlySet<string>;
  /** Extra classes of a sentence (hovered, linked to the hovered one, current segment). */
  readonly sentenceClass?: (index: number) => string;
  readonly onSentenceHover?: (index: number | null) => void;
}

/** What a hover over a mark says: who said a quote, what value a figure has. */
interface Labels {
  readonly speaker: (name: string | null) => string;
  readonly figure: (figure: Figure) => string;
}

function wrap(
  mark: Mark,
  children: ReactNode,
  key: string,
  handlers: MentionHandlers,
  labels: Labels,
): ReactNode {
  if (mark.kind === 'quote') {
    return (
      <mark
        key={key}
        className="quote"
        title={labels.speaker(mark.quote.speaker?.name ?? null)}
        data-speaker={mark.quote.speaker?.name ?? ''}
      >
        {children}
      </mark>
    );
  }
  if (mark.kind === 'bookmark') {
    return (
      <mark key={key} className="bookmarked" data-bookmark={mark.bookmarkId}>
        {children}
      </mark>
    );
  }
  if (mark.kind === 'sentence') {
    return (
      <span
        key={key}
        className={`sent ${handlers.sentenceClass?.(mark.index) ?? ''}`}
        data-s={mark.index}
        onMouseEnter={() => handlers.onSentenceHover?.(mark.index)}
        onMouseLeave={() => handlers.onSentenceHover?.(null)}
      >
        {children}
      </span>
    );
  }
  if (mark.kind === 'find') {
    return (
      <mark key={key} className={`find-hit${mark.current ? ' find-hit--current' : ''}`}>
        {children}
      </mark>
    );
  }
  if (mark.kind === 'focus') {
    return (
      <mark key={key} className="passage-focus">
        {children}
      </mark>
    );
  }
  if (mark.kind === 'figure') {
    return (
      <mark
        key={key}
        className={`fig${handlers.sharedFigures?.has(figureKey(mark.figure)) ? ' fig--shared' : ''}`}
        data-figure={String(mark.figure.value)}
        title={labels.figure(mark.figure)}
      >
        {children}
      </mark>
    );
  }
  const { mention } = mark;
  const selected = handlers.selected === mention.id;
  return (
    <mark
      key={key}
      className={`ent ent--${mention.type}${selected ? ' ent--selected' : ''}${handlers.sharedIds?.has(mention.id) ? ' ent--shared' : ''}`}
      data-entity={mention.id}
      tabIndex={0}
      aria-pressed={selected}
      role="button"
      onClick={() => handlers.onSelect(mention.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          handlers.onSelect(mention.id);
        }
      }}
      onMouseEnter={(e) => handlers.onInspect(mention.id, e.currentTarget)}
      onFocus={(e) => handlers.onInspect(mention.id, e.currentTarget)}
      onMouseLeave={handlers.onLeave}
      onBlur={handlers.onLeave}
    >
      {children}
    </mark>
  );
}

/** The article's paragraphs with quotes, entity mentions and figures drawn as React elements. */
export function ArticleBody({
  article,
  marks,
  handlers,
  bodyRef,
}: {
  article: Article;
  marks: readonly Mark[];
  handlers: MentionHandlers;
  bodyRef?: RefObject<HTMLDivElement | null>;
}) {
  const { t, i18n } = useTranslation('reader');
  const speakerLabel = (name: string | null) => t('saidBy', { name: name ?? t('unknownSpeaker') });
  // ("январе–сентябре 2024 года": "January – September 2024"; "32,5 млрд долларов": "$32.5B")
  const figureLabel = (f: Figure) =>
    f.type === 'DATE'
      ? formatDateValue(String(f.value), i18n.language)
      : formatFigure(f.type, Number(f.value), i18n.language, f.currency);
  const labels: Labels = { speaker: speakerLabel, figure: figureLabel };
  const titleParagraph = article.paragraphs.findIndex(
    ([s, e]) => article.text.slice(s, e).trim() === article.title,
  );

  return (
    <div className="article-body" ref={bodyRef} lang={article.lang === 'und' ? undefined : article.lang}>
      {article.paragraphs.map(([start, end], index) => {
        if (index === titleParagraph) return null;
        const endingQuotes = article.quotes.filter((q) => q.end > start && q.end <= end);
        return (
          <p key={start} data-start={start}>
            {segment(start, end, marks).map((piece) => {
              const text = article.text.slice(piece.start, piece.end);
              // outermost first: wrap from the innermost mark outwards
              return (
                [...piece.marks]
                  .reverse()
                  .reduce<ReactNode>(
                    (inner, mark, i) => wrap(mark, inner, `${piece.start}-${i}`, handlers, labels),
                    text,
                  ) ?? text
              );
            })}
            {endingQuotes.map((q) => (
              <span key={`s${q.start}`} className="quote-speaker" data-extra="">
                {' '}
                {speakerLabel(q.speaker?.name ?? null)}
                {handlers.onBookmarkQuote ? (
                  <button
                    type="button"
                    className="quote-bookmark"
                    onClick={() => handlers.onBookmarkQuote?.(q)}
                    aria-label={t('bookmarkQuote', { name: q.speaker?.name ?? t('unknownSpeaker') })}
                  >
                    {t('bookmarkShort')}
                  </button>
                ) : null}
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}
