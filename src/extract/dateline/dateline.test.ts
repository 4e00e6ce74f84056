import { describe, expect, it } from 'vitest';
import { splitDateline } from './dateline.js';

describe('splitDateline', () => {
  const cases: ReadonlyArray<[string, string, string | null, string]> = [
    ['PYONGYANG — Kim left.', 'Pyongyang', null, 'Kim left.'],
    ['Pyongyang : Kim Jong Un, the leader', 'Pyongyang', null, 'Kim Jong Un, the leader'],
    ['WASHINGTON (Reuters) - The US said', 'Washington', 'Reuters', 'The US said'],
    ['LONDON, March 3 (Reuters) - Britain', 'London', 'Reuters', 'Britain'],
    ['KYIV, Ukraine (AP) — Russia fired', 'Kyiv', 'AP', 'Russia fired'],
    ['BEIJING/TAIPEI, June 1 (Reuters) - China', 'Beijing/Taipei', 'Reuters', 'China'],
    ['NEW DELHI: India said', 'New Delhi', null, 'India said'],
    ['ST. LOUIS, Mo. (AP) -- A man', 'St. Louis', 'AP', 'A man'],
    ['Moscow (AFP) - Russia', 'Moscow', 'AFP', 'Russia'],
    ['NEW YORK, March 3, 2024 /PRNewswire/ -- Acme Corp', 'New York', 'PRNewswire', 'Acme Corp'],
    ['WASHINGTON, D.C. — The Senate', 'Washington', null, 'The Senate'],
  ];
  it.each(cases)('splits %j', (input, place, agency, rest) => {
    const out = splitDateline(input);
    expect(out.dateline?.place).toBe(place);
    expect(out.dateline?.agency ?? null).toBe(agency);
    expect(out.rest).toBe(rest);
    expect(input.startsWith(out.dateline!.raw)).toBe(true);
  });

  it('keeps the raw dateline as printed', () => {
    expect(splitDateline('WASHINGTON (Reuters) - The US').dateline?.raw).toBe('WASHINGTON (Reuters) -');
    expect(splitDateline('Pyongyang : Kim').dateline?.raw).toBe('Pyongyang :');
  });

  it.each([
    'However: this is not a dateline.',
    'Note: the figures are provisional.',
    '"We will win," he said: nothing more.',
    'Kim said: "We are ready."',
    'The president — who was tired — said no.',
    'UPDATE: The story has changed.',
    'US: The figures are in.',
    'WHY IT MATTERS: Prices are rising.',
    'NASA: The agency said it would launch.',
    'England (Group A): 10th appearance',
    'Astronaut (NR): Jaden Siemans 7 saves.',
    'Tue – Sat 4PM (Closed on Sun & Mon)',
    'Breaking — The news is here.',
    'An ordinary sentence with no dateline at all.',
    '',
  ])('does not fire on %j', (input) => {
    const out = splitDateline(input);
    expect(out.dateline).toBeNull();
    expect(out.rest).toBe(input);
  });
});
