/**
 * The lookup key of a name (entity, alias, speaker, outlet filter): case, accents, spacing and NULs folded,
 * so that `about:"kim jong-un"` finds "Kim Jong-un" and `place:Tumen` finds "Tümen".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s\u0000]+/g, ' ')
    .trim();
}
