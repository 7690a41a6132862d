import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, routeOfQosLink, type Route } from './use-route';

describe('routes', () => {
  it('round-trips every route through the address', () => {
    const routes: Route[] = [
      { view: 'library' },
      { view: 'bookmarks' },
      { view: 'article', id: 'abc123' },
      { view: 'article', id: 'abc123', at: { start: 10, end: 42 } },
      { view: 'article', id: 'abc123', relocate: 'b-1' },
      { view: 'pair', a: 'abc123', b: 'def456' },
      { view: 'library', entity: 'x:tkv.ksm' },
      { view: 'library', entity: 'Q7747' },
      { view: 'search', q: 'Касым-Жомарт: "trade" -Putin & co' },
      { view: 'search', q: '' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('reads qos:// links and refuses anything else', () => {
    expect(routeOfQosLink('qos://article/8efaf9ddfbd8e56d?start=5&end=20&b=x')).toEqual({
      view: 'article',
      id: '8efaf9ddfbd8e56d',
      at: { start: 5, end: 20 },
    });
    expect(routeOfQosLink('https://example.com')).toBeNull();
    expect(routeOfQosLink('qos://article/../x')).toBeNull();
  });

  it('ignores malformed passages instead of jumping somewhere wrong', () => {
    expect(parseRoute('#/article/a?start=9&end=3')).toEqual({ view: 'article', id: 'a' });
    expect(parseRoute('#/article/a?start=x&end=3')).toEqual({ view: 'article', id: 'a' });
    expect(parseRoute('#/nonsense')).toEqual({ view: 'library' });
  });
});
