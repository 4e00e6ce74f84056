/** For expansion tests of inputs that need no fetch and no store: only the clock and the limits. */
import type { ExpandContext, Expanded } from '../expand-context.js';

/** An ExpandContext with no fetcher, a fixed clock (2026-09-10) and small limits; fresh sets per call. */
export function offlineExpandContext(): ExpandContext {
  return {
    fetch: null,
    feeds: new Map(),
    now: () => new Date('2026-09-10T00:00:00Z'),
    maxBytes: 1 << 20,
    maxSitemapDepth: 3,
    seen: new Set<string>(),
    sitemapBudget: { left: 100 },
  } as unknown as ExpandContext;
}

/** Everything an expansion yields, in order. */
export async function allExpanded(gen: AsyncGenerator<Expanded>): Promise<Expanded[]> {
  const out: Expanded[] = [];
  for await (const e of gen) out.push(e);
  return out;
}
