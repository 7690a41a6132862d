import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isSafeExternal } from './external-links';

describe('links handed to the system browser', () => {
  it('accepts plain http(s) addresses', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http', 'https'] }), (url) => {
        const parsed = new URL(url);
        fc.pre(parsed.username === '' && parsed.password === '');
        expect(isSafeExternal(url)).toBe(true);
      }),
    );
  });

  it('refuses everything that could launch a program, hide its target or carry credentials', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///C:/Windows/calc.exe',
      'file:///etc/passwd',
      'ms-settings:display',
      'smb://host/share',
      'app://qos/index.html',
      ' https://example.com',
      'https://example.com/\u202Etxt.exe',
      'https://user:pw@example.com/',
      `https://example.com/${'a'.repeat(3000)}`,
      '',
    ]) {
      expect(isSafeExternal(url), url).toBe(false);
    }
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof isSafeExternal(s) === 'boolean'));
  });
});

describe('the network filter', () => {
  it('lets the app protocol through and stops anything that leaves the machine', () => {
    expect(isAllowedRequest('app://qos/assets/index.js', undefined)).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:9/',
      'ws://example.com/',
      'ftp://x/',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(isAllowedRequest(url, undefined), url).toBe(false);
    }
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
  });
});
