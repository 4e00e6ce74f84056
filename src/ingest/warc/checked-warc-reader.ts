/**
 * warcio's byte reader, made to notice damage instead of passing over it. Left alone, warcio ends a file
 * quietly at each kind of damage, so the last record goes missing with no word:
 * - a record cut short in a plain WARC: its skip loop (`while (limit > 0) limit -= await skipSize(limit)`) gets
 *   0 from `skipSize` at the end of the file and would spin forever;
 * - a `.warc.gz` cut inside a gzip member: pako holds a small member's output until the member ends, so the
 *   cut record's bytes never come out and the file simply seems to end;
 * - a corrupt gzip member (bad data, bad CRC): warcio falls back to reading the rest as plain bytes, which parse
 *   as nothing.
 * This reader counts the bytes a skip asked for past the end (`missing`), and records where a gzip member was
 * cut or found corrupt (`damage`); on a cut it hands on what the member decoded so far, so the cut record's
 * headers (its URI) can still be read. It reads warcio 2.4's fields (`inflator`, `_rawOffset`): the version is
 * pinned, and the tests of `readWarc` cut and corrupt real members, so a change there fails loudly.
 */
import { AsyncIterReader } from 'warcio';

/** Where a gzip member went wrong: its compressed offset, and how. */
export interface MemberDamage {
  offset: number;
  kind: 'cut' | 'corrupt';
  message: string;
}

/** What of pako's Inflate (inside warcio) is read here. */
interface Inflator {
  ended: boolean;
  err: number;
  msg?: string;
  strm: { total_in: number; next_out: number; avail_out: number; output: Uint8Array | null; msg?: string };
}

export class CheckedWarcReader extends AsyncIterReader {
  /** Bytes a skip asked for past the end of the file; 0 while the file is whole. */
  missing = 0;
  damage: MemberDamage | null = null;

  /** `gzip`: the file starts with a gzip member (decided from its first bytes, not its name). */
  constructor(stream: AsyncIterable<Uint8Array>, gzip: boolean) {
    super(stream, gzip ? 'gzip' : null);
  }

  get #inflator(): Inflator | null {
    return this.inflator as unknown as Inflator | null;
  }

  override async skipSize(size: number): Promise<number> {
    const skipped = await super.skipSize(size);
    if (skipped >= size || size <= 0) return skipped;
    // A gzip member's closing CRLF is skipped blindly after every record, past the end of the last one too.
    if (!(this.compressed && size - skipped <= 2)) this.missing += size - skipped;
    return size;
  }

  override _getNextChunk(original?: Uint8Array): Uint8Array | null | undefined {
    if (this.damage) return null;
    const chunk = super._getNextChunk(original);
    // (Read after the call: a member ending makes warcio start a new inflator for the bytes after it.)
    const inflator = this.#inflator;
    if (inflator?.ended && inflator.err !== 0) {
      // Not a clean member end: from here the bytes cannot be trusted, so the file ends at this member.
      this.damage = {
        offset: this._rawOffset,
        kind: 'corrupt',
        message: inflator.strm.msg || inflator.msg || `zlib error ${inflator.err}`,
      };
      return null;
    }
    return chunk;
  }

  override async _loadNext(): Promise<Uint8Array | null> {
    if (this.damage) return null;
    const next = await super._loadNext();
    const inflator = this.#inflator;
    if (next !== null || !this.compressed || !inflator || inflator.ended || inflator.strm.total_in === 0) return next;
    // The file ended inside a member. What it decoded so far sits in pako's output buffer, not yet handed on
    // (pako hands output on when the buffer fills or the member ends): hand it on once, then end.
    this.damage = { offset: this._rawOffset, kind: 'cut', message: 'the file ends inside its gzip member' };
    const { output, next_out, avail_out } = inflator.strm;
    if (output && next_out > 0 && avail_out > 0) return this.#handOn(output.slice(0, next_out));
    return null;
  }

  /** Passes decoded bytes on as if they came from the file, uncompressed. */
  #handOn(bytes: Uint8Array): Uint8Array {
    this.compressed = null;
    return bytes;
  }
}
