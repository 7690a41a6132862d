import { useTranslation } from 'react-i18next';
import type { Article, Quote, Span } from '../../../shared/article';
import { segment } from '../../components/segments';

interface QuoteMark {
  readonly span: Span;
  readonly quote: Quote;
}

/** The article's paragraphs, with detected quotes marked and their speakers named. */
export function ArticleBody({ article }: { article: Article }) {
  const { t } = useTranslation('reader');
  const marks: QuoteMark[] = article.quotes.map((quote) => ({ span: [quote.start, quote.end], quote }));
  const titleParagraph = article.paragraphs.findIndex(
    ([s, e]) => article.text.slice(s, e).trim() === article.title,
  );

  return (
    <div className="article-body" lang={article.lang === 'und' ? undefined : article.lang}>
      {article.paragraphs.map(([start, end], index) => {
        if (index === titleParagraph) return null;
        const pieces = segment(start, end, marks);
        const endingQuotes = marks.filter((m) => m.span[1] > start && m.span[1] <= end);
        return (
          <p key={start} data-start={start}>
            {pieces.map((piece) => {
              const text = article.text.slice(piece.start, piece.end);
              const mark = piece.marks[0];
              if (!mark) return <span key={piece.start}>{text}</span>;
              const speaker = mark.quote.speaker?.name ?? t('unknownSpeaker');
              return (
                <mark
                  key={piece.start}
                  className="quote"
                  title={t('saidBy', { name: speaker })}
                  data-speaker={mark.quote.speaker?.name ?? ''}
                >
                  {text}
                </mark>
              );
            })}
            {endingQuotes.map((m) => (
              <span key={`s${m.span[0]}`} className="quote-speaker">
                {' '}
                {t('saidBy', { name: m.quote.speaker?.name ?? t('unknownSpeaker') })}
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}
