/**
 * The body stage's heuristics, as data (STYLE.md §6). Class/id patterns follow Mozilla Readability's
 * (`unlikelyCandidates`, `okMaybeItsACandidate`, `positive`, `negative`) with additions for modern news chrome.
 */

/** Elements that never hold article text. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'map', 'button', 'input', 'select', 'textarea', 'option', 'label', 'nav', 'aside', 'footer',
  'header', 'head', 'link', 'meta', 'dialog', 'menu', 'title',
  'amp-ad', 'amp-sidebar', 'amp-analytics', 'amp-social-share', 'amp-iframe', 'amp-embed', // AMP chrome
]); // prettier-ignore

/** ARIA roles of page chrome. */
export const DROP_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'banner', 'contentinfo', 'menu', 'menubar', 'dialog', 'alertdialog',
  'search', 'toolbar', 'tablist', 'button',
]); // prettier-ignore

/** Class tokens of content hidden from readers (screen-reader-only labels such as "Share on Facebook"). */
export const HIDDEN_CLASSES: ReadonlySet<string> = new Set([
  'hidden', 'hide', 'is-hidden', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text',
  'screen-reader-only', 'offscreen', 'element-invisible', 'u-hidden', 'a11y',
]); // prettier-ignore

/** Inline `style` values that hide an element. */
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Chrome that is dropped even when the class also says "article" or "content" ("article-comments",
 * "content-share"): these words are never the article. Left word boundary only, so "sharebar" matches but
 * "timeshare" does not; a digit before is no boundary either, since hashed ids ("e1ad", "7share") are not words
 * (measured on Readability's test pages: a paragraph with the generated id "e1ad" was dropped as an ad).
 * "commentary" is an opinion piece's own wrapper, not reader comments. The tail after "cta" is from
 * trafilatura's discard list (similar posts, viral and syndication widgets, Jetpack's related posts and share
 * flair, Akismet notes, print-hidden blocks, user cards).
 */
export const STRONG_BOILERPLATE =
  /(?<![a-z\d])(?:comment(?!ary)|disqus|share|sharing|social|newsletter|related|outbrain|taboola|recirc|sponsor|promo|advert|cookie|consent|gdpr|breadcrumb|paywall-prompt|more-stories|read-?more|recommend|trending|most-?read|most-?popular|popular|byline|author-?(?:bio|info|box|card)|subscribe|subscription|signup|sign-up|newsletter|sidebar|rail|tags?(?![a-z])|tag-?list|topics|keywords|print(?![a-z])|follow|jump-?link|skip-?link|ad(?:s|vert|vertisement|-slot|-container|-wrapper|unit|slot)?(?![a-z])|dfp|gpt-ad|correction-?prompt|timestamp|pubdate|publish-?date|dateline-?meta|caption|credit|also-?read|see-?also|next-?article|prev-?article|pagination|pager|toolbar|masthead|site-?header|site-?footer|footer|modal|popup|overlay|cta|similar|viral|syndication|sociable|jp-(?:relatedposts|post-flair|sharing)|dpsp-|akismet|noprint|user-?(?:info|profile)|infoline|criteo|side-?stories|suggest-?links)/;

/**
 * Whole class or id tokens that name reader comments and their forms: dropped whatever their size (on an open
 * thread the comments outweigh the post). Exact tokens, so "has-comments" on an article wrapper is safe.
 */
export const COMMENT_TOKEN =
  /^(?:comments?|comment-?(?:list|area|section|thread|wrapper|container|form|respond)|comments-?(?:area|section|list|wrapper|container|block)|commentlist|disqus_thread|respond|reply-?form|replies)$/;

/**
 * Class tokens the social networks' embed codes put on the quoted post (a blockquote holding its text, which
 * their script would turn into a card). The post is quoted by the story; publishers wrap it in boxes named
 * "social-embed" or "social-media-embed", which the chrome lists would drop. Scrapinghub's ground truth keeps
 * the quoted posts' text. Instagram's embed is left out: its blockquote holds "View this post on Instagram",
 * not the post.
 */
export const EMBEDDED_POST_CLASSES: ReadonlySet<string> = new Set([
  'twitter-tweet', // X / Twitter
  'bluesky-embed', // Bluesky
  'mastodon-embed', // Mastodon
  'tiktok-embed', // TikTok (the caption)
  'fb-xfbml-parse-ignore', // Facebook post
  'reddit-embed-bq', // Reddit
  'text-post-media', // Threads
]);

/** Chrome that is dropped unless the class also says it holds the article (Readability's "unlikely"). */
export const WEAK_BOILERPLATE =
  /-ad-|ai2html|banner|combx|community|cover-wrap|extra|header|legends|menu|remark|replies|rss|shoutbox|skyscraper|supplemental|agegate|yom-remote|widget|sticky|meta(?![a-z])|hidden/;

/** Words that protect an element from the weak list (Readability's "okMaybeItsACandidate"). */
export const MAYBE_CONTENT = /article|body|column|content|main|shadow|story|entry|post|text/;

/** Score bonus/penalty by class or id (Readability's weights). */
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/;
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment(?!ary)|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|card|rail|nav/;

/** Block-level elements: they end a paragraph of inline text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'picture', 'img', 'video', 'iframe', 'html',
]); // prettier-ignore

/** Starting score of a candidate container by tag (Readability's `_initializeNode`). */
export const TAG_SCORE: Readonly<Record<string, number>> = {
  div: 5,
  article: 8, // the element made for it
  main: 3,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};
