import type { Article } from '../../shared/article';
import type { PairService } from '../../shared/contract';
import type { Library } from '../library/library-service';
import type { AlignmentView, CounterpartView, StoryView } from '../../shared/pairing';
import { QosError } from '../../shared/qos-error';
import { alignTexts } from '../../core/align/align';
import { toTmx } from '../../core/align/export-tmx';
import { toTsv } from '../../core/align/export-tsv';
import { pairingDocFrom } from '../../core/pairing/pairing-doc';
import { createPairingIndex, type Counterpart, type PairingIndex } from '../../core/pairing/pairing-index';
import { groupStories } from '../../core/pairing/stories';
import { appVersion } from '../app-version';
import type { EventHub } from './event-hub';

const counterpartLimit = 12;

/**
 * Counterparts, stories and alignment over the library. The pairing index is built from the
 * library's own annotated articles on first use and again after the library changes.
 */
export function createPairService(library: Library, events: EventHub): PairService {
  let built: Promise<{ index: PairingIndex; articles: Map<string, Article> }> | null = null;
  events.subscribe((name) => {
    if (name === 'library.changed' || name === 'entities.changed') built = null;
  });

  async function build() {
    const articles = new Map<string, Article>();
    const index = createPairingIndex();
    for (const article of library.annotatedAll()) {
      articles.set(article.id, article);
      index.add(pairingDocFrom(article, article));
    }
    return { index, articles };
  }
  const current = () => (built ??= build());

  const view = (articles: Map<string, Article>, c: Counterpart): CounterpartView => {
    const a = articles.get(c.id);
    return {
      id: c.id,
      lang: c.lang,
      title: a?.title ?? a?.lead ?? c.id,
      outlet: a?.outlet ?? null,
      date: a?.date ?? null,
      score: c.score,
      reasons: c.reasons,
    };
  };

  async function pair(aId: unknown, bId: unknown) {
    if (typeof aId !== 'string' || typeof bId !== 'string')
      throw new QosError('bad_request', 'two article ids are needed');
    const [a, b] = await Promise.all([library.get({ id: aId }), library.get({ id: bId })]);
    const alignment = alignTexts(
      {
        text: a.text,
        lang: a.lang,
        sentences: a.sentences,
        paragraphs: a.paragraphs,
        annotations: a,
        quotes: a.quotes,
      },
      {
        text: b.text,
        lang: b.lang,
        sentences: b.sentences,
        paragraphs: b.paragraphs,
        annotations: b,
        quotes: b.quotes,
      },
    );
    return { a, b, alignment };
  }

  return {
    async counterparts(input) {
      if (typeof input?.id !== 'string')
        throw new QosError('bad_request', 'counterparts needs an article id');
      const { index, articles } = await current();
      if (!index.get(input.id)) throw new QosError('not_found', `no article ${input.id}`);
      const lists = index.counterparts(input.id, { limit: counterpartLimit });
      return {
        counterparts: lists.counterparts.map((c) => view(articles, c)),
        otherReports: lists.otherReports.map((c) => view(articles, c)),
      };
    },
    async stories() {
      const { index, articles } = await current();
      return groupStories(index).map((story): StoryView => ({
        ids: story.ids,
        sameEvent: story.sameEvent,
        title: articles.get(story.ids[0] ?? '')?.title ?? articles.get(story.ids[0] ?? '')?.lead ?? '',
      }));
    },
    async align(input) {
      const { a, b, alignment } = await pair(input?.a, input?.b);
      return {
        a: { id: a.id, sentences: a.sentences },
        b: { id: b.id, sentences: b.sentences },
        mode: alignment.mode,
        links: alignment.links,
      } satisfies AlignmentView;
    },
    async exportAlignment(input) {
      const format = input?.format;
      if (format !== 'tmx' && format !== 'tsv')
        throw new QosError('bad_request', `unknown format ${String(format)}`);
      const { a, b, alignment } = await pair(input.a, input.b);
      const sideA = { text: a.text, lang: a.lang, sentences: a.sentences };
      const sideB = { text: b.text, lang: b.lang, sentences: b.sentences };
      const content =
        format === 'tmx'
          ? toTmx(sideA, sideB, alignment.links, { toolVersion: appVersion() })
          : toTsv(sideA, sideB, alignment.links);
      const stem = `${a.file.replace(/\.[^.]+$/, '')}__${b.file.replace(/\.[^.]+$/, '')}`;
      return {
        fileName: `${stem}.${format}`,
        mime: format === 'tmx' ? 'application/x-tmx+xml' : 'text/tab-separated-values',
        content,
      };
    },
  };
}
