/**
 * Writes `sample-corpus/harbor-signal/crawl.warc.gz`: a small crawl of the invented Harbor Signal site, as a
 * crawler would have archived it (warcinfo, request/response pairs, a robots.txt, an image, one response stored
 * chunked and gzip-encoded). Deterministic: fixed record ids and dates, so re-running changes nothing.
 * Run: `npx tsx scripts/make-sample-warc.ts`.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  chunked,
  httpResponseBlock,
  warcRecordBytes,
  type WarcRecordSpec,
} from '../src/ingest/warc/warc-record-bytes.js';

interface Page {
  path: string;
  title: string;
  author: string;
  published: string;
  section: string;
  paragraphs: string[];
  /** Stored as the server sent it: chunked transfer-coding over gzip content-coding. */
  encoded?: boolean;
}

const SITE = 'https://harborsignal.example';

const PAGES: Page[] = [
  {
    path: '/shipping/2026/09/10/hamburg-queues-rotterdam-strike',
    title: 'Hamburg terminals fill up as Rotterdam strike enters third day',
    author: 'Katrin Vogel',
    published: '2026-09-10T16:20:00+02:00',
    section: 'Shipping',
    paragraphs: [
      'HAMBURG — Container terminals in Hamburg were close to capacity on Thursday as shipping lines diverted vessels away from strike-bound Rotterdam, the Hamburg Port Authority said.',
      'Jens Möller, a spokesman for the authority, said eleven extra ships had called at the port since Tuesday and that yard space at the Burchardkai terminal was “very tight”. “We are manageable for now, but not for another week,” Möller said.',
      'The Rotterdam Dockworkers’ Union extended its walkout until Sunday after talks mediated by Hendrik Smit broke down on Wednesday, according to the union. Union chair Marieke Jansen said members were prepared to stay out longer.',
      'German retailers warned of gaps on shelves before the Christmas season, citing delays of up to ten days for containers from Asia routed through Rotterdam.',
    ],
  },
  {
    path: '/coast/2026/09/15/marseille-smoke-air-quality',
    title: 'Smoke from Marseille fire prompts air-quality warning along the coast',
    author: 'Julie Marchand',
    published: '2026-09-15T10:05:00+02:00',
    section: 'Coast',
    paragraphs: [
      'MARSEILLE — Health authorities warned residents of Marseille and Aix-en-Provence to avoid outdoor exercise on Tuesday as smoke from the wildfire near Martigues drifted over the city.',
      'AtmoSud, the regional air-quality monitor, said fine-particle levels had reached three times the recommended limit overnight. “People with asthma and heart conditions should stay inside with windows closed,” said Dr Nadia Benali of the regional health agency.',
      'The fire, which has burned about 1,500 hectares, was contained but not under control, the Bouches-du-Rhône fire service said. Prefect Antoine Mercier said evacuees from part of Martigues could return home in the afternoon.',
      'Fishing boats in the port of Carro stayed in harbour for a second day because of poor visibility, according to the local fishermen’s cooperative.',
    ],
    encoded: true,
  },
  {
    path: '/ports/2026/09/22/kushiro-fishing-port-damage',
    title: 'Kushiro fishing fleet counts the cost after quake cracks quays',
    author: 'Mei Hoshino',
    published: '2026-09-22T18:40:00+09:00',
    section: 'Ports',
    paragraphs: [
      'KUSHIRO, Japan — Fishing boats in Kushiro stayed tied up on Tuesday after Monday’s magnitude 6.8 earthquake cracked quays and damaged a refrigerated warehouse at the city’s main fishing port.',
      'Hiroshi Kato, head of the Kushiro fisheries cooperative, said about 40 boats could not land their catch. “The autumn salmon season is the most important of the year, and we have lost at least three days,” Kato said.',
      'The Japan Meteorological Agency said aftershocks would continue for about a week. Kushiro mayor Yuko Sato said engineers would inspect the quays on Wednesday, according to a city statement.',
      'Hokkaido Electric Power Co said power had been restored to most of the city, citing figures from its Kushiro branch.',
    ],
  },
];

