/** "Stories that are moving": the stories with the most articles recently, then the most recently updated. */
import type { Store } from '../../store/port.js';
import type { Story } from '../../vocabulary.js';

export interface MovingStory {
  story: Story;
  /** Articles first stored within the window. */
  recent: number;
}

/** How far back "recently" reaches, in hours (the front page says it in these words). */
export const MOVING_WINDOW_HOURS = 48;
const WINDOW_MS = MOVING_WINDOW_HOURS * 3600_000;
/** Candidate stories considered (the store lists them by recency). */
const CANDIDATES = 30;

/** Ranks recent stories by new articles in the window; stories of a single article are not "moving". */
export async function movingStories(store: Store, now: Date, limit: number): Promise<MovingStory[]> {
  const stories = (await store.listStories(CANDIDATES)).filter((s) => s.articleIds.length >= 2);
  const since = now.getTime() - WINDOW_MS;
  const ranked: MovingStory[] = [];
  for (const story of stories) {
    const page = await store.listArticles({ storyId: story.id, limit: 200 });
    const recent = page.items.filter((a) => Date.parse(a.ingestedAt) >= since).length;
    ranked.push({ story, recent });
  }
  ranked.sort(
    (a, b) =>
      b.recent - a.recent ||
      (b.story.lastUpdated ?? '').localeCompare(a.story.lastUpdated ?? '') ||
      b.story.articleIds.length - a.story.articleIds.length,
  );
  return ranked.slice(0, limit);
}
