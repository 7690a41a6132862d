/**
 * The writer the crash test kills: opens the store given as argv[2], prints `ready`, then adds
 * bookmarks without pause, several at a time, printing `ack <id>` only after each add resolved.
 * Runs until it is killed.
 */
import { openBookmarkStore } from './bookmark-store';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: crash-child <store dir>');

const paragraph =
  'Президент Казахстана Касым-Жомарт Токаев провёл переговоры с российским коллегой. «Товарооборот между нашими странами вырос на 12 процентов», — заявил он журналистам. ' +
  'Kassym-Jomart Tokayev said trade between the two countries grew by 12 percent last year. ';
const text = paragraph.repeat(20);
const article = {
  id: 'crash',
  file: 'crash.txt',
  hash: 'crash-hash',
  lang: 'ru' as const,
  text,
  title: 'Crash test',
  outlet: null,
  date: null,
};

const store = await openBookmarkStore(dir);
if (store.problems.length > 0) process.stdout.write(`problems ${JSON.stringify(store.problems)}\n`);
process.stdout.write('ready\n');

let counter = 0;
async function writer(): Promise<never> {
  for (;;) {
    const n = counter++;
    const start = (n * 37) % (text.length - 200);
    const bookmark = await store.add({
      article,
      start,
      end: start + 40 + (n % 120),
      note: `${process.pid}-${n}`,
      tags: ['crash'],
    });
    // on Linux a write to a pipe is synchronous: the parent sees this line only after the add resolved
    process.stdout.write(`ack ${bookmark.id}\n`);
  }
}

// four adds in flight exercise the queue's batching while the process dies
await Promise.all([writer(), writer(), writer(), writer()]);
