/**
 * Charset labels to a decoder. Labels follow the WHATWG Encoding Standard's mapping where it differs from
 * the label's literal meaning (browsers decode "iso-8859-1" and "ascii" as windows-1252, "gb2312" as GBK, and
 * a <meta> claiming UTF-16 on an ASCII-compatible byte stream as UTF-8). Legacy encodings go through
 * iconv-lite, which covers the CJK and Cyrillic code pages TextDecoder lacks without full ICU.
 */
import iconv from 'iconv-lite';

const WHATWG_ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252', // WHATWG: the Latin-1 labels all mean windows-1252
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-9': 'windows-1254', // WHATWG: Latin-5 labels mean windows-1254
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  gb2312: 'gbk', // WHATWG: gb2312 is decoded as GBK (a superset)
  'x-gbk': 'gbk',
  'ks_c_5601-1987': 'euc-kr', // what IE-era Korean pages declare
  'x-euc-jp': 'euc-jp',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};

export function canonicalCharset(label: string): string {
  const l = label.trim().toLowerCase();
  return WHATWG_ALIASES[l] ?? l;
}

/** Decodes with the named charset, or returns null when no decoder knows it. */
export function decodeWith(bytes: Uint8Array, label: string): string | null {
  const cs = canonicalCharset(label);
  if (cs === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  if (!iconv.encodingExists(cs)) return null;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), cs);
}
