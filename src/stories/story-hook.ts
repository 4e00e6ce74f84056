/**
 * The stories stage as an ingest hook: opens the story desk over the store once (rebuilding stories from what
 * is stored), then places each newly stored article — folding syndicated copies and joining or starting a story.
 */
import type { Store } from '../store/port.js';
import { StoryDesk } from './desk.js';

export type AfterStoreHook = (event: { id: string }) => Promise<void>;

export async function storyHook(store: Store): Promise<AfterStoreHook> {
  const desk = await StoryDesk.open(store);
  return async ({ id }) => {
    const stored = await store.getArticle(id);
    if (stored) await desk.place(stored);
  };
}
