/**
 * Whether bytes that fail UTF-8 validation are still a UTF-8 page with a few stray bytes, or a legacy page
 * that merely claims UTF-8 (a CMS template's <meta charset="utf-8"> or a server default over windows-1252
 * text). Only pages that already failed validation pay for this; a valid UTF-8 page never gets here.
 */

/**
 * True when the invalid sequences outnumber the well-formed multi-byte characters: windows-1252 text like
 * "café" is an 0xE9 followed by ASCII, which never forms a UTF-8 sequence, so a mislabelled legacy page has
 * almost no valid multi-byte characters, while a real UTF-8 page with one stray byte has many.
 */
export function mostlyNotUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes); // non-fatal: each invalid sequence becomes U+FFFD
  let invalid = 0;
  let multiByte = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) invalid++;
    else if (c < 0xdc00 || c > 0xdfff) multiByte++; // a surrogate pair is one character, counted at its lead
  }
  return invalid > multiByte;
}
