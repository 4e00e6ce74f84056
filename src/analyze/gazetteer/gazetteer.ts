/**
 * The offline gazetteer: GeoNames populated places (≥ 500 inhabitants), first-level regions and countries,
 * built by `scripts/build-gazetteer.ts` into `data/`. Loaded once, lazily, into a name index (a Map from the
 * normalised name to its candidates), so a lookup costs one hash probe.
 *
 * Data: GeoNames (https://www.geonames.org, CC BY 4.0); countries from `world-countries` (ODbL 1.0).
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export type PlaceKind = 'country' | 'region' | 'city';

export interface GazetteerPlace {
  kind: PlaceKind;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** GeoNames admin1 code ("12", "CA"), for cities and regions; "" for countries. */
  admin1: string;
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA admin seat…); "PCLI" for countries, "ADM1" for regions. */
  feature: string;
  geonameId: number | null;
}

export interface Country extends GazetteerPlace {
  /** The English demonym ("Russian", "North Korean"), if known. */
  demonym: string | null;
  capital: string | null;
}

export interface Gazetteer {
  /** Every place whose name or alternative spelling normalises like `name`. */
  lookup(name: string): readonly GazetteerPlace[];
  country(code: string): Country | undefined;
  /** The country whose demonym is `word` ("Russian" → RU). */
  countryOfDemonym(word: string): Country | undefined;
  /**
   * Which phrases of up to `count` words from `words[from]` (joined by spaces) `lookup` may find a place for, as
   * bits: bit n - 1 for the phrase of n words. A clear bit is certain to find none. Read from the words without
   * building the phrases, against the filter `lookup` asks first: a text's every lower-case word, pair and triple is
   * asked about (`lower-places.ts`), nearly all of them no place.
   */
  mayName(words: readonly string[], from: number, count: number): number;
}

interface RegionsFile {
  countries: {
    cc: string;
    name: string;
    names: string[];
    demonym: string | null;
    lat: number;
    lon: number;
    capital: string | null;
  }[];
  regions: { code: string; cc: string; name: string; lat: number; lon: number }[];
}

// `new URL` relative to this module works from both src/analyze/gazetteer and dist/analyze/gazetteer.
const DATA = new URL('../../../src/analyze/gazetteer/data/', import.meta.url);

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A city from one row of the cities table, cells split at tabs: key, geonameid, name, latitude, longitude, country
 * code, admin1 code, population, feature code (the cities table and places/data/exonyms.tsv.gz share the layout).
 */
export function cityFromRow(c: readonly string[]): GazetteerPlace {
  return {
    kind: 'city',
    geonameId: Number(c[1]),
    name: c[2]!,
    lat: Number(c[3]),
    lon: Number(c[4]),
    countryCode: c[5]!,
    admin1: c[6]!,
    population: Number(c[7]),
    feature: c[8]!,
  };
}

/** Lower-case, strip accents, dots and apostrophes, hyphens as spaces: "U.S." = "US", "Sŏnbong" = "Sonbong". */
export function normalizePlaceName(name: string): string {
  // Most names are plain ASCII, where NFD and the mark strip change nothing and cost most of the time.
  return (NON_ASCII.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name)
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[-‐–\s]+/g, ' ')
    .trim();
}

let cached: Gazetteer | null = null;

/** The process-wide gazetteer, read from disk on first use (~0.3 s), then shared. */
export function gazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}