function articleHtml(p: Page): string {
  const url = `${SITE}${p.path}`;
  const paras = p.paragraphs.map((t) => `    <p itemprop="articleBody">${t}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${p.title} — Harbor Signal</title>
<link rel="canonical" href="${url}">
<meta name="author" content="${p.author}">
<meta property="og:site_name" content="Harbor Signal">
<meta property="og:title" content="${p.title}">
</head>
<body>
<div class="masthead"><a href="${SITE}/">Harbor Signal</a> · <a href="${SITE}/shipping/">Shipping</a> · <a href="${SITE}/coast/">Coast</a> · <a href="${SITE}/ports/">Ports</a></div>
<article itemscope itemtype="https://schema.org/NewsArticle">
  <h1 itemprop="headline">${p.title}</h1>
  <p class="meta">By <span itemprop="author">${p.author}</span> · <time itemprop="datePublished" datetime="${p.published}">${p.published.slice(0, 10)}</time> · <span itemprop="articleSection">${p.section}</span></p>
  <div class="body">
${paras}
  </div>
</article>
<div class="subscribe">Harbor Signal is reader-funded. <a href="${SITE}/support">Support us</a>.</div>
<footer>© 2026 Harbor Signal · <a href="${SITE}/about">About</a></footer>
</body>
</html>
`;
}

/** Fixed ids: uuid-shaped, numbered, so the archive is byte-for-byte reproducible. */
const id = (n: number): string => `7d1e0a52-0000-4000-8000-${String(n).padStart(12, '0')}`;

function records(): WarcRecordSpec[] {
  const out: WarcRecordSpec[] = [
    {
      type: 'warcinfo',
      id: id(1),
      date: '2026-09-22T12:00:00Z',
      contentType: 'application/warc-fields',
      block: Buffer.from('software: dateline scripts/make-sample-warc.ts\r\nformat: WARC File Format 1.1\r\n'),
    },
    {
      type: 'response',
      id: id(2),
      date: '2026-09-22T12:00:01Z',
      targetUri: `${SITE}/robots.txt`,
      contentType: 'application/http; msgtype=response',
      block: httpResponseBlock('200 OK', { 'Content-Type': 'text/plain' }, Buffer.from('User-agent: *\nAllow: /\n')),
    },
  ];
  let n = 3;
  PAGES.forEach((p, i) => {
    const url = `${SITE}${p.path}`;
    const date = `2026-09-22T12:0${i + 1}:00Z`;
    out.push({
      type: 'request',
      id: id(n++),
      date,
      targetUri: url,
      contentType: 'application/http; msgtype=request',
      block: Buffer.from(`GET ${p.path} HTTP/1.1\r\nHost: harborsignal.example\r\nUser-Agent: Dateline/0.1\r\n\r\n`),
    });
    const body = Buffer.from(articleHtml(p));
    const block = p.encoded
      ? httpResponseBlock(
          '200 OK',
          { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' },
          chunked(gzipSync(body), 512),
        )
      : httpResponseBlock('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, body);
    out.push({
      type: 'response',
      id: id(n++),
      date,
      targetUri: url,
      contentType: 'application/http; msgtype=response',
      block,
    });
  });
  out.push({
    type: 'response',
    id: id(n++),
    date: '2026-09-22T12:09:00Z',
    targetUri: `${SITE}/static/logo.png`,
    contentType: 'application/http; msgtype=response',
    block: httpResponseBlock(
      '200 OK',
      { 'Content-Type': 'image/png' },
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ),
  });
  return out;
}

const target = new URL('../sample-corpus/harbor-signal/crawl.warc.gz', import.meta.url);
writeFileSync(target, Buffer.concat(records().map((r) => warcRecordBytes(r, true))));
process.stdout.write(`wrote ${target.pathname}\n`);
