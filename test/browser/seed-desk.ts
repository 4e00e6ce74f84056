/**
 * A temporary desk for the browser tests: a SQLite store holding the reference text dump run through the real
 * extract and analyze stages (when the shared data is present), a second outlet's article, a story over
 * both, and one article made of script-injection payloads; served on an ephemeral port.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze/analyze.js';
import { extract } from '../../src/extract/extract.js';
import { publishConfig } from '../../src/publish/config.js';
import { silentLogger } from '../../src/publish/deps.js';
import { startServer } from '../../src/publish/start-server.js';
import { makeAnalysis, makeArticle, makeStory } from '../../src/publish/testing/fixtures.js';
import { openStore } from '../../src/store/open-store.js';
import type { Analysis, Article } from '../../src/vocabulary.js';

export const SEED_TEXT = fileURLToPath(new URL('../../../shared/data/seed/kim-putin-train.txt', import.meta.url));

/** Every place a hostile page could put markup: title, byline, caption, credit, dateline, body, analysis. */
export const XSS = {
  script: '<script>window.__xss = "script"</script>',
  img: '<img src=x onerror="window.__xss = \'img\'">',
  quote: '"><script>window.__xss = "attr"</script><b x="',
  svg: '<svg onload="window.__xss = \'svg\'"><circle r=5></circle></svg>',
  iframe: '<iframe srcdoc="<script>parent.__xss = \'iframe\'</script>"></iframe>',
  jsLink: 'javascript:window.__xss="href"',
} as const;

function xssArticle(): { article: Article; analysis: Analysis } {
  const payload = `${XSS.quote} ${XSS.script} ${XSS.img}`;
  const paragraphs = [`Plain text with ${XSS.script} inside.`, `More ${XSS.img} text.`];
  const article = makeArticle({
    id: 'xss',
    url: XSS.jsLink,
    siteName: `Evil ${XSS.quote}`,
    title: `Headline ${payload}`,
    description: `Dek ${payload}`,
    authors: [`Byline ${XSS.quote}`, `O'Brien "${XSS.img}"`],
    dateline: { place: `Town ${XSS.quote}`, raw: 'x', agency: XSS.img },
    section: XSS.script,
    leadImage: { url: XSS.jsLink, caption: `Caption ${payload}`, credit: `Credit ${XSS.quote}`, alt: XSS.quote },
    body: {
      html: `<p>Body ${XSS.script}</p><p>${XSS.img}</p><p><a href="${XSS.jsLink}">click</a></p>${XSS.svg}${XSS.iframe}<p onclick="window.__xss='onclick'" style="background:url(javascript:x)">styled</p><math><mtext><table><mglyph><style><img src=x onerror="window.__xss='mxss'"></style></mglyph></table></mtext></math>`,
      text: paragraphs.join('\n\n'),
      paragraphs,
    },
  });
  const analysis = makeAnalysis();
  analysis.entities.push({
    id: 'x1',
    kind: 'person',
    name: `Evil ${XSS.quote}`,
    aliases: [],
    mentions: [{ start: 0, end: 1, text: 'E' }],
  });
  analysis.attributions.push({
    id: 'x2',
    speaker: { entityId: null, name: XSS.script, text: XSS.img, anonymous: true },
    via: [{ entityId: null, name: XSS.quote, text: XSS.quote, anonymous: false }],
    cue: XSS.img,
    content: XSS.script,
    quote: XSS.quote,
    span: { start: 0, end: 1 },
    contentSpan: { start: 0, end: 1 },
  });
  return { article, analysis };
}

export interface SeededDesk {
  url: string;
  /** Id of the reference article (from the real pipeline when available). */
  articleId: string;
  articleTitle: string;
  storyId: string;
  xssId: string;
  close(): Promise<void>;
}

/** Builds the desk and starts serving it. */
export async function seedDesk(): Promise<SeededDesk> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-browser-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'desk.db') });
  let reference: { article: Article; analysis: Analysis } | null = null;
  if (existsSync(SEED_TEXT)) {
    const text = readFileSync(SEED_TEXT, 'utf8');
    const outcome = extract({ text, url: 'https://news.example.com/world/kim-putin-train', published: '2023-09-11' });
    if (outcome.ok) reference = { article: outcome.article, analysis: analyze(outcome.article) };
  }
  reference ??= { article: makeArticle({ id: 'ref' }), analysis: makeAnalysis() };
  const first = await store.upsertArticle({ ...reference, source: 'seed' });
  const second = await store.upsertArticle({
    article: makeArticle({
      id: 'other',
      url: 'https://wire.example.org/putin-vladivostok',
      siteName: 'Other Wire',
      title: 'Putin arrives in Vladivostok ahead of talks with Kim',
      publishedAt: '2023-09-11T15:00:00+10:00',
    }),
    analysis: makeAnalysis(),
    source: 'seed',
  });
  const xss = xssArticle();
  const hostile = await store.upsertArticle({ ...xss, source: 'seed' });
  const stored = await store.getArticle(first.id);
  const story = makeStory('story-1', [first.id, second.id], [stored!.outlet, 'Other Wire']);
  await store.saveStory(story);
  await store.setStory(first.id, story.id);
  await store.setStory(second.id, story.id);

  const server = await startServer(
    (url) => ({ store, config: publishConfig({ baseUrl: url }), clock: () => new Date(), logger: silentLogger }),
    { host: '127.0.0.1', port: 0 },
  );
  return {
    url: server.url,
    articleId: first.id,
    articleTitle: stored!.article.title ?? '',
    storyId: story.id,
    xssId: hostile.id,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