function loadGazetteer(): Gazetteer {
  const index = new Map<string, GazetteerPlace[]>();
  const add = (name: string, p: GazetteerPlace): void => {
    const key = normalizePlaceName(name);
    if (!key) return;
    const list = index.get(key);
    if (!list) index.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  const regionsFile = JSON.parse(readFileSync(new URL('regions.json', DATA), 'utf8')) as RegionsFile;
  const byCode = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  for (const c of regionsFile.countries) {
    const country: Country = {
      kind: 'country',
      name: c.name,
      lat: c.lat,
      lon: c.lon,
      countryCode: c.cc,
      admin1: '',
      population: Number.MAX_SAFE_INTEGER, // a country outranks any city of the same name
      feature: 'PCLI',
      geonameId: null,
      demonym: c.demonym,
      capital: c.capital,
    };
    byCode.set(c.cc, country);
    if (c.demonym) byDemonym.set(c.demonym.toLowerCase(), country);
    for (const n of c.names) add(n, country);
  }
  for (const r of regionsFile.regions) {
    const region: GazetteerPlace = {
      kind: 'region',
      name: r.name,
      lat: r.lat,
      lon: r.lon,
      countryCode: r.cc,
      admin1: r.code.slice(r.cc.length + 1),
      population: 0,
      feature: 'ADM1',
      geonameId: null,
    };
    add(r.name, region);
  }
  // Cities stay in the file's UTF-8 bytes, sorted by key at build time, found through a table of each key's first
  // line: building 200k objects or a Map of them at start-up costs seconds, a line-offset table costs milliseconds.
  // Decoding the 12 MB to one string cost 70-80 ms a process (and 24 MB: one accented name makes the whole string
  // two bytes a character); a line is decoded when a lookup finds it. Keys are hashed and compared as UTF-16 code
  // units decoded on the fly, the same as from the decoded text; a file that is not valid UTF-8 is decoded whole.
  const gz = gunzipSync(readFileSync(new URL('places.tsv.gz', DATA)));
  const tsv: Buffer = isUtf8(gz) ? gz : Buffer.from(gz.toString('utf8'), 'utf8');
  const starts: number[] = [];
  for (let at = 0; at < tsv.length; at = tsv.indexOf(10, at) + 1 || tsv.length) starts.push(at);
  const keyFilter = new KeyFilter();
  // The first words of keys of two words or more ("new" of "new york"), for `mayName`: a phrase whose first word
  // opens no key is no key, and its longer phrases need not be read.
  const firstWords = new KeyFilter();
  const addFirstWord = (s: string, start: number, end: number): void => {
    for (let k = start + 1; k < end; k++) if (s.charCodeAt(k) === 32) return firstWords.add(keyHash(s, start, k));
  };
  for (const key of index.keys()) {
    keyFilter.add(keyHash(key, 0, key.length));
    addFirstWord(key, 0, key.length);
  }
  const firstLines = new FirstLineTable(starts.length);
  let previous = -1; // the line of the previous key, whose equal keys are its neighbours (the file is sorted)
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const tab = tsv.indexOf(9, start);
    if (tab <= start) continue;
    const hash = utf8KeyHash(tsv, start, tab);
    keyFilter.add(hash);
    // The first space of the key: a byte 32 is a space whatever precedes it in UTF-8.
    for (let k = start + 1; k < tab; k++)
      if (tsv[k] === 32) {
        firstWords.add(utf8KeyHash(tsv, start, k));
        break;
      }
    if (previous < 0 || !sameKeyAt(tsv, starts[previous]!, start)) firstLines.add(hash, i);
    previous = i;
  }
  const parsed = new Map<number, GazetteerPlace>();
  const cityAt = (i: number): GazetteerPlace => {
    let place = parsed.get(i);
    if (place) return place;
    const end = tsv.indexOf(10, starts[i]!);
    place = cityFromRow(tsv.toString('utf8', starts[i]!, end < 0 ? tsv.length : end).split('\t'));
    parsed.set(i, place);
    return place;
  };
  /** The cities whose key is `key` (its `keyHash` is `hash`), in file order. */
  const cities = (key: string, hash: number): GazetteerPlace[] => {
    const out: GazetteerPlace[] = [];
    const first = firstLines.find(hash, (i) => keyIsAt(tsv, starts[i]!, key));
    if (first < 0) return out;
    for (let i = first; i < starts.length && keyIsAt(tsv, starts[i]!, key); i++) out.push(cityAt(i));
    return out;
  };
  // Names recur across articles; a bounded memo spares the normalisation and the table probe.
  const memo = new Map<string, readonly GazetteerPlace[]>();
  const lookup = (name: string): readonly GazetteerPlace[] => {
    // Most names asked about are no place (every lower-case word, pair and triple of a text): an already
    // normalised name the filter has never seen costs one pass over its characters, not a probe of the memo.
    const plain = plainKeyHash(name);
    if (plain !== -1 && !keyFilter.has(plain)) return NO_PLACES;
    let hit = memo.get(name);
    if (hit) return hit;
    // A plain name of letters, digits and single spaces normalises to its lower case (`plainKeyHash`, `plainChar`).
    const key = plain !== -1 && !SEPARATORS.test(name) ? name.toLowerCase() : normalizePlaceName(name);
    // Names the plain pass cannot read (accents, other scripts) meet the filter once normalised: a miss skips
    // the index and the table of cities.
    const hash = plain !== -1 ? plain : keyHash(key, 0, key.length);
    if (!key || !keyFilter.has(hash)) hit = NO_PLACES;
    else {
      const known = index.get(key) ?? [];
      const found = cities(key, hash);
      hit = found.length ? [...known, ...found] : known;
    }
    if (memo.size > 100_000) memo.clear();
    memo.set(name, hit);
    return hit;
  };
  const mayName = (words: readonly string[], from: number, count: number): number => {
    let bits = 0;
    const key = PLAIN_KEY.reset();
    for (let n = 1; n <= count; n++) {
      const word = words[from + n - 1]!;
      if (n > 1) {
        key.add(32);
        // The key's first word is read in full once a letter follows a space: if no key opens with it, none of the
        // longer phrases is a key.
        if (key.plain && opensWord(word) && !firstWords.has(key.firstWord)) break;
      }
      for (let i = 0; i < word.length && key.plain; i++) key.add(word.charCodeAt(i));
      const hash = key.hash();
      if (hash === -1 || keyFilter.has(hash)) bits |= 1 << (n - 1);
    }
    return bits;
  };
  return {
    lookup,
    mayName,
    country: (code) => byCode.get(code.toUpperCase()),
    countryOfDemonym: (word) => byDemonym.get(word.toLowerCase()),
  };
}

