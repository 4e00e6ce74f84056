/**
 * Byte sniffing before decoding: binary payloads (by magic number or NUL bytes) and the charset a page
 * declares, looked up in the WHATWG order (BOM, then transport, then the <meta> prescan).
 */
import { isUtf8 } from 'node:buffer';

/** Magic numbers of formats that are never a page; each entry is the format's signature at offset 0. */
const BINARY_MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also docx/xlsx/epub/jar
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'RIFF', bytes: [0x52, 0x49, 0x46, 0x46] }, // webp, wav, avi
  { name: 'Ogg', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
  { name: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a] },
  { name: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'WebAssembly', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'Mach-O', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'PE', bytes: [0x4d, 0x5a, 0x90, 0x00] },
  { name: 'woff', bytes: [0x77, 0x4f, 0x46, 0x46] },
  { name: 'woff2', bytes: [0x77, 0x4f, 0x46, 0x32] },
];

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

export function isGzip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x1f, 0x8b]);
}

/** The name of the binary format the bytes are in, or null when they may be text. */
export function binaryFormat(bytes: Uint8Array): string | null {
  for (const m of BINARY_MAGIC) if (startsWith(bytes, m.bytes)) return m.name;
  if (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return 'ISO media (mp4/heic)'; // "ftyp" box
  if (bomCharset(bytes)?.startsWith('utf-16')) return null; // UTF-16 text is full of NULs
  // Text never holds NUL bytes; a few in the first KiB means a binary format we have no magic for.
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return 'binary (NUL bytes)';
  return null;
}

export function bomCharset(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  return null;
}

/** The charset parameter of a content-type header value. */
export function headerCharset(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The WHATWG "prescan a byte stream" for <meta charset> and <meta http-equiv content="…charset=…">,
 * approximated with a regex over the first bytes read as Latin-1 (the declaration is ASCII by definition).
 * The spec scans 1024 bytes; we read 4 KiB because real pages put long comments and scripts first.
 */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const re = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/gi;
  const m = re.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * True when the bytes are well-formed UTF-8 (checked before any charset sniffing). Node's isUtf8 validates
 * in native code without building a string, so the common UTF-8 page is not decoded twice.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}
