/**
 * Splits a caption into caption and credit: "(Image: X)", "Photo: X", "X/Getty Images", "(AP Photo/Name)",
 * "Credit: X", "© X", "Image source, X". (Interface fixed.)
 *
 * Hand-written: captions are free text and no maintained library separates credits; the cues below are the
 * conventions of wire services and large newsrooms. Each rule takes the credit from the end of the caption
 * (where newsrooms print it) unless the convention puts it first (BBC's "Image source, X").
 */
import { attr, isElement, isText, normalizeSpace, walkElements, type Element, type Node } from '../dom/tree.js';

export interface CaptionCredit {
  caption: string | null;
  credit: string | null;
}

/** Words that introduce a credit: "Photo: X", "(Image: X)", "Photograph by X". */
const CREDIT_LABEL =
  '(?:(?:photo|image|picture|pic|video|graphic|illustration|photograph|photography|footage|still|screenshot|screengrab)s?\\s*(?:credit|source|courtesy)?|credits?|source|courtesy(?: of)?|copyright|bild|foto|crédit|crédito)';
/** Agencies and photo libraries that stand alone as a credit after a slash: "Jane Doe/Getty Images". */
const AGENCIES =
  '(?:Getty Images|Getty|AFP|AP|Associated Press|Reuters|EPA(?:-EFE)?|EFE|Shutterstock|Alamy|Bloomberg|Xinhua|Kyodo|KCNA|Yonhap|TASS|Sputnik|Anadolu(?: Agency)?|dpa|PA(?: Images| Wire)?|Rex(?: Features)?|NurPhoto|SOPA Images|Sipa(?: USA)?|Zuma(?: Press)?|ZUMA Wire|Corbis|iStock(?:photo)?|NASA|Wikimedia Commons|The Washington Post|The New York Times|Redux|Polaris|Bloomberg via Getty Images|[\\p{L}. ]{1,40} via Getty Images)';

interface Rule {
  re: RegExp;
  /** Why this cue means a credit. */
  reason: string;
}

