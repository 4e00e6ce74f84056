import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { aliasIndex, entityAt, resolveName } from './lookup.js';

const TEXT =
  'The Korean Central News Agency (KCNA) said Kim Jong Un, the leader of North Korea, left. ' +
  'KCNA said officials saw the leader off. The Kremlin confirmed it, according to TASS.';

describe('entity lookup', () => {
  it('resolves acronyms, names with "the", and spans back to entities', () => {
    const es = findEntities(TEXT, []);
    expect(resolveName(es, 'KCNA')?.name).toBe('Korean Central News Agency');
    expect(resolveName(es, 'the Kremlin')?.kind).toBe('organization');
    expect(resolveName(es, 'Nobody Atall')).toBeNull();
    const at = TEXT.indexOf('TASS');
    expect(entityAt(es, { start: at, end: at + 4 })?.name).toBe('TASS');
    expect(entityAt(es, { start: 0, end: 0 })).toBeNull();
    expect(aliasIndex(es).get('kcna')?.id).toBe('organization:korean-central-news-agency');
  });

  it('links "the leader" to the one person who was called the leader', () => {
    const es = findEntities(TEXT, []);
    const kim = resolveName(es, 'Kim Jong Un');
    const nominal = TEXT.lastIndexOf('the leader');
    expect(kim?.mentions.some((m) => m.start === nominal && m.text === 'the leader')).toBe(true);
    expect(kim?.aliases).not.toContain('the leader');
  });

  it('adds names from other texts of the article without inventing mentions', () => {
    const es = findEntities(TEXT, [], { extra: ['KCNA/Kyodo'] });
    const kyodo = resolveName(es, 'Kyodo');
    expect(kyodo?.kind).toBe('organization');
    expect(kyodo?.mentions).toEqual([]);
    expect(es.filter((e) => e.name === 'Korean Central News Agency')).toHaveLength(1);
  });
});
