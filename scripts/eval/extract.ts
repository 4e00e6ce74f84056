/**
 * Extraction gate: Dateline's body text on the Scrapinghub development pages, scored as their README defines
 * (F1, precision, recall; bench/lib/shingle-score.ts), the share of the reference article's extraction
 * fields (seed/expected.md) that are right, and a held-out check of the body on Mozilla Readability's test
 * pages (below).
 *
 * Readability test pages as a body check: the pages were never used to tune the body stage, so they show
 * whether the Scrapinghub score generalises. The truth is the text of each page's `expected.html`; it is
 * scored with the Scrapinghub rule exactly (tokens `[\p{L}\p{N}_]+`, 4-token shingles counted with repeats,
 * precision averaged over pages with a predicted shingle, recall over pages with a true one, F1 of the two
 * means). The expected text is made by breaking at every block element's edges, so words of adjacent
 * paragraphs never fuse into one token. Those expected outputs were made by Readability itself, so its own
 * score here (printed, not gated) is ~1.0 by construction; the measure is for finding pages Dateline loses.
 * `readability_pages_not_under_half` is the share of pages whose F1 is at least 0.5 (higher is better, as the gate needs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gate, GateResult } from '../eval.js';
import { extract } from '../../src/extract/extract.js';
import { loadScrapinghub, SHARED_DATA } from '../../bench/lib/scrapinghub.js';
import { scoreCorpus, scorePage, type PageScore } from '../../bench/lib/shingle-score.js';
import { READABILITY_DIR as READABILITY_PAGES } from '../../bench/lib/readability-pages.js';
import { checkSeedArticle } from '../../bench/lib/seed-check.js';

/** The URL upstream's test harness gives every page (its README). */
const PAGE_URL = 'http://fakehost/test/page.html';

/** Elements whose edges break words: everything that is not inline in HTML's rendering. */
const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

interface TextNodeLike {
  nodeType: number;
  nodeValue?: string | null;
  localName?: string;
  childNodes?: ArrayLike<TextNodeLike>;
}

/** Text of a DOM subtree with a line break at every block element's edges. */
export function blockText(node: TextNodeLike): string {
  const out: string[] = [];
  const walk = (n: TextNodeLike): void => {
    if (n.nodeType === 3) {
      out.push(n.nodeValue ?? '');
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const block = n.localName !== undefined && BLOCK_TAGS.has(n.localName);
    if (block) out.push('\n');
    const kids = n.childNodes;
    if (kids) for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) out.push('\n');
  };
  walk(node);
  return out.join('');
}

export interface ReadabilityPageScore {
  name: string;
  score: PageScore;
  f1: number;
}

function pageF1(s: PageScore): number {
  const p = s.precision ?? 0;
  const r = s.recall ?? 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

type Parse = (html: string) => { document: TextNodeLike & { querySelector?: unknown } };

/**
 * Dateline's body text (or, with `peer`, another extractor's) scored against each Readability test page's
 * expected content text; pages whose expected text is empty are skipped.
 */
export async function scoreReadabilityPages(peer?: (html: string) => string): Promise<ReadabilityPageScore[] | null> {
  if (!existsSync(READABILITY_PAGES)) return null;
  const { parseHTML } = (await import('linkedom')) as unknown as { parseHTML: Parse };
  const out: ReadabilityPageScore[] = [];
  for (const name of readdirSync(READABILITY_PAGES).sort()) {
    const src = join(READABILITY_PAGES, name, 'source.html');
    const exp = join(READABILITY_PAGES, name, 'expected.html');
    if (!existsSync(src) || !existsSync(exp)) continue;
    const truth = blockText(parseHTML(readFileSync(exp, 'utf8')).document);
    if (!/[\p{L}\p{N}]/u.test(truth)) continue;
    const html = readFileSync(src, 'utf8');
    let pred: string;
    if (peer) pred = peer(html);
    else {
      const r = extract({ html, url: PAGE_URL });
      pred = r.ok ? r.article.body.text : '';
    }
    const score = scorePage(truth, pred);
    out.push({ name, score, f1: pageF1(score) });
  }
  return out;
}

/** Readability 0.6 on linkedom, its content's text taken the same way as the truth's. */
async function readabilityPeer(): Promise<(html: string) => string> {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = (await import('linkedom')) as unknown as { parseHTML: Parse };
  return (html) => {
    const doc = parseHTML(html).document as unknown as Document;
    const r = new Readability(doc, { classesToPreserve: ['caption'] }).parse();
    return r?.content ? blockText(parseHTML(r.content).document) : '';
  };
}

export const gate: Gate = {
  name: 'extract',
  async run(): Promise<GateResult> {
    const pages = loadScrapinghub();
    const seedPath = join(SHARED_DATA, 'seed', 'kim-putin-train.txt');
    if (!pages || !existsSync(seedPath))
      return { metrics: {}, skipped: 'shared/data/scrapinghub-dev or seed not found' };
    const scores = pages.map((p) => {
      const r = extract({ html: p.html, url: p.url });
      return scorePage(p.truth, r.ok ? r.article.body.text : '');
    });
    const s = scoreCorpus(scores);
    const seed = extract({ text: readFileSync(seedPath, 'utf8') });
    const fields = Object.values(checkSeedArticle(seed.ok ? seed.article : null));
    const metrics: Record<string, number> = {
      scrapinghub_dev_f1: s.f1,
      scrapinghub_dev_precision: s.precision,
      scrapinghub_dev_recall: s.recall,
      seed_fields: fields.filter(Boolean).length / fields.length,
    };
    const rt = await scoreReadabilityPages();
    if (rt) {
      const c = scoreCorpus(rt.map((p) => p.score));
      const under = rt.filter((p) => p.f1 < 0.5).length;
      metrics.readability_pages_f1 = c.f1;
      metrics.readability_pages_precision = c.precision;
      metrics.readability_pages_recall = c.recall;
      metrics.readability_pages_not_under_half = 1 - under / rt.length;
      const peer = await scoreReadabilityPages(await readabilityPeer());
      const pc = peer ? scoreCorpus(peer.map((p) => p.score)) : null;
      console.log(
        `eval extract: readability pages (${rt.length}): Dateline F1 ${c.f1.toFixed(4)} P ${c.precision.toFixed(4)} ` +
          `R ${c.recall.toFixed(4)}, ${under} pages under F1 0.5` +
          (pc
            ? `; Readability on linkedom (made the expected output) F1 ${pc.f1.toFixed(4)} P ${pc.precision.toFixed(4)} R ${pc.recall.toFixed(4)}`
            : ''),
      );
    }
    return { metrics };
  },
};
