/**
 * Finding where reading can go on after a corrupt gzip member of a `.warc.gz`. Each record is its own member
 * (WARC 1.1 annex D), so the next member that opens with a WARC version line starts the next whole record: the
 * bytes between are lost, the records after them are not.
 */
import { open } from 'node:fs/promises';
import { constants, gunzipSync } from 'node:zlib';

/** How much is read at a time while scanning. */
const WINDOW = 64 * 1024;
/** Gzip magic and the deflate method byte (RFC 1952 §2.3.1). */
const MEMBER_START = Buffer.from([0x1f, 0x8b, 0x08]);

/** Compressed bytes inflated to check a candidate: a WARC version line comes out of the first few. */
const PROBE = 512;

/** Whether a gzip member starts at `head` and inflates to a WARC record. */
function opensWarcRecord(head: Buffer): boolean {
  try {
    // A sync flush at the end of input returns what inflated so far instead of failing on the cut; deflate
    // expands at most about 1,032 times, so 512 bytes never inflate past the cap.
    const out = gunzipSync(head.subarray(0, PROBE), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
    return out.subarray(0, 5).toString('latin1') === 'WARC/';
  } catch {
    return false; // not a gzip member (a stray 1f 8b 08 inside compressed data)
  }
}

/** The offset of the first gzip member at or after `from` that opens a WARC record, or null at the end. */
export async function nextWarcMember(path: string, from: number): Promise<number | null> {
  const file = await open(path, 'r');
  try {
    const buf = Buffer.alloc(WINDOW + MEMBER_START.length);
    for (let at = from; ; at += WINDOW) {
      const { bytesRead } = await file.read(buf, 0, buf.length, at);
      if (bytesRead < MEMBER_START.length) return null;
      const chunk = buf.subarray(0, bytesRead);
      for (let i = chunk.indexOf(MEMBER_START); i >= 0 && i < WINDOW; i = chunk.indexOf(MEMBER_START, i + 1)) {
        const head = Buffer.alloc(PROBE);
        const { bytesRead: n } = await file.read(head, 0, PROBE, at + i);
        if (opensWarcRecord(head.subarray(0, n))) return at + i;
      }
      if (bytesRead < buf.length) return null;
    }
  } finally {
    await file.close();
  }
}