const NO_PLACES: readonly GazetteerPlace[] = Object.freeze([]);

/** The characters a plain name may hold that its normalised key drops or turns into a space. */
const SEPARATORS = /[.'’-]/;

/** Whether the lines starting at `a` and `b` of `tsv` have the same key (the bytes before the first tab). */
function sameKeyAt(tsv: Uint8Array, a: number, b: number): boolean {
  for (let k = 0; ; k++) {
    const x = tsv[a + k];
    if (x !== tsv[b + k]) return false;
    if (x === 9) return true;
  }
}

/**
 * Whether the line starting at `start` of `tsv` (valid UTF-8) has the key `key` (the text before its first tab, or
 * before the end), compared in UTF-16 code units as the decoded text would be, without decoding or encoding.
 */
function keyIsAt(tsv: Uint8Array, start: number, key: string): boolean {
  let k = 0;
  for (let i = start; ;) {
    let c = tsv[i];
    if (c === undefined || c === 9) return k === key.length;
    if (c < 0x80) i++;
    else if (c < 0xe0) {
      c = ((c & 0x1f) << 6) | (tsv[i + 1]! & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      c = ((c & 0x0f) << 12) | ((tsv[i + 1]! & 0x3f) << 6) | (tsv[i + 2]! & 0x3f);
      i += 3;
    } else {
      const cp =
        (((c & 0x07) << 18) | ((tsv[i + 1]! & 0x3f) << 12) | ((tsv[i + 2]! & 0x3f) << 6) | (tsv[i + 3]! & 0x3f)) -
        0x10000;
      if (key.charCodeAt(k++) !== 0xd800 + (cp >> 10)) return false;
      c = 0xdc00 + (cp & 0x3ff);
      i += 4;
    }
    if (key.charCodeAt(k++) !== c) return false;
  }
}

/**
 * `keyHash` of the text that the UTF-8 bytes `b[start, end)` decode to, without decoding them: each character's
 * UTF-16 code units hashed as `keyHash` hashes them (a character beyond U+FFFF as its two surrogates). The bytes
 * must be valid UTF-8 (checked once for the file).
 */
export function utf8KeyHash(b: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end;) {
    let c = b[i]!;
    if (c < 0x80) i++;
    else if (c < 0xe0) {
      c = ((c & 0x1f) << 6) | (b[i + 1]! & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      c = ((c & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f);
      i += 3;
    } else {
      const cp =
        (((c & 0x07) << 18) | ((b[i + 1]! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f)) - 0x10000;
      h = Math.imul(h ^ (0xd800 + (cp >> 10)), 0x01000193);
      c = 0xdc00 + (cp & 0x3ff);
      i += 4;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The first line of each city key, found by the key's hash in an open-addressed table: one or two probes where a
 * binary search over 200k lines read 18 keys scattered through a large string, each a likely cache miss.
 */
class FirstLineTable {
  /** Line + 1 per slot, 0 for empty; at most half full. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(lines: number) {
    let size = 1024;
    while (size < lines * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  add(hash: number, line: number): void {
    let at = mix(hash) & this.mask;
    while (this.slots[at] !== 0) at = (at + 1) & this.mask;
    this.slots[at] = line + 1;
  }

  /** The first line added under `hash` for which `matches` holds, or -1. */
  find(hash: number, matches: (line: number) => boolean): number {
    for (let at = mix(hash) & this.mask; this.slots[at] !== 0; at = (at + 1) & this.mask) {
      const line = this.slots[at]! - 1;
      if (matches(line)) return line;
    }
    return -1;
  }
}

/** FNV-1a over `s[start, end)`, as an unsigned 32-bit number. */
export function keyHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The hash of `normalizePlaceName(name)` computed in one pass without allocating, for plain names: ASCII letters
 * (lower-cased), digits, dots and apostrophes (dropped), words parted by one space or hyphen, and other letters that
 * normalising only lower-cases (`plainChar`: Cyrillic, Greek, CJK …). Else -1, and the caller normalises. Anything
 * that would need trimming or collapsing (leading, trailing or doubled separators) is left to the exact path too.
 */
export function plainKeyHash(name: string): number {
  const key = PLAIN_KEY.reset();
  for (let i = 0; i < name.length && key.plain; i++) key.add(name.charCodeAt(i));
  return key.hash();
}

/**
 * `plainKeyHash` read one character at a time, so that a phrase's words can be hashed without joining them. One is
 * reused (`PLAIN_KEY`): V8 kept a new one per call on the heap, 100 KB an article.
 */
class PlainKey {
  private h = 0x811c9dc5;
  private empty = true;
  private afterSpace = true; // a leading separator is not plain
  /** False once a character makes the name not plain: its hash is then -1, whatever follows. */
  plain = true;
  /** The hash of the key's first word, set at the first space (or hyphen) read; 0 before. */
  firstWord = 0;
  private spaces = 0;

  /** This key, emptied. */
  reset(): this {
    this.h = 0x811c9dc5;
    this.empty = true;
    this.afterSpace = true;
    this.plain = true;
    this.firstWord = 0;
    this.spaces = 0;
    return this;
  }

  add(code: number): void {
    let c = code;
    if (c === 46 || c === 39 || c === 0x2019) return; // . ' ’ are dropped
    if (c === 32 || c === 45) {
      if (this.afterSpace) {
        this.plain = false;
        return;
      }
      this.afterSpace = true;
      if (++this.spaces === 1) this.firstWord = this.h >>> 0;
      c = 32;
    } else if (c >= 65 && c <= 90) {
      c += 32;
      this.afterSpace = false;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) this.afterSpace = false;
    else if (c >= 128 && (c = plainChar(c)) >= 0) this.afterSpace = false;
    else {
      this.plain = false;
      return;
    }
    this.empty = false;
    this.h = Math.imul(this.h ^ c, 0x01000193);
  }

  /** The `plainKeyHash` of the characters added so far. */
  hash(): number {
    return !this.plain || this.empty || this.afterSpace ? -1 : this.h >>> 0;
  }
}

/** The one `PlainKey` of `plainKeyHash` and `mayName`, which never nest. */
const PLAIN_KEY = new PlainKey();

/** Whether `word` opens with a letter or digit that a plain key keeps as it is (lower-cased). */
function opensWord(word: string): boolean {
  if (word.length === 0) return false;
  const c = word.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && plainChar(c) >= 0);
}

/** Per UTF-16 code unit from 128: what `plainChar` found, -1 not plain, -2 not yet asked. Filled on use. */
let plainChars: Int32Array | null = null;

/**
 * The character a non-ASCII code unit stands for in a normalised key, when normalising only lower-cases it: it has
 * no decomposition and is no mark, lowers to one character that is no separator, and lowers alike in any context
 * (not "Σ", whose lower case depends on the next letter). Else -1. Non-Latin scripts are mostly such letters, so a
 * Russian or Greek word meets the key filter without `normalizePlaceName` (NFD and five passes), once per word.
 */
function plainChar(code: number): number {
  plainChars ??= new Int32Array(0x10000 - 128).fill(-2);
  let out = plainChars[code - 128]!;
  if (out === -2) {
    const c = String.fromCharCode(code);
    const lower = c.toLowerCase();
    const plain =
      (code < 0xd800 || code > 0xdfff) &&
      code !== 0x3a3 &&
      c.normalize('NFD') === c &&
      !/\p{M}/u.test(c) &&
      lower.length === 1 &&
      !/[.'’\-‐–\s]/.test(lower);
    out = plain ? lower.charCodeAt(0) : -1;
    plainChars[code - 128] = out;
  }
  return out;
}

/** murmur3's finaliser: FNV-1a's low bits mix poorly, and the filter indexes by them. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A blocked Bloom filter of every key the gazetteer holds: a hash picks one 512-bit block (a cache line) and two
 * bits in it, so a probe costs one memory access. 4,096 blocks (256 KB) for ~200k keys: "no" is certain, "yes"
 * is wrong for a few percent of names, which then take the exact path. Built in milliseconds.
 */
class KeyFilter {
  private readonly bits = new Int32Array(4096 * 16);

  /** Adds a key by its `keyHash`. */
  add(hash: number): void {
    const h = mix(hash);
    const block = (h >>> 20) << 4;
    this.bits[block + ((h >>> 5) & 15)]! |= 1 << (h & 31);
    this.bits[block + ((h >>> 14) & 15)]! |= 1 << ((h >>> 9) & 31);
  }

  /** False when no key hashes to `hash` (a `keyHash`). */
  has(hash: number): boolean {
    const h = mix(hash);
    const block = (h >>> 20) << 4;
    return (
      (this.bits[block + ((h >>> 5) & 15)]! & (1 << (h & 31))) !== 0 &&
      (this.bits[block + ((h >>> 14) & 15)]! & (1 << ((h >>> 9) & 31))) !== 0
    );
  }
}
