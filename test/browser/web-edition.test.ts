import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDesk, type SeededDesk } from './seed-desk.js';

const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);

describe.skipIf(!haveBrowser)('web edition in a browser', () => {
  let browser: Browser;
  let desk: SeededDesk;

  beforeAll(async () => {
    desk = await seedDesk();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await desk?.close();
  });

  /** A page that never leaves the desk and records console errors, page errors and dialogs. */
  async function openPage(): Promise<{ page: Page; problems: string[] }> {
    // axe needs a page in its own context (it opens a helper page beside it).
    const page = await (await browser.newContext()).newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.route('**/*', (route) =>
      route.request().url().startsWith(desk.url) ? route.continue() : route.abort('blockedbyclient'),
    );
    return { page, problems };
  }

  it('goes from the front page through search to the article', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${desk.url}/`);
    expect(await page.locator('h2#latest-h').count()).toBe(1);
    expect(await page.locator('.stories a').count()).toBeGreaterThan(0);
    await page.fill('#masthead-q', 'Vladivostok');
    await Promise.all([page.waitForURL(/\/search\?q=Vladivostok/), page.press('#masthead-q', 'Enter')]);
    expect(await page.locator('.snippet mark').count()).toBeGreaterThan(0);
    await Promise.all([
      page.waitForURL(/\/article\//),
      page
        .locator(`.list a[href="/article/${encodeURIComponent(desk.articleId)}"]`)
        .first()
        .click(),
    ]);
    expect(await page.locator('h1#headline').textContent()).toBe(desk.articleTitle);
    expect(await page.locator('figure.lead figcaption').count()).toBe(1);
    expect(await page.locator('aside .map svg circle').count()).toBeGreaterThan(0);
    expect(await page.locator('aside table tbody tr').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('links every share target to the article URL and title', async () => {
    const { page, problems } = await openPage();
    const articleUrl = `${desk.url}/article/${encodeURIComponent(desk.articleId)}`;
    await page.goto(articleUrl);
    const hrefs = Object.fromEntries(
      await page
        .locator('.share a[data-network]')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('data-network'), a.getAttribute('href')])),
    ) as Record<string, string>;
    const u = encodeURIComponent(articleUrl);
    const t = encodeURIComponent(desk.articleTitle);
    expect(hrefs.facebook).toBe(`https://www.facebook.com/sharer/sharer.php?u=${u}`);
    expect(hrefs.x).toBe(`https://twitter.com/intent/tweet?url=${u}&text=${t}`);
    expect(hrefs.reddit).toBe(`https://www.reddit.com/submit?url=${u}&title=${t}`);
    expect(hrefs.flipboard).toBe(`https://share.flipboard.com/bookmarklet/popout?v=2&url=${u}&title=${t}`);
    const mail = new URL(hrefs.email!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe(desk.articleTitle);
    expect(mail.searchParams.get('body')).toContain(articleUrl);
    expect(new URL(hrefs.whatsapp!).searchParams.get('text')).toBe(`${desk.articleTitle} ${articleUrl}`);
    // No navigator.share in headless Chromium on Linux: the enhancement must not add its button.
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
    expect(await page.locator('.share button').count()).toBe(hasShare ? 1 : 0);
    await page.screenshot({ path: '/tmp/dateline-article.png', fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('adds the Web Share button where navigator.share exists', async () => {
    const { page } = await openPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: async () => undefined, configurable: true });
    });
    await page.goto(`${desk.url}/article/${encodeURIComponent(desk.articleId)}`);
    expect(await page.locator('.share button').count()).toBe(1);
    await page.context().close();
  });

  it('sorts a search newest first from the form, with JavaScript off', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${desk.url}/search?q=train`);
    expect(await page.locator('#s-sort').inputValue()).toBe('relevance');
    await page.selectOption('#s-sort', 'date');
    await Promise.all([page.waitForURL(/[?&]sort=date/), page.click('form.filters button[type="submit"]')]);
    expect(await page.locator('#s-sort').inputValue()).toBe('date');
    expect(await page.locator('#results-h + p.meta').textContent()).toBe('Newest first.');
    await page.context().close();
  });

  it('keeps heading levels in order on list pages (an article title is an h3 under an h2, never under the h1)', async () => {
    for (const path of ['/', '/search?q=train', '/entity/place/Vladivostok', '/outlet/Other%20Wire']) {
      const { page } = await openPage();
      expect((await page.goto(`${desk.url}${path}`))?.status(), path).toBe(200);
      const result = await new AxeBuilder({ page }).withRules(['heading-order']).analyze();
      expect(
        result.violations.map((v) => `${path}: ${v.id}`),
        path,
      ).toEqual([]);
      await page.context().close();
    }
  });

  const AXE_PAGES: readonly [string, (d: SeededDesk) => string][] = [
    ['front', () => '/'],
    ['article', (d) => `/article/${encodeURIComponent(d.articleId)}`],
    ['search', () => '/search?q=train'],
    ['search (newest first)', () => '/search?q=train&sort=date'],
    ['story', (d) => `/story/${encodeURIComponent(d.storyId)}`],
    ['entity', () => '/entity/place/Vladivostok'],
    ['outlet', () => '/outlet/Other%20Wire'],
    // The notices that stand in for a list: a filter that matched nothing, a page past the end.
    ['front (filtered to nothing)', () => '/?outlet=No%20Such%20Outlet'],
    ['search (past the last page)', () => '/search?q=train&page=99'],
  ];

  it.each(AXE_PAGES)(
    'passes axe on the %s page (light and dark) with no serious or critical violations',
    async (_name, pathOf) => {
      const path = pathOf(desk);
      for (const scheme of ['light', 'dark'] as const) {
        const { page, problems } = await openPage();
        await page.emulateMedia({ colorScheme: scheme });
        const res = await page.goto(`${desk.url}${path}`);
        expect(res?.status(), path).toBe(200);
        const result = await new AxeBuilder({ page }).analyze();
        const bad = result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${path} (${scheme}): ${v.id} ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
        expect(bad).toEqual([]);
        expect(problems).toEqual([]);
        await page.context().close();
      }
    },
    60_000,
  );

  it('renders stored script-injection payloads without executing any', async () => {
    const { page, problems } = await openPage();
    await page.addInitScript(() => {
      (window as unknown as { __xss?: string }).__xss = undefined;
    });
    for (const path of [
      `/article/${encodeURIComponent(desk.xssId)}`,
      '/',
      '/search?q=Plain',
      '/entity/person/Evil%20%22%3E%3Cscript%3Ewindow.__xss%20%3D%20%22attr%22%3C%2Fscript%3E%3Cb%20x%3D%22',
    ]) {
      const res = await page.goto(`${desk.url}${path}`);
      expect(res?.status(), path).toBe(200);
      await page.waitForLoadState('load');
      // The payloads are on the page, as text.
      expect(await page.locator('main').textContent(), path).toContain('<script>window.__xss');
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), path).toBeUndefined();
      const dom = await page.evaluate(() => ({
        scripts: [...document.querySelectorAll('script')]
          .filter((s) => s.getAttribute('src') !== '/static/share.js' && s.type !== 'application/ld+json')
          .map((s) => s.outerHTML),
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
        ),
        jsUrls: [...document.querySelectorAll('[href],[src]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
          .filter((v) => /^\s*javascript:/i.test(v)),
        frames: document.querySelectorAll('iframe, object, embed').length,
      }));
      expect(dom, path).toEqual({ scripts: [], handlers: [], jsUrls: [], frames: 0 });
    }
    expect(await page.locator('h1#headline').count()).toBe(0); // last page is the entity page
    expect(problems.filter((p) => p.startsWith('dialog') || p.startsWith('pageerror'))).toEqual([]);
    await page.context().close();
  });
});
