/**
 * What a text dump honestly says about the site it came from. A dump has no metadata, but the page's chrome
 * often survives the copy:
 * - a copyright line ("© 2026 Northline Wire. All rights reserved.") names the owner — with a year, the word
 *   "Copyright" or "All rights reserved", so a bare "© Reuters" photo credit is not taken for the site;
 * - a bare URL line at the head or foot of the dump (browsers' "save as text", print headers) is the page's
 *   address;
 * - a masthead line above the headline, or a headline tail (" | Northline Wire"), is the site's name only when
 *   it spells the same name as other evidence: the copyright owner or the URL's host.
 * Nothing is guessed: with no evidence the site name stays null (the host of a known URL still names it).
 */

export interface SiteEvidence {
  siteName: string | null;
  /** The page's address, from a URL line. */
  url: string | null;
  /** Indexes of the lines that are this chrome, not the article. */
  chrome: Set<number>;
  /** The headline without a site-name tail, when it had one. */
  title: string | null;
}

const YEAR = String.raw`(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?`;
/** "© 2026 Owner", "Copyright (c) 2026 Owner. All rights reserved.", "© Owner 2026". */
const COPYRIGHT = new RegExp(
  String.raw`^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:${YEAR}[,.]?\s+)?(.+?)(?:[,.]?\s+${YEAR})?` +
    String.raw`(?:[,.]?\s*all rights reserved)?\.?$`,
  'i',
);
const HAS_WITNESS = new RegExp(String.raw`copyright|all rights reserved|${YEAR}`, 'i');
/** An owner longer than this reads like a sentence, not a name. */
const MAX_NAME_WORDS = 6;
const URL_LINE = /^(?:(?:url|source|link)\s*:\s*)?(https?:\/\/\S+)$/i;
/** Lines from each end of the dump where the chrome sits. */
const EDGE_LINES = 3;
/** Separators between a headline and a site name in a page title. */
const TITLE_TAIL = /^(.+?)\s+(?:\||–|—|-)\s+([^|–—]+)$/;

/** Letters and digits only, lower case, without a leading "the": how two spellings of one name compare. */
function key(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function copyrightOwner(line: string): string | null {
  if (line.length > 120 || !HAS_WITNESS.test(line)) return null;
  const owner = COPYRIGHT.exec(line)?.[1]
    ?.trim()
    .replace(/[,.;]+$/, '');
  if (!owner || owner.split(/\s+/).length > MAX_NAME_WORDS || !/\p{L}/u.test(owner)) return null;
  return owner;
}

/** The name a host is known by: its label before the public suffix, without `www.` ("northlinewire"). */
function hostKey(url: string): string | null {
  try {
    const labels = new URL(url).hostname.replace(/^www\d*\./, '').split('.');
    return labels.length >= 2 ? key(labels[labels.length - 2]!) : null;
  } catch {
    return null;
  }
}

/**
 * Finds the site evidence in a dump's normalised lines. `knownUrl` is the page's address when the caller knows
 * it (a `--base-url`, a fetch).
 */
export function siteEvidence(lines: readonly string[], knownUrl: string | null): SiteEvidence {
  const chrome = new Set<number>();
  const filled = lines.flatMap((l, i) => (l ? [i] : []));
  const edges = [...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)];

  let owner: string | null = null;
  for (const i of filled) {
    const found = copyrightOwner(lines[i]!);
    if (found) {
      owner = found; // the last one: a footer outranks an earlier mention
      chrome.add(i);
    }
  }
  let url: string | null = null;
  for (const i of new Set(edges)) {
    const m = URL_LINE.exec(lines[i]!);
    if (m && URL.canParse(m[1]!)) {
      url ??= m[1]!;
      chrome.add(i);
    }
  }
  const names = new Map<string, string | null>();
  if (owner) names.set(key(owner), owner);
  for (const u of [knownUrl, url]) {
    const k = u ? hostKey(u) : null;
    if (k && !names.has(k)) names.set(k, null);
  }

  let siteName = owner;
  // A masthead: the first line(s) before the headline, spelling a name the other evidence gives.
  let titleAt = filled.find((i) => !chrome.has(i));
  while (titleAt !== undefined && names.has(key(lines[titleAt]!))) {
    siteName ??= lines[titleAt]!;
    chrome.add(titleAt);
    titleAt = filled.find((i) => !chrome.has(i));
  }
  let title = titleAt === undefined ? null : lines[titleAt]!;
  const tail = title ? TITLE_TAIL.exec(title) : null;
  if (tail && names.has(key(tail[2]!))) {
    siteName ??= tail[2]!.trim();
    title = tail[1]!.trim();
  }
  return { siteName, url, chrome, title };
}
