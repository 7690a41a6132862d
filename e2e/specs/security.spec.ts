import { expect, test } from '../fixtures/test';

// Untrusted article text is rendered with highlights: it must stay text. (Checklist D1, A7, A1.)
const hostile = [
  'XSS probe: <script>alert(1)</script> and <img src=x onerror=alert(2)>',
  '',
  '<svg onload=alert(3)> a <a href="javascript:alert(4)">link</a> {{constructor.constructor(\'alert(5)\')()}}',
  '',
  'Tokayev met <b>Putin</b> in Astana; «цитата <iframe src="https://example.com"></iframe>», сказал он.',
].join('\n');

test.describe('hostile content and the page’s own defences', () => {
  test('markup inside an article is shown as text, never run', async ({ qos, library, reader, page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await library.open(qos.url);
    await page
      .locator('input[type=file][accept]')
      .setInputFiles([{ name: 'xss.txt', mimeType: 'text/plain', buffer: Buffer.from(hostile) }]);
    await expect(page.getByRole('status')).toContainText('1 article added');
    await library.openArticle(/XSS probe/);
    await expect(reader.heading).toContainText('<img src=x onerror=alert(2)>');
    await expect(reader.body).toContainText('<svg onload=alert(3)>');
    expect(await reader.article.locator('img, script, svg, iframe, a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('the CSP blocks injected scripts and the page requests nothing beyond its own origin', async ({
    qos,
    library,
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await library.open(qos.url);
    // A script slipped into the DOM (the way an XSS would) is refused by the policy, and reported.
    const verdict = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violation: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => {
            resolve({ ran: (window as { __ran?: boolean }).__ran === true, violation: e.violatedDirective });
          });
          const script = document.createElement('script');
          script.textContent = 'window.__ran = true';
          document.head.append(script);
        }),
    );
    expect(verdict).toEqual({ ran: false, violation: expect.stringMatching(/^script-src/) });
    await library.openArticle(/Казахстан и Татарстан/);
    await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
    const foreign = requested.filter((url) => !url.startsWith(qos.origin));
    expect(foreign).toEqual([]);
  });

  test('the page has no way to reach Node or arbitrary back-end channels', async ({ qos, library, page }) => {
    await library.open(qos.url);
    const exposed = await page.evaluate(() => [
      typeof (globalThis as { require?: unknown }).require,
      typeof (globalThis as { process?: unknown }).process,
    ]);
    expect(exposed).toEqual(['undefined', 'undefined']);
  });
});
