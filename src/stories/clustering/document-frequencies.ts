/**
 * Document frequencies over the stream, with IDF read from epoch snapshots: the IDF table is rebuilt each time
 * the corpus has grown by half since the last one. Within an epoch IDF is constant, so story centroid norms can
 * be kept exactly by incremental updates and are recomputed only once per epoch (log₁.₅ N times in a story's
 * life) instead of drifting or being recomputed on every comparison. Early epochs are short, so the first
 * articles are not weighed for long by near-empty statistics.
 */
export class DocumentFrequencies {
  readonly #df = new Map<number, number>();
  #docs = 0;
  #idf = new Map<number, number>();
  #unseenIdf = Math.log(2);
  #snapshotDocs = 0;
  #epoch = 0;

  /** Growth of the corpus that opens a new IDF epoch. */
  static readonly EPOCH_GROWTH = 1.5;

  /** Counts one document's distinct terms. */
  add(terms: Iterable<number>): void {
    this.#docs++;
    for (const t of new Set(terms)) this.#df.set(t, (this.#df.get(t) ?? 0) + 1);
    if (this.#docs >= Math.max(this.#snapshotDocs * DocumentFrequencies.EPOCH_GROWTH, this.#snapshotDocs + 1))
      this.#snapshot();
  }

  #snapshot(): void {
    const n = this.#docs + 1;
    this.#idf = new Map();
    for (const [t, df] of this.#df) this.#idf.set(t, Math.log(n / (df + 0.5)));
    this.#unseenIdf = Math.log(n / 0.5);
    this.#snapshotDocs = this.#docs;
    this.#epoch++;
  }

  get documents(): number {
    return this.#docs;
  }

  /** Increases whenever the IDF table changes. */
  get epoch(): number {
    return this.#epoch;
  }

  /** How many documents contain the term. */
  df(term: number): number {
    return this.#df.get(term) ?? 0;
  }

  /** Smoothed IDF of the current epoch, always > 0 so a term seen everywhere still counts a little. */
  idf(term: number): number {
    return this.#idf.get(term) ?? this.#unseenIdf;
  }
}
