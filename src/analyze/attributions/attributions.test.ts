import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../vocabulary.js';
import { splitSentences } from '../sentences/sentences.js';
import { findAttributions } from './attributions.js';
import { dumpBody } from './seed-body.js';

const run = (text: string) => findAttributions(text, splitSentences(text), []);
const seed = new URL('../../../../shared/data/seed/kim-putin-train.txt', import.meta.url);

function row(atts: Attribution[], speaker: RegExp, said: string): Attribution | undefined {
  return atts.find(
    (a) => a.speaker && speaker.test(`${a.speaker.name} ${a.speaker.text}`) && `${a.content} ${a.quote}`.includes(said),
  );
}

describe('findAttributions', () => {
  it('reads "X said (that) …" and "…, X said." and the quoted words', () => {
    const t = 'The ministry said that prices would rise. "We will not give up," Smith said. Talks went on.';
    const [a, b] = run(t);
    expect(a).toMatchObject({ cue: 'said', content: 'prices would rise', quote: null });
    expect(a!.speaker!.name).toBe('ministry');
    expect(b).toMatchObject({ cue: 'said', content: 'We will not give up', quote: 'We will not give up,' });
    expect(b!.speaker!.name).toBe('Smith');
    expect(t.slice(b!.contentSpan.start, b!.contentSpan.end)).toBe(b!.content);
  });

  it('builds the chain for "citing X, Y reported" and "…, according to Z"', () => {
    const t =
      'Citing two senior officials, the Daily Planet reported that the plant closed. ' +
      'The company confirmed the closure on Monday, according to the Associated Press.';
    const [a, b] = run(t);
    expect(a!.speaker).toMatchObject({ name: 'two senior officials', anonymous: true });
    expect(a!.via.map((v) => v.name)).toEqual(['Daily Planet']);
    expect(b!.speaker!.name).toBe('company');
    expect(b!.via.map((v) => v.name)).toEqual(['Associated Press']);
    expect(b!.content).toBe('the closure on Monday');
  });

  it('resolves a pronoun to the most recent compatible speaker and leaves scare quotes unattributed', () => {
    const t = 'Acme Corp announced a recall. It also stated that no one was hurt. The "cover-up" went on for weeks.';
    const atts = run(t);
    expect(atts[1]!.speaker).toMatchObject({ name: 'Acme Corp', text: 'It' });
    const scare = atts.find((a) => a.quote === 'cover-up');
    expect(scare?.speaker).toBeNull();
  });

  it('reads a participle as the subject speaking, and "called" only with a quotation', () => {
    const [a, b, c] = run(
      'The agency welcomed the ruling, saying it would appeal nothing. Critics called it a "sham." Fans called him often.',
    );
    expect(a).toMatchObject({ cue: 'saying', content: 'it would appeal nothing' });
    expect(a!.speaker!.name).toBe('agency');
    expect(b).toMatchObject({ cue: 'called', quote: 'sham.' });
    expect(c).toBeUndefined();
  });

  it('continues a quotation in the next sentence with the same speaker', () => {
    const atts = run('"We are ready," she said, turning to Jones. "We will fight."');
    expect(atts).toHaveLength(2);
  });

  it.skipIf(!existsSync(seed))('gives the reference article its twelve attributions', () => {
    const atts = run(dumpBody(readFileSync(seed, 'utf8')));
    const kcna = /KCNA|Korean Central News Agency/;
    expect(row(atts, /both nations/, 'meeting')).toBeDefined();
    expect(row(atts, kcna, 'departure')).toBeDefined();
    expect(row(atts, /Yonhap/, 'accompanied')).toBeDefined();
    expect(row(atts, kcna, 'departed on Sunday afternoon')).toBeDefined();
    expect(row(atts, kcna, 'meet and hold discussions')?.speaker?.text).toBe('It');
    expect(row(atts, /Kremlin/, 'upcoming days')?.via.map((v) => v.name)).toEqual(['TASS']);
    expect(row(atts, kcna, 'warm farewell')).toBeDefined();
    const tbs = row(atts, /unnamed/, 'Khasan');
    expect(tbs?.speaker?.anonymous).toBe(true);
    expect(tbs?.via.map((v) => v.name)).toEqual(['TBS']);
    expect(row(atts, /Kremlin/, 'the coming days')?.via[0]?.text).toBe('its website');
    expect(row(atts, kcna, 'when or where')).toBeDefined();
    expect(row(atts, /TASS/, 'Vladivostok')?.speaker?.name).toBe('TASS');
    expect(row(atts, /White House/, 'We call on North Korea')).toBeDefined();
    expect(atts.find((a) => a.quote === 'increased military collaboration')?.speaker).toBeNull();
    expect(atts.filter((a) => a.speaker)).toHaveLength(12);
  });
});
