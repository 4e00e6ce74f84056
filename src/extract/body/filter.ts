/**
 * Block filters inside the chosen container: the boilerplate that survives class-name pruning — link lists,
 * "Advertisement" labels, share prompts, bylines and dates above the text, the headline repeated, headings
 * left dangling at the end.
 */
import { attr, isInside, parentElementOf, walkElements, type Element } from '../dom/tree.js';
import { linkDensity, type Block } from './block.js';

/** Link density above which a block is navigation (Readability's cleanConditionally uses 0.5 for weighted nodes). */
const MAX_LINK_DENSITY = 0.5;
/** Short texts that are page furniture wherever they stand. Each anchored, so a sentence containing them survives. */
const FURNITURE: readonly RegExp[] = [
  /^(?:advertisement|advertising|anzeige|publicité|sponsored(?: content)?|ad)$/i, // ad labels
  /^(?:advertisement|advert|ad)\s*[-–—:|]\s*(?:continue|scroll|story|article)\b.{0,40}$/i, // "Advertisement - Continue Reading Below"
  /^(?:story continues|article continues|continue reading|read more|read the full|show more|load more|see more)\b/i,
  /^(?:share|share this|tweet this|email this|print this|copy link|follow us|follow)\b.{0,60}$/i, // share prompts
  /^(?:sign up|subscribe|get our|get the|join our|register)\b.{0,120}(?:newsletter|inbox|email|free|today|now)\b/i,
  // A newsletter prompt anywhere in a short paragraph: a sign-up verb and what it delivers ("There's plenty
  // more where that came from. Sign up for … to get the daily newsletter delivered to your inbox").
  /\b(?:sign up|sign-up|subscribe)\b.{0,100}\b(?:newsletter|inbox)\b|\b(?:newsletter|inbox)\b.{0,60}\b(?:sign up|subscribe)\b/i,
  /^(?:related|related articles?|related stories|more from|more on this|recommended|you may also like|you might also like|most read|most popular|trending|also read|see also|watch|listen)\s*[:.…]*$/i,
  // The same labels in the languages of the pages we read (German, French, Spanish, Italian, Portuguese, Dutch,
  // Polish, Russian, Chinese, Japanese), and their sponsored-link labels.
  /^(?:ähnliche artikel|mehr zum thema|lesen sie auch|auch interessant|weitere artikel|das könnte sie auch interessieren|à lire aussi|lire aussi|articles similaires|sur le même sujet|artículos relacionados|te puede interesar|lee también|leggi anche|articoli correlati|potrebbe interessarti|leia também|veja também|lees ook|gerelateerde artikelen|czytaj także|zobacz też|читайте также|похожие статьи|смотрите также|реклама|werbung|publicidad|pubblicità|相关文章|相关阅读|相關文章|延伸阅读|延伸閱讀|推荐阅读|广告|廣告|関連記事|関連リンク|おすすめ記事|人気記事|広告|スポンサーリンク|スポンサードリンク)\s*[:.…]*$/iu,
  /^(?:image|photo|picture|video|graphic|illustration|credit)s?\s*:\s*.{0,80}$/i, // stray captions / credits
  /^©|^copyright\b|all rights reserved\.?$/i,
  // The site's footer lines inside a short block: a copyright with its year, a switchboard's tel/fax numbers.
  /(?:©|\(c\)|copyright)\s*\d{4}|\d{4}\s*©|\b(?:tel|fax)\b[^.]{0,30}\d{3}|\d{3}[^.]{0,30}\b(?:tel|fax)\b/i,
  /^(?:click here|tap here)\b/i,
  // The reporter's contact line under the text ("Have a tip? Jane Doe may be reached at jd@example.com").
  /^(?:have|got) a (?:news )?tip\b|\b(?:can|may) be reached at\b/i,
  /^(?:we use cookies|this site uses cookies|by continuing to use)\b/i,
  /^(?:comments?|\d+ comments?|leave a comment|join the conversation)$/i,
  /^(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|\d+\s+(?:min(?:ute)?s?|hours?|hrs?)\s+ago)$/i, // entry times
  // A photo credit standing alone: "Jane Doe | Bloomberg | Getty Images", "(AP Photo/John Smith)".
  /^\(?[^.!?]{0,80}(?:getty images|ap photo|afp|reuters|shutterstock|epa|istock(?:photo)?|alamy|associated press)(?:\/[^.!?]{0,40})?\)?$/i,
];
/**
 * A promotion whose last sentence asks the reader to sign up for a newsletter ("Start your day with the Morning
 * Brief, read by … Sign up for the free daily newsletter."): longer than the furniture lines, but the pitch
 * ends it. Up to PROMPT_CHARS, so a paragraph of the story that mentions a newsletter is not taken.
 */
