import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkLocales,
  checkUsage,
  findUsage,
  formatProblem,
  placeholders,
  pluralCategories,
  runCheck,
  type Locales,
  type Problem,
} from './check-i18n';

const en = {
  library: {
    title: 'Library',
    count_one: '{{count, number}} article',
    count_other: '{{count, number}} articles',
    remove: 'Remove {{name}}',
  },
};
const ru = {
  library: {
    title: 'Библиотека',
    count_one: '{{count, number}} статья',
    count_few: '{{count, number}} статьи',
    count_many: '{{count, number}} статей',
    count_other: '{{count, number}} статьи',
    remove: 'Убрать {{name}}',
  },
};
const kk = {
  library: {
    title: 'Кітапхана',
    count_one: '{{count, number}} мақала',
    count_other: '{{count, number}} мақала',
    remove: '{{name}} алып тастау',
  },
};

const summary = (problems: readonly Problem[]) => problems.map((p) => `${p.rule} ${p.language} ${p.key}`);

describe('plural categories and placeholders', () => {
  it('takes the forms each language needs from CLDR', () => {
    expect([...pluralCategories('en')].sort()).toEqual(['one', 'other']);
    expect([...pluralCategories('ru')].sort()).toEqual(['few', 'many', 'one', 'other']);
    expect([...pluralCategories('kk')].sort()).toEqual(['one', 'other']);
  });

  it('reads placeholder names, with or without a format', () => {
    expect(placeholders('{{done}} of {{ total }}, {{count, number}} and {{done}}')).toEqual([
      'count',
      'done',
      'total',
    ]);
    expect(placeholders('no placeholders')).toEqual([]);
  });
});

describe('checkLocales', () => {
  it('accepts complete locales where Russian has plural keys English lacks', () => {
    expect(checkLocales({ en, ru, kk })).toEqual([]);
  });

  it('reports a plain key missing in a locale', () => {
    const { title: _, ...rest } = kk.library;
    expect(summary(checkLocales({ en, kk: { library: rest } }))).toEqual(['missing kk library:title']);
  });

  it("reports Russian's missing 'many' form, naming the forms Russian needs", () => {
    const { count_many: _, ...rest } = ru.library;
    const problems = checkLocales({ en, ru: { library: rest } });
    expect(summary(problems)).toEqual(['missing ru library:count_many']);
    expect(problems[0]?.message).toContain('Russian needs the plural forms');
    expect(problems[0]?.message).toContain('many');
  });

  it("holds English to its own forms and Kazakh to 'one' and 'other'", () => {
    const { count_one: _, ...enRest } = en.library;
    const { count_other: __, ...kkRest } = kk.library;
    expect(summary(checkLocales({ en: { library: enRest }, kk: { library: kkRest } }))).toEqual([
      'missing en library:count_one',
      'missing kk library:count_other',
    ]);
  });

  it('reports a whole namespace missing as its keys', () => {
    expect(summary(checkLocales({ en, kk: {} }))).toHaveLength(4);
  });

  it('reports keys English lacks, and plural forms a language does not have', () => {
    const problems = checkLocales({
      en,
      kk: { library: { ...kk.library, stray: 'Артық', count_few: '{{count, number}} мақала' } },
    });
    expect(summary(problems)).toEqual(['extra kk library:stray', 'extra kk library:count_few']);
    expect(problems[1]?.message).toContain("no 'few' plural form");
  });

  it("allows an optional '_zero' form for a plural key", () => {
    expect(checkLocales({ en, ru: { library: { ...ru.library, count_zero: 'Нет статей' } } })).toEqual([]);
  });

  it('reports placeholders that differ from English', () => {
    const problems = checkLocales({ en, ru: { library: { ...ru.library, remove: 'Убрать {{file}}' } } });
    expect(summary(problems)).toEqual(['placeholders ru library:remove']);
    expect(problems[0]?.message).toBe("placeholders {{file}} differ from en's {{name}}");
  });

  it('pools the plural forms, so one form may spell the number out', () => {
    const library = { ...ru.library, count_one: 'одна статья' };
    expect(checkLocales({ en, ru: { library } })).toEqual([]);
    const none = { ...kk.library, count_one: 'бір мақала', count_other: 'мақалалар' };
    expect(summary(checkLocales({ en, kk: { library: none } }))).toEqual(['placeholders kk library:count']);
  });

  it('reports a count written bare instead of through Intl', () => {
    const problems = checkLocales({
      en,
      kk: { library: { ...kk.library, count_other: '{{count}} мақала' } },
    });
    expect(summary(problems)).toEqual(['format kk library:count_other']);
    expect(problems[0]?.message).toBe('writes {{count}} bare: use {{count, number}}');
  });

  it('reports a value that is not a translated string', () => {
    const problems = checkLocales({ en, kk: { library: { ...kk.library, title: '' } } });
    expect(summary(problems)).toEqual(['type kk library:title']);
  });
});

