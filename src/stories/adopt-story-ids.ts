/**
 * Which id each story keeps when the desk rebuilds. A rebuild names a story after the first article it placed,
 * but readers hold the ids already stored — story pages, story feeds, API links — and a restart must not move
 * them. Each rebuilt story keeps the stored id most of its articles had (largest share first, so a story split
 * in two keeps its id for its larger part); a story whose articles had none, or whose id went to a larger
 * story, takes its own name, else its first article whose id no story holds.
 */

/**
 * `stories`: rebuilt story id → its articles, in placement order. `storedStoryOf`: the story id an article had
 * in the store (null for none). Returns rebuilt id → the id to publish; every published id is distinct.
 */
export function adoptStoryIds(
  stories: ReadonlyMap<string, Iterable<string>>,
  storedStoryOf: (articleId: string) => string | null,
): Map<string, string> {
  const votes: Array<{ story: string; stored: string; n: number }> = [];
  for (const [story, members] of stories) {
    const count = new Map<string, number>();
    for (const m of members) {
      const stored = storedStoryOf(m);
      if (stored) count.set(stored, (count.get(stored) ?? 0) + 1);
    }
    for (const [stored, n] of count) votes.push({ story, stored, n });
  }
  // Deterministic: most articles first, then by ids.
  votes.sort((a, b) => b.n - a.n || a.stored.localeCompare(b.stored) || a.story.localeCompare(b.story));
  const published = new Map<string, string>();
  const taken = new Set<string>();
  for (const v of votes) {
    if (published.has(v.story) || taken.has(v.stored)) continue;
    published.set(v.story, v.stored);
    taken.add(v.stored);
  }
  const unnamed = [...stories.keys()].filter((s) => !published.has(s)).sort();
  // Own names first, so a story keeps the name it was rebuilt under whenever no other story holds it.
  for (const story of unnamed)
    if (!taken.has(story)) {
      published.set(story, story);
      taken.add(story);
    }
  for (const story of unnamed) {
    if (published.has(story)) continue;
    const free = [...stories.get(story)!].find((m) => !taken.has(m)) ?? `${story}~${taken.size}`;
    published.set(story, free);
    taken.add(free);
  }
  return published;
}
