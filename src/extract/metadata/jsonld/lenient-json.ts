/**
 * JSON as publishers write it inside `<script>`: CDATA and HTML comment wrappers, trailing commas, raw
 * newlines and tabs inside strings, `//` comments, a stray `;` at the end. Strict JSON.parse first; then one
 * repair pass. Hand-written because JSON5 still rejects raw control characters inside strings, the most common
 * breakage we see.
 */
export type JsonOutcome = { ok: true; value: unknown } | { ok: false; reason: 'malformed-json' };

function tryParse(s: string): JsonOutcome {
  try {
    return { ok: true, value: JSON.parse(s) as unknown };
  } catch {
    return { ok: false, reason: 'malformed-json' };
  }
}

/** Walks the text once, tracking strings, to escape control characters and drop comments and trailing commas. */
function repair(s: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (inString) {
      if (ch === '\\') {
        out += ch + (s[i + 1] ?? '');
        i++;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else if (ch < ' ') out += ' ';
      else out += ch;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === '/' && s[i + 1] === '/') {
      while (i < s.length && s[i] !== '\n') i++;
    } else if (ch === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      i = end < 0 ? s.length : end + 1;
    } else if (ch === ',') {
      // A comma followed only by white space and a closing bracket is dropped.
      let j = i + 1;
      while (j < s.length && /\s/.test(s[j]!)) j++;
      if (s[j] !== '}' && s[j] !== ']') out += ch;
    } else out += ch;
  }
  return out;
}

/** Parses JSON leniently; `{ ok: false }` when even the repaired text is not JSON. */
export function parseLenientJson(text: string): JsonOutcome {
  const stripped = text
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^\s*<!--|-->\s*$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim()
    .replace(/;\s*$/, '');
  const strict = tryParse(stripped);
  if (strict.ok) return strict;
  return tryParse(repair(stripped));
}