describe('findUsage and checkUsage', () => {
  const locales: Locales = {
    en: {
      common: { loading: 'Loading…', language: { en: 'English', ru: 'Russian' } },
      library: { title: 'Library', count_one: 'one', count_other: 'many', stale: 'Old text' },
      errors: { not_found: 'Not found', internal: 'Oops' },
      menu: { quit: 'Quit' },
    },
  };
  const namespaces = Object.keys(locales.en ?? {});

  it('resolves keys by explicit namespace, by the file namespaces, templates and i18nKey', () => {
    const usage = findUsage(
      [
        {
          file: 'a.tsx',
          text: [
            "const { t } = useTranslation(['library', 'common']);",
            "t('title'); t(done ? 'errors:not_found' : 'errors:internal');",
            't(`language.${lang}`, { x: 1 });',
            '<Trans i18nKey="library:count" />; i18n.t(\'common:loading\');',
          ].join('\n'),
        },
        { file: 'b.ts', text: "const t = fixed('menu'); t('menu:quit'); format('not:a:key');" },
      ],
      namespaces,
    );
    expect([...usage.exact].sort()).toEqual([
      'common:loading',
      'common:title',
      'errors:internal',
      'errors:not_found',
      'library:count',
      'library:title',
      'menu:quit',
    ]);
    expect([...usage.prefixes].sort()).toEqual(['common:language.', 'library:language.']);
    const problems = checkUsage(locales, usage);
    expect(summary(problems)).toEqual(['unused en library:stale']);
    expect(formatProblem(problems[0]!)).toBe('locales/en/library.json: "stale": unused: no source uses it');
  });

  it("falls back to 'common' for a file that names no namespace", () => {
    const usage = findUsage([{ file: 'c.tsx', text: "t('loading')" }], namespaces);
    expect([...usage.exact]).toEqual(['common:loading']);
  });

  it('treats a template prefix as using every key under it', () => {
    const usage = findUsage([{ file: 'd.tsx', text: 't(`errors:${error.code}`)' }], namespaces);
    const problems = checkUsage(locales, usage);
    expect(problems.map((p) => p.key)).not.toContain('errors:not_found');
    expect(problems.map((p) => p.key)).not.toContain('errors:internal');
    expect(problems.map((p) => p.key)).toContain('library:title');
  });

  it('reports an explicitly namespaced key that English does not define', () => {
    const usage = findUsage([{ file: 'e.tsx', text: "t('library:titel')" }], namespaces);
    const problems = checkUsage(locales, usage).filter((p) => p.rule === 'undefined');
    expect(problems).toEqual([
      { rule: 'undefined', language: 'en', key: 'library:titel', message: 'used in e.tsx but not defined' },
    ]);
  });
});

describe('runCheck on a project folder', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function project(files: Record<string, string>): string {
    root = mkdtempSync(path.join(os.tmpdir(), 'qos-i18n-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    mkdirSync(path.join(root, 'src/main'), { recursive: true });
    return root;
  }

  it('passes a consistent project and fails one with a missing folder, skipping tests', () => {
    const dir = project({
      'locales/en/common.json': JSON.stringify({ hello: 'Hello' }),
      'locales/ru/common.json': JSON.stringify({ hello: 'Привет' }),
      'src/renderer/App.tsx': "t('hello')",
      'src/renderer/App.test.tsx': "t('common:nothing')",
    });
    expect(runCheck(dir, ['en', 'ru'])).toEqual([]);
    expect(runCheck(dir, ['en', 'ru', 'kk']).map(formatProblem)).toEqual(['locales/kk: no such folder']);
  });

  it('names the file of a locale that is not valid JSON', () => {
    const dir = project({ 'locales/en/common.json': '{ "hello": ', 'src/renderer/App.tsx': '' });
    expect(() => runCheck(dir, ['en'])).toThrow(/locales[\\/]en[\\/]common\.json: not valid JSON/);
  });
});
