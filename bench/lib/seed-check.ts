/**
 * The reference article's extraction fields (shared/data/seed/expected.md, "Extraction"), checked one by one:
 * the same checks as shared/hooks/check_seed_extract.py, so the gate and the hook agree.
 */
import type { Article } from '../../src/vocabulary.js';

export const SEED_TITLE = 'Kim Jong Un leaves North Korea on train to meet Putin, US warns against weapon selling';
const SHARE_WORDS = ['Facebook', 'Twitter', 'Reddit', 'Flipboard', 'Email', 'WhatsApp'];

/** Field name → whether the article gets it right. */
export function checkSeedArticle(a: Article | null): Record<string, boolean> {
  const paras = a?.body.paragraphs ?? [];
  const text = a?.body.text ?? '';
  const lines = text.split('\n');
  return {
    title: a?.title === SEED_TITLE,
    caption: (a?.leadImage?.caption ?? '').trim() === SEED_TITLE,
    credit: (a?.leadImage?.credit ?? '').trim() === 'KCNA/Kyodo',
    dateline: (a?.dateline?.place ?? '').trim().toLowerCase() === 'pyongyang',
    publishedIsNull: a !== null && !a.publishedAt,
    eightParagraphs: paras.length === 8,
    firstParagraph: (paras[0] ?? '').startsWith('Kim Jong Un, the leader of North Korea'),
    lastParagraph: (paras[paras.length - 1] ?? '').trimEnd().endsWith('refrain from selling arms to Russia."'),
    noShareLines: !SHARE_WORDS.some((w) => lines.some((l) => l.replace(/^[\s•]+|[\s•]+$/g, '') === w)),
    noCaptionInBody: !text.includes('(Image: KCNA/Kyodo)'),
    titleNotInBody: !text.trimStart().startsWith(SEED_TITLE),
    wordCount485: Math.abs((a?.wordCount ?? 0) - 485) <= 3,
  };
}
