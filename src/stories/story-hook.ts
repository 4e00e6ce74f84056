/**
 * The stories stage as an ingest hook: opens the story desk over the store once (rebuilding stories from what
 * is stored), then places each newly stored article — folding syndicated copies and joining or starting a story.
 *
 * The desk opens in the background: rebuilding reads every stored article (about 40 s for 100,000 on this
 * 2-core machine), and `serve` must answer readers meanwhile, from the stories already in the store. Articles
 * stored before the desk is open wait for it; a desk that fails to open fails each placement with its error
 * (ingest records it as that source's `after-store` failure, the article stays stored).
 */
import type { Store, StoredArticle } from '../store/port.js';
import { StoryDesk } from './desk.js';
import type { Sketch } from './near-duplicates/minhash.js';

/**
 * `stored`: the article as the store keeps it, when the caller has it (read back by id otherwise); `sketch`: its
 * body's near-duplicate sketch, when the caller made it (ingest's worker pool). `settle` saves the big stories the
 * desk put off saving (`StoryDesk.settle`); ingest calls it when a batch ends.
 */
export type AfterStoreHook = ((event: { id: string; stored?: StoredArticle; sketch?: Sketch }) => Promise<void>) & {
  settle: () => Promise<void>;
};

export function storyHook(store: Store, onOpenError?: (err: unknown) => void): Promise<AfterStoreHook> {
  const desk = StoryDesk.open(store);
  // Seen by each placement too; without one (a read-only serve), a failed open must not crash the process.
  desk.catch((err: unknown) => onOpenError?.(err));
  const hook = async ({ id, stored: inHand, sketch }: Parameters<AfterStoreHook>[0]): Promise<void> => {
    const open = await desk;
    // Reading it back cost 0.2 ms a page (0.5 in bench:ingest's first rounds), mostly parsing its JSON again.
    const stored = inHand ?? (await store.getArticle(id));
    if (stored) await open.place(stored, sketch);
  };
  // A desk that failed to open has placed nothing and already failed each placement with its error.
  const settle = async (): Promise<void> => (await desk.catch(() => null))?.settle();
  return Promise.resolve(Object.assign(hook, { settle }));
}
