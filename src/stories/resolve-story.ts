/**
 * Where a story id leads now. The desk deletes a story once its articles have moved to another one (merged by
 * the consolidation pass, or re-placed on a rebuild), and story ids are article ids (a story is named after an
 * article it holds — see `adopt-story-ids.ts`), so the story a merged-away id went to is the story its
 * namesake article is filed under today. No alias table to keep in step: the articles are the record.
 *
 * A row with no articles (kept by stores written before the desk deleted emptied stories) counts as gone. An
 * article id that never named a story leads to its article's story too, which is where a reader wants to go.
 * Only one hop is taken: the namesake's story is live, or the id is missing (no chains, no loops).
 */
import type { Store } from '../store/port.js';
import type { Story } from '../vocabulary.js';

export type StoryLookup =
  | { kind: 'story'; story: Story }
  /** The id was merged away; `storyId` holds its articles now. */
  | { kind: 'moved'; storyId: string }
  | { kind: 'missing' };

/** Finds a story by id, or the story a merged-away id now lives in (one hop; never itself). */
export async function resolveStory(store: Pick<Store, 'getStory' | 'getArticle'>, id: string): Promise<StoryLookup> {
  const story = await store.getStory(id);
  if (story && story.articleIds.length) return { kind: 'story', story };
  const namesake = await store.getArticle(id);
  const current = namesake?.storyId;
  if (!current || current === id) return { kind: 'missing' };
  const target = await store.getStory(current);
  return target && target.articleIds.length ? { kind: 'moved', storyId: current } : { kind: 'missing' };
}