const TRAILING: readonly Rule[] = [
  {
    re: /(?<=[.!?"”’)\p{Ll}\d]|^)\s*(?:Credit)+(?=\p{Lu})(.{1,120})$/u,
    reason: 'the New York Times prints "Credit" glued to the caption and the name: "…underground.CreditChang W. Lee/…"',
  },
  {
    re: new RegExp(`\\s*[([]\\s*${CREDIT_LABEL}\\s*(?::|by)\\s*([^()[\\]]{1,120})[)\\]]\\s*$`, 'iu'),
    reason: 'a labelled credit in parentheses closes the caption: "(Image: KCNA/Kyodo)", "(Photo by X/AFP)"',
  },
  {
    re: /\s*\(\s*(?:photo|foto|image|bild|picture)s?\s+(\p{Lu}[^()]{1,120})\)\s*$/iu,
    reason: 'French and German style without a colon: "(Photo Prakash Mathema. AFP)"',
  },
  {
    re: /\s*[([]\s*(\p{Lu}[^()[\]]{0,80}?(?:\s?\/\s?|\s+via\s+)\p{Lu}[^()[\]]{0,60})[)\]]\s*$/u,
    reason: 'a name and an outlet in brackets: "(Ellen M. Banner / The Seattle Times)", "[SpaceX via Nasa]"',
  },
  {
    re: /\s+(DR|D\.R\.)$/u,
    reason: 'French "droits réservés" closing the caption',
  },
  {
    re: /\s*\(\s*((?:AP|AFP|Reuters|EPA|Xinhua|Kyodo|CP|Canadian Press|PA) Photos?\s*\/\s*[^()]{1,80})\)\s*$/u,
    reason: 'AP style: "(AP Photo/Name)" keeps the agency label as part of the credit',
  },
  {
    re: new RegExp(`\\s*\\(\\s*([^()]{0,60}\\/\\s*${AGENCIES}|${AGENCIES})\\s*\\)\\s*$`, 'u'),
    reason: 'a bare agency in parentheses: "(Reuters)", "(John Doe/Getty Images)"',
  },
  {
    re: new RegExp(
      `(?:^|\\s*[|•·]\\s*|(?<=[.!?"”’)])\\s+|\\s+[-—–]\\s+)${CREDIT_LABEL}\\s*(?::|by)\\s*(.{1,120})$`,
      'iu',
    ),
    reason: 'a labelled credit after the caption\'s last sentence: "… Photo: X", "… | Credit: X"',
  },
  {
    re: /(?:^|\s*[|•·]\s*|(?<=[.!?"”’)])\s+|\s+)(?:©|\(c\)|Copyright)\s*(.{1,100})$/iu,
    reason: 'a copyright mark closes the caption: "… © Jane Doe"',
  },
  {
    re: new RegExp(
      `(?:^|(?<=[.!?"”’)])\\s+|\\s*[|•·]\\s*)((?:(?:\\p{Lu}[\\p{L}'’\\-]*\\.?\\s+){0,4}\\p{Lu}[\\p{L}'’\\-]*\\s*\\/\\s*)?${AGENCIES})\\.?$`,
      'u',
    ),
    reason: 'newsroom style: a photographer and agency after the caption\'s last sentence: "… Jane Doe/Getty Images"',
  },
];

/** BBC: "Image source, Getty Images Image caption, The caption" (the credit comes first). */
const LEADING_SOURCE = /^\s*(?:image|media|video) source,\s*(.+?)\s*(?:(?:image|media|video) caption,\s*(.*))?$/isu;

function tidy(s: string | undefined | null): string | null {
  const t = (s ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:|•·\-—–]+|[\s,;:|•·\-—–]+$/g, '')
    .trim();
  return t || null;
}

/** Separates the credit from a caption's text; either part is null when absent. */
export function splitCaptionCredit(text: string): CaptionCredit {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return { caption: null, credit: null };

  const lead = LEADING_SOURCE.exec(t);
  if (lead) return { caption: tidy(lead[2]), credit: tidy(lead[1]) };

  for (const rule of TRAILING) {
    const m = rule.re.exec(t);
    if (!m) continue;
    const credit = tidy(m[1]);
    if (!credit) continue;
    return { caption: tidy(t.slice(0, m.index)), credit };
  }
  return { caption: t, credit: null };
}

/** Class, id or itemprop values that mark the credit inside a figcaption ("credit", "copyright", "source"). */
const CREDIT_MARK = /(?:^|[\s_-])(?:credit|credits|copyright|source|photographer|attribution|rights)(?:$|[\s_-])/i;
/** Marks of the caption element itself, when a figure has no <figcaption>. */
const CAPTION_MARK = /(?:^|[\s_-])(?:caption|figcaption|wp-caption-text)(?:$|[\s_-])/i;
/** A credit label left inside a marked credit element: "Photo: ", "Credit: ". */
const LABEL_PREFIX = new RegExp(`^\\s*${CREDIT_LABEL}\\s*(?::|by)\\s*`, 'iu');
/** The same label glued or spaced without a colon ("CreditKevin Frayer", "Credit Harry Campbell"). */
const BARE_LABEL =
  /^\s*(?:(?:credit|photo|photograph|image|picture|bild|foto)s?(?:\s*credit)?|copyright|©)\s*(?=\p{Lu})/iu;

/** A marked credit element's text without its label or enclosing brackets: "(Image credit: X)" → "X". */
function bareCredit(text: string): string {
  let t = text.trim();
  const bracketed = /^[([]\s*(.*?)\s*[)\]]$/u.exec(t);
  if (bracketed) t = bracketed[1]!;
  return t.replace(LABEL_PREFIX, '').replace(BARE_LABEL, '');
}

function marks(el: Element): string {
  return [attr(el, 'class'), attr(el, 'id'), attr(el, 'itemprop')].filter(Boolean).join(' ');
}

function textSkipping(root: Node, skip: ReadonlySet<Element>): string {
  if (isText(root)) return root.value;
  if (!isElement(root) || skip.has(root) || root.tagName === 'script' || root.tagName === 'style') return '';
  return root.childNodes.map((c) => textSkipping(c, skip)).join('');
}

/**
 * Caption and credit of a <figure> (or any element holding a caption): a credit in its own marked element
 * (`<span class="credit">`) wins; otherwise the caption text is split by `splitCaptionCredit`.
 */
export function captionFromFigure(figure: Element): CaptionCredit {
  let caption: Element | null = null;
  walkElements(figure, (el) => {
    if (caption) return false;
    if (el.tagName === 'figcaption') caption = el;
  });
  if (!caption)
    walkElements(figure, (el) => {
      if (caption) return false;
      if (CAPTION_MARK.test(marks(el))) caption = el;
    });
  // Credits sometimes sit beside the figcaption, directly in the figure.
  const scope: Element = caption ?? figure;
  const credits = new Set<Element>();
  walkElements(figure, (el) => {
    if (el === scope || el.tagName === 'img' || el.tagName === 'picture') return;
    if (CREDIT_MARK.test(marks(el))) {
      credits.add(el);
      return false;
    }
  });
  const captionText = normalizeSpace(textSkipping(scope, credits));
  const creditText = bareCredit(normalizeSpace([...credits].map((el) => textSkipping(el, new Set())).join(' ')));
  const split = splitCaptionCredit(caption || credits.size ? captionText : '');
  const credit = tidy(creditText) ?? split.credit;
  return { caption: split.caption, credit };
}