const NEWSLETTER_PITCH =
  /(?:^|[.!?]\s)[^.!?]*\b(?:sign up|sign-up|subscribe)\b[^.!?]{0,80}\b(?:newsletters?|inbox)\b[^.!?]*[.!?]?$/i;
const PROMPT_CHARS = 300;
/**
 * A byline or a date line above the text ("By Jane Doe", "Updated 3:04 PM", "3 min read", "2018-08-16",
 * "16.08.2018", "2018年8月16日": blogs print the date in numbers).
 */
const META_LINE =
  /^(?:by\s|written by|posted|published|updated|last updated|first published)|\b\d+\s*min(?:ute)?s?\s+read\b|^(?:\w+day,?\s+)?(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4})(?:\s|,|$)|^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s|,|$|\()/i;
const MAX_META_WORDS = 14;
/** A sentence's end, Latin or CJK. */
const SENTENCE_END = /[.!?。！？…:;]["”’»）)]*$/;
/** A trailing label shorter than this with no sentence end ("More on this", "Tags") is dropped. */
const LABEL_CHARS = 30;
const HEAD_BLOCKS = 4;

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * A heading whose links all point inside the page (a permalink "¶" or a table-of-contents back-reference, as
 * Sphinx, MediaWiki and many blogs write section titles) is the article's own section title, not a link to
 * another story (measured on Readability's test pages: every section title of such pages was dropped).
 */
function anchorHeading(b: Block): boolean {
  if (b.kind !== 'h') return false;
  let links = 0;
  let inPage = true;
  walkElements(b.owner, (e) => {
    if (e.tagName !== 'a') return true;
    links++;
    if (!(attr(e, 'href') ?? '').startsWith('#')) inPage = false;
    return false;
  });
  return links > 0 && inPage;
}

/** An author box's label ("About the author", in the languages of the pages we read). */
const AUTHOR_LABEL =
  /^(?:about the authors?|über den autor(?:in)?|zum autor|à propos de l'auteur|sobre el autor|sobre o autor|sull'autore|об авторе)\s*:?$/iu;
/** At most this many blocks, of at most this much text, follow an author box's label. */
const AUTHOR_BOX_BLOCKS = 3;
const AUTHOR_BOX_CHARS = 800;

/**
 * A reporter's bio or contact line closing the text: "Jane Doe is a reporter for The Daily …", "Contact Jane
 * Doe at jd@example.com", "Follow her on Twitter …". A name of two to four capitalised words, so a sentence
 * of the story ("This is a …") does not match.
 */
const BIO_LINE =
  /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+ (?:is|was|has been) (?:a|an|the)\b.{0,100}\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|critic)s?\b|^contact .{0,60}\bat \S+@|^(?:follow|email) (?:him|her|them|me)\b/u;
/**
 * A closing note that sends the reader to the writer's or the site's social accounts ("Mike Doe's book … is out
 * now. Follow him on Twitter @mdoe. Follow us on Facebook."), anywhere in the block.
 */
const FOLLOW_LINE =
  /\bfollow (?:him|her|them|me|us) on (?:twitter|x|facebook|instagram|linkedin|bluesky|threads|mastodon)\b/i;
/** A closing bio is one of the last this many blocks, each shorter than this. */
const BIO_TAIL_BLOCKS = 3;
const BIO_CHARS = 300;

/** Removes the reporter's bio and contact lines that close the text. */
function dropClosingBio(out: Block[]): void {
  let cut = -1;
  for (let i = out.length - 1, seen = 0; i >= 0 && seen < BIO_TAIL_BLOCKS; i--) {
    const b = out[i]!;
    if (b.kind === 'figure') continue;
    seen++;
    if (b.text.length >= BIO_CHARS) break;
    if (BIO_LINE.test(b.text) || FOLLOW_LINE.test(b.text)) cut = i;
  }
  if (cut >= 0) out.length = cut;
}

/** Removes an author box at the end of the text: its label and the short bio after it. */
function dropAuthorBox(out: Block[]): void {
  const start = out.length - 1 - AUTHOR_BOX_BLOCKS;
  for (let i = Math.max(0, start); i < out.length; i++) {
    if (out[i]!.kind === 'figure' || !AUTHOR_LABEL.test(out[i]!.text)) continue;
    const rest = out.slice(i + 1).reduce((n, b) => n + b.text.length, 0);
    if (rest <= AUTHOR_BOX_CHARS) out.length = i;
    return;
  }
}

/**
 * Link density of each list over all its items. A list item is judged with its list: an item that is mostly a
 * link ("Ankush Dua fixed an issue with …", a question linked to its answer) in a list of prose items is part of
 * the text, while a list of links (related stories, navigation) is dense as a whole (measured on Readability's
 * test pages: linked items of release notes and how-to lists were lost one by one).
 */
function listDensities(blocks: readonly Block[]): Map<Element, number> {
  const sums = new Map<Element, { link: number; raw: number }>();
  for (const b of blocks) {
    if (b.kind !== 'li' || !b.list) continue;
    const s = sums.get(b.list) ?? { link: 0, raw: 0 };
    s.link += b.linkChars;
    s.raw += b.rawChars;
    sums.set(b.list, s);
  }
  const out = new Map<Element, number>();
  for (const [list, s] of sums) out.set(list, s.raw ? s.link / s.raw : 0);
  return out;
}

function tooManyLinks(b: Block, lists: ReadonlyMap<Element, number>): boolean {
  if (b.kind === 'table' || b.kind === 'pre') return false;
  const density = b.kind === 'li' && b.list ? (lists.get(b.list) ?? linkDensity(b)) : linkDensity(b);
  return density > MAX_LINK_DENSITY && !anchorHeading(b);
}

/** A link to another story set as a heading in the text: "Related: …", "READ MORE: …", "Lire aussi : …". */
const RELATED_LABEL =
  /^(?:related|read more|read also|also read|see also|more|watch|listen|recommended|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|lee también|leer más|leggi anche|leia também|читайте также)\b[^:]{0,20}:/iu;
/** A section's text under a linked title is at least this long. */
const SECTION_TEXT_CHARS = 200;

function prose(b: Block | undefined): b is Block {
  return !!b && b.kind === 'p' && linkDensity(b) <= MAX_LINK_DENSITY;
}

/**
 * A linked heading set in the article's own column between paragraphs, with a long paragraph under it: the
 * title of a section of a review or a list article ("“Rez Infinite” ($30)" linked to the game's page), not a
 * link to another story (measured on Readability's test pages). The heading must share its parent with the text
 * before and after it, so a teaser card (its own box of headline and blurb) stays dropped.
 */
function linkedSectionTitle(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i]!;
  if (b.kind !== 'h' || RELATED_LABEL.test(b.text)) return false;
  const box = b.owner.parentNode;
  let before: Block | undefined;
  for (let j = i - 1; j >= 0 && !before; j--) if (blocks[j]!.kind !== 'figure') before = blocks[j];
  let after: Block | undefined;
  for (let j = i + 1; j < blocks.length && !after; j++) if (blocks[j]!.kind !== 'figure') after = blocks[j];
  return (
    prose(before) &&
    prose(after) &&
    after.text.length >= SECTION_TEXT_CHARS &&
    before.owner.parentNode === box &&
    after.owner.parentNode === box
  );
}

