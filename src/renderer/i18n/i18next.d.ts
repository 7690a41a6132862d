import 'i18next';
import type common from '../../../locales/en/common.json';
import type library from '../../../locales/en/library.json';
import type reader from '../../../locales/en/reader.json';
import type errors from '../../../locales/en/errors.json';
import type bookmarks from '../../../locales/en/bookmarks.json';
import type search from '../../../locales/en/search.json';

// Keys are checked by the compiler against the English files, the reference locale.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      library: typeof library;
      reader: typeof reader;
      bookmarks: typeof bookmarks;
      search: typeof search;
      errors: typeof errors;
    };
  }
}
