import type { SearchSnippet } from '../../../shared/search';
import { segment } from '../../components/segments';

/** A result's passage with the matched words as <mark> elements (React nodes, never HTML). */
export function Snippet({ snippet, lang }: { snippet: SearchSnippet; lang: string | undefined }) {
  const marks = snippet.highlights.map((span) => ({ span }));
  return (
    <p className="search-hit__snippet" lang={lang}>
      {segment(0, snippet.text.length, marks).map((piece) => {
        const text = snippet.text.slice(piece.start, piece.end);
        return piece.marks.length > 0 ? (
          <mark key={piece.start}>{text}</mark>
        ) : (
          <span key={piece.start}>{text}</span>
        );
      })}
    </p>
  );
}
