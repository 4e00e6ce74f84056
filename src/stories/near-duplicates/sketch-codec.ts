/**
 * Compact serialisation of a sketch for the store: version byte, size (uint32 LE), then the minima (uint32 LE),
 * as base64 — 521 bytes raw, 696 characters.
 */
import { PERMUTATIONS, type Sketch } from './minhash.js';

const VERSION = 1;
const BYTES = 1 + 4 + 4 * PERMUTATIONS;

/** Encodes a sketch as base64. */
export function encodeSketch(s: Sketch): string {
  const buf = Buffer.alloc(BYTES);
  buf.writeUInt8(VERSION, 0);
  buf.writeUInt32LE(s.size, 1);
  for (let i = 0; i < PERMUTATIONS; i++) buf.writeUInt32LE(s.mins[i]!, 5 + 4 * i);
  return buf.toString('base64');
}

/** Decodes a sketch written by `encodeSketch`; throws on anything else. */
export function decodeSketch(text: string): Sketch {
  const buf = Buffer.from(text, 'base64');
  if (buf.length !== BYTES || buf.readUInt8(0) !== VERSION)
    throw new Error(`near-duplicates: not a version-${VERSION} sketch (${buf.length} bytes)`);
  const mins = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) mins[i] = buf.readUInt32LE(5 + 4 * i);
  return { size: buf.readUInt32LE(1), mins };
}
