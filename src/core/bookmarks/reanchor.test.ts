import { describe, expect, it } from 'vitest';
import { createBookmark } from './create-bookmark';
import { reanchorBookmarks } from './reanchor';

const v1 =
  'Intro line.\n\nTokayev said: "We will double the volume of transit through the Middle Corridor," officials confirmed.\n\nOther news about grain.';
const article1 = { id: 'id-v1', file: 'transit.txt', hash: 'hash-v1', lang: 'en' as const, text: v1 };
const exact = 'We will double the volume of transit through the Middle Corridor';
const start = v1.indexOf(exact);
const bookmark = createBookmark(
  { article: article1, start, end: start + exact.length },
  'b1',
  '2024-01-01T00:00:00.000Z',
);
const now = '2024-02-01T00:00:00.000Z';

describe('reanchorBookmarks', () => {
  it('leaves bookmarks of unchanged or absent articles alone', () => {
    expect(reanchorBookmarks([bookmark], [article1], now)).toMatchObject({
      bookmarks: [bookmark],
      checked: 0,
    });
    const other = { ...article1, id: 'zzz', file: 'other.txt', hash: 'h' };
    expect(reanchorBookmarks([bookmark], [other], now).bookmarks[0]).toBe(bookmark);
  });

  it('finds the quote in the edited file, recognised by its file name under its new id', () => {
    const v2 = `Breaking.\n\n${v1}`;
    const out = reanchorBookmarks(
      [bookmark],
      [{ ...article1, id: 'id-v2', hash: 'hash-v2', text: v2, title: 'Transit' }],
      now,
    );
    expect(out).toMatchObject({ checked: 1, moved: 1, orphaned: 0, restored: 0 });
    const b = out.bookmarks[0];
    expect(b).toMatchObject({
      hash: 'hash-v2',
      article: { id: 'id-v2', title: 'Transit' },
      position: { start: start + 11 },
      updated: bookmark.updated,
    });
    expect(v2.slice(b?.position.start, b?.position.end)).toBe(exact);
  });

  it('orphans a deleted quote, keeps its text, does not search the same text twice, and restores it when the text returns', () => {
    const v2 = v1.replace(/Tokayev said.*confirmed\./, 'Tokayev declined to comment.');
    const edited = { ...article1, id: 'id-v2', hash: 'hash-v2', text: v2 };
    const first = reanchorBookmarks([bookmark], [edited], now);
    expect(first).toMatchObject({ checked: 1, orphaned: 1 });
    const orphan = first.bookmarks[0];
    expect(orphan).toMatchObject({
      quote: bookmark.quote,
      position: bookmark.position,
      hash: 'hash-v1',
      orphaned: { since: now, articleHash: 'hash-v2', reason: 'not_found' },
    });
    const again = reanchorBookmarks(first.bookmarks, [edited], now);
    expect(again).toMatchObject({ checked: 0, orphaned: 0 });
    expect(again.bookmarks[0]).toBe(orphan);
    const back = reanchorBookmarks(first.bookmarks, [article1], now);
    expect(back).toMatchObject({ restored: 1 });
    expect(back.bookmarks[0]?.orphaned).toBeNull();
  });

  it('restores an orphan when a later version has the quote again', () => {
    const gone = { ...article1, id: 'v2', hash: 'hash-v2', text: 'Nothing here.' };
    const orphaned = reanchorBookmarks([bookmark], [gone], now).bookmarks;
    const v3 = { ...article1, id: 'v3', hash: 'hash-v3', text: `New lead.\n\n${v1}` };
    const out = reanchorBookmarks(orphaned, [v3], now);
    expect(out).toMatchObject({ restored: 1, moved: 0, orphaned: 0 });
    expect(out.bookmarks[0]).toMatchObject({ hash: 'hash-v3', orphaned: null });
  });

  it('does not guess between two articles with the same file name', () => {
    const a = { ...article1, id: 'x1', hash: 'hx1', text: 'one' };
    const b = { ...article1, id: 'x2', hash: 'hx2', text: 'two' };
    expect(reanchorBookmarks([bookmark], [a, b], now)).toMatchObject({ checked: 0, bookmarks: [bookmark] });
  });
});
