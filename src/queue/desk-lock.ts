/**
 * The story desk's seat, as a port: exactly one worker at a time clusters stored articles into stories, because
 * the desk keeps its stories in memory and two desks would each save story rows that list only the articles
 * they know. Workers store articles and announce them; the worker in the seat places what is unplaced.
 */
export interface DeskLock {
  /** Takes the seat if it is free; true while this worker holds it. */
  tryAcquire(): Promise<boolean>;
  /** false once the seat was given up or its session lost (then another worker may hold it). */
  readonly held: boolean;
  /** Ids of stored articles not filed under any story yet, oldest first. */
  unplaced(limit: number): Promise<string[]>;
  /** Tells the desk, wherever it runs, that articles were stored. */
  announce(): Promise<void>;
  /** Calls `onStored` when any worker announces stored articles (only while holding the seat). */
  onAnnounce(onStored: () => void): void;
  release(): Promise<void>;
}
