/**
 * The story desk as a worker role. Every worker stores articles; one of them, the holder of the desk's seat
 * (DeskLock), files them into stories: on taking the seat it opens the desk (which replays every stored
 * article and files any left unplaced), then places each article stored since, oldest first, as workers
 * announce them (with polling as the fallback). If the holder dies, another worker takes the seat and
 * rebuilds, so no article stays unplaced and no two desks save stories at once.
 */
import type { Store } from '../store/port.js';
import type { DeskLock } from './desk-lock.js';
import { Waker } from './waker.js';
import type { WorkerLogger } from './worker.js';

/** `settle` saves what the desk put off (big stories, `StoryDesk.settle`); called after each round. */
export type PlaceHook = ((event: { id: string }) => Promise<void>) & { settle?: () => Promise<void> };

export interface StoryDeskRoleDeps {
  lock: DeskLock;
  store: Store;
  /** Opens the desk over the store (rebuilding it) and returns its placement hook: `storyHook`. */
  openDesk: (store: Store) => Promise<PlaceHook>;
  logger: WorkerLogger;
}

export interface StoryDeskRoleOptions {
  workerId: string;
  pollMs: number;
  signal: AbortSignal;
}

const BATCH = 100;

export class StoryDeskRole {
  readonly #deps: StoryDeskRoleDeps;
  readonly #options: StoryDeskRoleOptions;
  readonly #waker = new Waker();
  #place: PlaceHook | null = null;
  #round: Promise<number> = Promise.resolve(0);
  /** Articles whose placement threw: skipped until the desk is rebuilt, so one bad row cannot spin the loop. */
  readonly #skipped = new Set<string>();

  constructor(deps: StoryDeskRoleDeps, options: StoryDeskRoleOptions) {
    this.#deps = deps;
    this.#options = options;
    deps.lock.onAnnounce(() => this.#waker.wake());
  }

  /** Whether this worker holds the seat right now. */
  get seated(): boolean {
    return this.#place !== null && this.#deps.lock.held;
  }

  /** Called by this worker after it stores articles: tells the desk wherever it runs. */
  async stored(): Promise<void> {
    this.#waker.wake();
    await this.#deps.lock.announce();
  }

  /** One round: take the seat if free, then place what is unplaced. Returns how many were placed. */
  step(): Promise<number> {
    // Rounds run one at a time: two at once could open two desks.
    const round = this.#round.then(() => this.#step());
    this.#round = round.catch(() => 0);
    return round;
  }

  async #step(): Promise<number> {
    const { lock, store, logger } = this.#deps;
    const base = { worker: this.#options.workerId };
    if (this.#place && !lock.held) {
      this.#place = null;
      logger.warn(base, 'worker: lost the story desk seat; another worker takes it');
    }
    if (!this.#place) {
      if (!(await lock.tryAcquire())) return 0;
      logger.info(base, 'worker: took the story desk seat; rebuilding stories from the store');
      this.#skipped.clear();
      this.#place = await this.#deps.openDesk(store);
    }
    const place = this.#place;
    let placed = 0;
    try {
      for (;;) {
        const ids = (await lock.unplaced(BATCH + this.#skipped.size)).filter((id) => !this.#skipped.has(id));
        for (const id of ids) {
          if (this.#options.signal.aborted || !lock.held) return placed;
          try {
            await place({ id });
            placed++;
          } catch (error) {
            this.#skipped.add(id);
            logger.error({ ...base, article: id, err: error }, `worker: story desk: cannot place article ${id}`);
          }
        }
        if (ids.length < BATCH) return placed;
      }
    } finally {
      // Not after losing the seat: the next holder rebuilds, and its open saves every big story.
      if (placed && lock.held) await place.settle?.();
    }
  }

  /** Runs rounds until `signal` aborts, then gives the seat up. */
  async run(signal: AbortSignal = this.#options.signal): Promise<void> {
    const { pollMs } = this.#options;
    try {
      while (!signal.aborted) {
        try {
          await this.step();
        } catch (error) {
          this.#deps.logger.error(
            { worker: this.#options.workerId, err: error },
            `worker: story desk: ${(error as Error).message}`,
          );
        }
        await this.#waker.wait(pollMs, signal);
      }
    } finally {
      await this.#deps.lock.release();
    }
  }
}
