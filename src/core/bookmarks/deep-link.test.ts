import { describe, expect, it } from 'vitest';
import { articleLink, bookmarkLink, parseQosLink } from './deep-link';

describe('qos:// links', () => {
  it('round-trips a bookmark link, escaping odd ids', () => {
    const link = bookmarkLink({
      id: 'b 1',
      article: { id: 'a/1', file: '', title: null, outlet: null, date: null },
      position: { start: 3, end: 9 },
    });
    expect(link).toBe('qos://article/a%2F1?start=3&end=9&b=b%201');
    expect(parseQosLink(link)).toEqual({ articleId: 'a/1', start: 3, end: 9, bookmarkId: 'b 1' });
    expect(parseQosLink(articleLink('abc'))).toEqual({ articleId: 'abc' });
  });

  it('refuses anything that is not a well-formed article link', () => {
    for (const bad of [
      'https://article/x',
      'qos://other/x',
      'qos://article/',
      'qos://article/x?start=-1',
      'qos://article/x?start=9&end=3',
      'qos://article/x?start=1e3',
      'not a url',
      'qos://article/%E0%A4%A',
    ])
      expect(parseQosLink(bad)).toBeNull();
  });
});