/** A teaser's excerpt is at most this long; a card's box is at most this many levels above it. */
const EXCERPT_CHARS = 250;
const CARD_DEPTH = 4;
/** A teaser's headline is a link all through. */
const HEADLINE_LINK_DENSITY = 0.9;

function linkedHeadline(b: Block): boolean {
  return (b.kind === 'h' || b.kind === 'p') && linkDensity(b) >= HEADLINE_LINK_DENSITY && !anchorHeading(b);
}

/**
 * A teaser card's excerpt: a short paragraph in a box whose only other text is a linked headline ("next
 * story", "more in this section" cards inside the article's container). The headline goes as a link; its blurb
 * would stay and close the article (measured on Scrapinghub dev: the previous and next stories' blurbs ended
 * two articles). A linked section title set beside its text in the article's own column shares its box with the
 * rest of the article, so that text stays; cards come after the article's last long paragraph, so a list article
 * that boxes each item (a linked name and a short note) keeps its notes.
 */
function teaserExcerpt(blocks: readonly Block[], i: number, lastProse: number): boolean {
  const b = blocks[i]!;
  if (i < lastProse) return false;
  if ((b.kind !== 'p' && b.kind !== 'li') || b.text.length > EXCERPT_CHARS || linkDensity(b) > MAX_LINK_DENSITY)
    return false;
  let box: Element | null = b.owner;
  for (let depth = 0; box && box.tagName !== 'body' && depth < CARD_DEPTH; depth++, box = parentElementOf(box)) {
    let heads = 0;
    let others = 0;
    const count = (o: Block): void => {
      if (o.kind === 'figure') return;
      if (linkedHeadline(o)) heads++;
      else others++;
    };
    // Stops at the first other text: a box holding the article is no card, and is not walked through.
    for (let j = i - 1; j >= 0 && !others && isInside(blocks[j]!.owner, box); j--) count(blocks[j]!);
    for (let j = i + 1; j < blocks.length && !others && isInside(blocks[j]!.owner, box); j++) count(blocks[j]!);
    if (others > 0 || heads > 1) return false;
    if (heads === 1) return true;
  }
  return false;
}

