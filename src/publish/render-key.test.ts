import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishConfig } from './config.js';
import { buildDigest, codeDigest, renderKey } from './render-key.js';

describe('render keys', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A publish folder and a package.json in a temporary directory. */
  function build(files: Record<string, string>, dependencies: Record<string, string> = { parse5: '8.1.1' }) {
    const root = mkdtempSync(join(tmpdir(), 'dateline-render-key-'));
    dirs.push(root);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(root, 'publish', name, '..'), { recursive: true });
      writeFileSync(join(root, 'publish', name), text);
    }
    writeFileSync(join(root, 'package.json'), JSON.stringify({ version: '0.1.0', dependencies }));
    return codeDigest(join(root, 'publish'), join(root, 'package.json'));
  }

  it('changes with any file that renders pages, and with the versions of the packages they use', () => {
    const files = { 'pages/article-page.js': 'export const a = 1;', 'html/safe-html.js': 'x' };
    const base = build(files);
    expect(build(files)).toBe(base);
    expect(build({ ...files, 'pages/article-page.js': 'export const a = 2;' })).not.toBe(base);
    expect(build({ ...files, 'assets/style-css.js': 'body{}' })).not.toBe(base);
    expect(build(files, { parse5: '8.1.2' })).not.toBe(base);
  });

  it('leaves out what never reaches a page: tests, test helpers, source maps, declarations', () => {
    const files = { 'pages/article-page.js': 'export const a = 1;' };
    const base = build(files);
    expect(
      build({
        ...files,
        'pages/article-page.test.ts': 'test',
        'testing/memory-store.js': 'helper',
        'pages/article-page.js.map': '{}',
        'pages/article-page.d.ts': 'export {}',
      }),
    ).toBe(base);
  });

  it('changes with the site name and the base URL, not with other settings', () => {
    const key = renderKey(publishConfig({ baseUrl: 'https://desk.example' }));
    expect(renderKey(publishConfig({ baseUrl: 'https://desk.example', pageSize: 50, token: 'x'.repeat(20) }))).toBe(
      key,
    );
    expect(renderKey(publishConfig({ baseUrl: 'https://news.example' }))).not.toBe(key);
    expect(renderKey(publishConfig({ baseUrl: 'https://desk.example', siteName: 'Wire' }))).not.toBe(key);
    expect(renderKey(publishConfig({ baseUrl: 'https://desk.example' }), 'another build')).not.toBe(key);
    expect(buildDigest()).toBe(buildDigest());
  });
});
