import { geoMercator, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { outlines, placeMap, wholePixels } from './place-map.js';
import { worldCountries } from './world-topology.js';

const WIDTH = 480;
const HEIGHT = 320;

/** A Mercator view fitted around [west, south, east, north] as the map fits its frame. */
function view([west, south, east, north]: readonly number[]) {
  const corners = [[west!, south!], [east!, north!], [west!, north!], [east!, south!]]; // prettier-ignore
  return geoMercator()
    .precision(0)
    .fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      { type: 'MultiPoint', coordinates: corners },
    );
}

/** Every country through d3's own spherical Mercator pipeline, none culled: the map as drawn before. */
function reference(frame: readonly number[], apart: ReadonlySet<string>) {
  const path = geoPath(
    wholePixels(
      view(frame).clipExtent([
        [0, 0],
        [WIDTH, HEIGHT],
      ]),
    ),
  );
  let [land, highlighted] = ['', ''];
  for (const c of worldCountries()) {
    const d = path(c.feature) ?? '';
    if (apart.has(c.feature.properties?.name ?? '')) highlighted += d;
    else land += d;
  }
  return { land, highlighted };
}

describe('place map outlines', () => {
  // Berlin; Reykjavik (Scotland and the Faroes lie in the margins, outside the frame); the Atlantic; Ushuaia (the
  // Antarctic peninsula, of a polygon around the pole); East Asia; Chukotka and Fiji (across the antimeridian);
  // the whole northern band.
  const frames = [[4, 46, 22, 58], [-31, 58, -13, 70], [-90, -20, 40, 60], [-82, -60, -56, -48], [100, 20, 150, 50], [165, 55, 180, 70], [170, -25, 180, -10], [-180, 40, 180, 75]]; // prettier-ignore
  // The countries with a polygon across the antimeridian: unwrapped here, cut by d3, so drawn from another point.
  const crossing = new Set(['Russia', 'Fiji']);

  it('draws every other country byte for byte as d3 Mercator does, land in the margins included', () => {
    for (const frame of frames) {
      const ours = outlines(view(frame), crossing, true);
      const expected = reference(frame, crossing);
      expect(ours.land, frame.join()).toBe(expected.land);
      // Across the antimeridian: the same outline to within a few points (rings start elsewhere).
      expect(Math.abs(ours.highlighted.length - expected.highlighted.length), frame.join()).toBeLessThan(
        expected.highlighted.length * 0.01 + 10,
      );
    }
    expect(outlines(view(frames[1]!), new Set()).land).not.toBe('');
  });

  it('shades a named country and dots a town', () => {
    const places = [
      { name: 'Berlin', lat: 52.52, lon: 13.4, country: null },
      { name: 'Poland', lat: 52, lon: 19, country: 'Poland' },
    ];
    const svg = placeMap(places, 'Places').value;
    expect(svg).toMatch(/<path class="land" d="M\d/);
    expect(svg).toMatch(/<path class="land named" d="M\d/);
    expect(svg).toContain('<circle class="place"');
    expect(svg).toContain('>Berlin</text>');
  });
});

describe('place map detail', () => {
  it('draws zoomed-out maps from coarser outlines, the same shapes within half a pixel', () => {
    for (const frame of [
      [-90, -20, 40, 60],
      [-180, 40, 180, 75],
      [100, 20, 150, 50],
    ]) {
      const full = outlines(view(frame), new Set(), true).land;
      const coarse = outlines(view(frame), new Set(), false).land;
      expect(coarse.length, frame.join()).toBeLessThan(full.length);
      // The same rings but for islets of a pixel or two (most of those in the Arctic), and most of the points.
      const rings = (d: string) => d.split('M').length;
      expect(rings(coarse), frame.join()).toBeGreaterThan(rings(full) * 0.5);
      expect(coarse.length, frame.join()).toBeGreaterThan(full.length * 0.6);
    }
    // A close-up keeps every point.
    const close = view([10, 50, 16, 54]);
    expect(outlines(close, new Set(), false).land).toBe(outlines(view([10, 50, 16, 54]), new Set(), true).land);
  });
});