/** Drops boilerplate blocks; `titles` are the headline candidates (never body text). */
export function filterBlocks(blocks: readonly Block[], titles: readonly string[]): Block[] {
  const titleKeys = new Set(titles.map(key).filter((k) => k.length > 10));
  const lists = listDensities(blocks);
  const lastProse = blocks.findLastIndex((b) => prose(b) && b.text.length >= EXCERPT_CHARS);
  const out: Block[] = [];
  let textSeen = 0;
  for (const [i, b] of blocks.entries()) {
    if (b.kind === 'figure') {
      out.push(b);
      continue;
    }
    const t = b.text;
    if ((tooManyLinks(b, lists) && !linkedSectionTitle(blocks, i)) || teaserExcerpt(blocks, i, lastProse)) continue;
    if (t.length < 160 && FURNITURE.some((re) => re.test(t))) continue;
    if (t.length < PROMPT_CHARS && b.kind === 'p' && NEWSLETTER_PITCH.test(t)) continue;
    if (textSeen < HEAD_BLOCKS) {
      const k = key(t);
      if (titleKeys.has(k) || (k.length > 20 && [...titleKeys].some((tk) => tk.startsWith(k)))) continue;
      // A second <h1> near the top is the headline when the first was the site's logo: the <title> names it
      // among the site's name and section.
      if (b.kind === 'h' && b.level === 1 && k.length > 10 && [...titleKeys].some((tk) => tk.includes(k))) continue;
      if (words(t) <= MAX_META_WORDS && META_LINE.test(t) && !SENTENCE_END.test(t)) continue;
    }
    out.push(b);
    textSeen++;
  }
  dropAuthorBox(out);
  dropClosingBio(out);
  // Headings and short labels with nothing after them introduced something that was dropped (related links).
  while (out.length) {
    const last = out[out.length - 1]!;
    if (last.kind === 'h' || (last.kind === 'p' && last.text.length < LABEL_CHARS && !SENTENCE_END.test(last.text)))
      out.pop();
    else break;
  }
  return out;
}
