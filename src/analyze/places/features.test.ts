import { describe, expect, it } from 'vitest';
import { naturalFeature } from './features.js';

describe('naturalFeature', () => {
  it('gives a sea of the table its centre', () => {
    expect(naturalFeature('North Sea')?.lat).toBeCloseTo(56, 0);
    expect(naturalFeature('the Baltic Sea')?.lon).toBeCloseTo(19.5, 0);
  });

  it('knows continents, oceans and other water names as features without a point', () => {
    expect(naturalFeature('Asia')).toBeNull();
    expect(naturalFeature('Pacific Ocean')).toBeNull();
    expect(naturalFeature('Sea of Azov')).toBeNull();
    expect(naturalFeature('Gulf of Finland')).toBeNull();
    expect(naturalFeature('Kuril Trench')).toBeNull();
  });

  it('leaves towns alone, those "on Sea" too', () => {
    expect(naturalFeature('Antwerp')).toBeUndefined();
    expect(naturalFeature('Clacton on Sea')).toBeUndefined();
    expect(naturalFeature('Green Bay')).toBeUndefined();
  });
});
