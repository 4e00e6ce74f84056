/**
 * Gives a parsed feed its site name (from its title) and hands that name to each entry that belongs to the
 * feed's own site. An aggregator's feed links to other sites' pages: its name must not become their outlet, so an
 * entry gets the name only when its link shares a host with the feed's site link or the feed's own address
 * (subdomains count: feeds.example.com is example.com's), or when it links nowhere (its content is the page).
 */
import type { AdaptedFeed, Feed } from './feed-entry.js';
import { siteNameOfFeedTitle } from './feed-site-name.js';

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const sameSite = (a: string, b: string): boolean => a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);

/** The feed with `siteName` set, and set on the entries of its own site. */
export function withSiteName(feed: AdaptedFeed, feedUrl: string | null): Feed {
  const siteName = siteNameOfFeedTitle(feed.title);
  const hosts = [hostOf(feed.siteUrl), hostOf(feedUrl)].filter((h): h is string => h !== null);
  const belongs = (url: string | null): boolean => {
    if (!url) return true;
    const host = hostOf(url);
    return host !== null && hosts.some((h) => sameSite(host, h));
  };
  return {
    ...feed,
    siteName,
    entries: siteName ? feed.entries.map((e) => (belongs(e.url) ? { ...e, siteName } : e)) : feed.entries,
  };
}
