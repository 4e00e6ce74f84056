/**
 * The stories stage as an ingest hook: opens the story desk over the store once (rebuilding stories from what
 * is stored), then places each newly stored article — folding syndicated copies and joining or starting a story.
 *
 * The desk opens in the background: rebuilding reads every stored article (about 40 s for 100,000 on this
 * 2-core machine), and `serve` must answer readers meanwhile, from the stories already in the store. Articles
 * stored before the desk is open wait for it; a desk that fails to open fails each placement with its error
 * (ingest records it as that source's `after-store` failure, the article stays stored).
 */
import type { Store } from '../store/port.js';
import { StoryDesk } from './desk.js';

export type AfterStoreHook = (event: { id: string }) => Promise<void>;

export function storyHook(store: Store, onOpenError?: (err: unknown) => void): Promise<AfterStoreHook> {
  const desk = StoryDesk.open(store);
  // Seen by each placement too; without one (a read-only serve), a failed open must not crash the process.
  desk.catch((err: unknown) => onOpenError?.(err));
  return Promise.resolve(async ({ id }) => {
    const open = await desk;
    const stored = await store.getArticle(id);
    if (stored) await open.place(stored);
  });
}
