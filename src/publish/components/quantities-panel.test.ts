import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../vocabulary.js';
import { quantitiesPanel } from './quantities-panel.js';

const quantity = (q: Partial<Quantity> & Pick<Quantity, 'text' | 'kind' | 'normalized'>): Quantity => ({
  value: q.normalized.value,
  unit: q.normalized.unit,
  consistent: null,
  span: { start: 0, end: 1 },
  ...q,
});

const text = (quantities: Quantity[]) => quantitiesPanel(quantities).value.replace(/\s+/g, ' ');

describe('quantitiesPanel', () => {
  it('lists a figure with nothing to check against without a verdict, money with separators', () => {
    const out = text([
      quantity({ text: '62 million euros', kind: 'money', normalized: { value: 62_000_000, unit: 'EUR' } }),
    ]);
    expect(out).toContain('<h2 id="quantities-h">Figures</h2>');
    expect(out).toContain('“62 million euros” = 62,000,000 EUR');
    expect(out).not.toContain('not checked');
  });

  it('keeps the verdict and the check of a checked figure, under "Figures checked"', () => {
    const out = text([
      quantity({
        text: '12 miles (19 kilometres)',
        kind: 'distance',
        normalized: { value: 19.3121, unit: 'km' },
        consistent: true,
        check: '12 mi = 19.3 km ≈ 19 km',
      }),
      quantity({ text: '3 tonnes', kind: 'weight', normalized: { value: 3000, unit: 'kg' } }),
    ]);
    expect(out).toContain('Figures checked');
    expect(out).toContain('<span class="tag-ok">consistent</span> <span class="meta">(12 mi = 19.3 km ≈ 19 km)</span>');
    expect(out).toContain('“3 tonnes” = 3000 kg </li>');
  });
});
