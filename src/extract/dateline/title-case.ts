/** Title-cases text printed in capitals ("NEW DELHI" → "New Delhi", "O'HARE" → "O'Hare"); other text is kept. */
export function titleCaseIfShouting(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (!letters || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return s;
  return s
    .toLowerCase()
    .replace(/(^|[\s/\-‐.'’(])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\b(Mc)(\p{Ll})/gu, (_m, mc: string, ch: string) => mc + ch.toUpperCase());
}
