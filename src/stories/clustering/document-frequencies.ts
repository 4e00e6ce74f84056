/** Incremental document frequencies: IDF moves with the stream, so early articles are weighed by what came before. */
export class DocumentFrequencies {
  readonly #df = new Map<string, number>();
  #docs = 0;

  /** Counts one document's distinct terms. */
  add(terms: Iterable<string>): void {
    this.#docs++;
    for (const t of new Set(terms)) this.#df.set(t, (this.#df.get(t) ?? 0) + 1);
  }

  get documents(): number {
    return this.#docs;
  }

  /** How many documents contain the term. */
  df(term: string): number {
    return this.#df.get(term) ?? 0;
  }

  /** Smoothed IDF, always > 0 so a term seen everywhere still counts a little. */
  idf(term: string): number {
    return Math.log((this.#docs + 1) / ((this.#df.get(term) ?? 0) + 0.5));
  }
}
