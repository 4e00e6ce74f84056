/**
 * Lines a page's text dump carries from its share bar and chrome, not from the article. Matched on the whole
 * line (after bullets and white space are stripped), case-insensitively, so a sentence that mentions Twitter
 * is never dropped.
 */
export const SHARE_LINE_WORDS: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'x', 'reddit', 'flipboard', 'email', 'e-mail', 'mail', 'whatsapp', 'linkedin',
  'pinterest', 'telegram', 'messenger', 'tumblr', 'pocket', 'sms', 'threads', 'bluesky', 'mastodon',
  'print', 'copy link', 'copy', 'share', 'share this', 'share this article', 'share on facebook',
  'share on twitter', 'share on x', 'tweet', 'comments', 'comment', 'save', 'bookmark', 'link copied',
  'advertisement', 'ad', 'gift this article', 'listen', 'listen to this article',
]); // prettier-ignore

/** Bullets and separators a dump renders list markers with. */
const BULLETS = /^[\s•·●▪◦*\-–—|>»]+|[\s•·●▪◦*|]+$/g;

export function isShareLine(line: string): boolean {
  const bare = line.replace(BULLETS, '').trim().toLowerCase();
  if (!bare) return line.trim().length > 0; // a line of bullets only
  return SHARE_LINE_WORDS.has(bare);
}
