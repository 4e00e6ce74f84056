/**
 * The map of an article's or a story's places, drawn server-side as SVG (no tiles, no client script):
 * country outlines in a Mercator view fitted around the places, a dot and a label per place.
 */
import {
  geoClipRectangle,
  geoMercator,
  geoPath,
  type GeoProjection,
  type GeoStream,
  type GeoStreamWrapper,
} from 'd3-geo';
import type { Feature, MultiPoint, Position } from 'geojson';
import type { Entity } from '../../vocabulary.js';
import { encodedHtml, html, trustedHtml, type SafeHtml } from '../html/safe-html.js';
import { LruCache } from '../lru-cache.js';
import { countryName } from './country-names.js';
import { detailLevel, planarCountries, ringsAt, type PlanarPolygon } from './planar-world.js';

export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
  /** Natural Earth name when the place is a whole country: shaded, not dotted. */
  country: string | null;
}

const WIDTH = 480;
const HEIGHT = 320;
/** Degrees of context around the places, so a single city still shows its region. */
const MIN_SPAN_DEG = 12;

/** Places with usable coordinates, one per name. */
export function mapPlaces(entities: readonly Entity[]): MapPlace[] {
  const seen = new Map<string, MapPlace>();
  for (const e of entities) {
    if (e.kind !== 'place' || typeof e.lat !== 'number' || typeof e.lon !== 'number') continue;
    if (!Number.isFinite(e.lat) || !Number.isFinite(e.lon) || Math.abs(e.lat) > 85 || Math.abs(e.lon) > 180) continue;
    if (!seen.has(e.name)) seen.set(e.name, { name: e.name, lat: e.lat, lon: e.lon, country: countryName(e.name) });
  }
  return [...seen.values()];
}

interface Frame {
  feature: Feature<MultiPoint>;
}

function frame(places: readonly MapPlace[]): Frame {
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  let [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const padLat = Math.max(MIN_SPAN_DEG - (maxLat - minLat), 0) / 2 + (maxLat - minLat) * 0.15;
  const padLon = Math.max(MIN_SPAN_DEG * 1.5 - (maxLon - minLon), 0) / 2 + (maxLon - minLon) * 0.15;
  [minLat, maxLat] = [Math.max(minLat - padLat, -80), Math.min(maxLat + padLat, 80)];
  [minLon, maxLon] = [Math.max(minLon - padLon, -180), Math.min(maxLon + padLon, 180)];
  return {
    feature: {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [minLon, minLat],
          [maxLon, maxLat],
          [minLon, maxLat],
          [maxLon, minLat],
        ],
      },
    },
  };
}

/**
 * Rounds projected points to whole pixels and drops points within a pixel of the last one: at 480 px wide that
 * detail of the 1:50m outlines is invisible but was most of the page's weight (a map of Berlin: 48 kB → 19 kB).
 */
export function wholePixels(projection: Pick<GeoProjection, 'stream'>): GeoStreamWrapper {
  return {
    stream(output: GeoStream): GeoStream {
      let lastX = NaN;
      let lastY = NaN;
      return projection.stream({
        point(x, y) {
          const rx = Math.round(x);
          const ry = Math.round(y);
          if (Math.abs(rx - lastX) <= 1 && Math.abs(ry - lastY) <= 1) return;
          lastX = rx;
          lastY = ry;
          output.point(rx, ry);
        },
        lineStart() {
          lastX = lastY = NaN;
          output.lineStart();
        },
        lineEnd: () => output.lineEnd(),
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      });
    },
  };
}

/**
 * The country outlines in the projection's view (clipped to the map and to the world's edge as d3's Mercator
 * clips), land and the shaded countries apart; zoomed-out maps take coarser outlines (planar-world.ts) unless
 * `fullDetail`. Exported for tests.
 */
export function outlines(
  projection: GeoProjection,
  shaded: ReadonlySet<string>,
  fullDetail = false,
): { land: string; highlighted: string } {
  // Planar polygons are scaled and translated as the Mercator projection would, polygons outside the view skipped
  // by their box; spherical ones (around a pole) go through the projection itself.
  projection.clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
  const k = projection.scale();
  const [tx, ty] = projection.translate() as [number, number];
  const edges: [[number, number], [number, number]] = [
    [Math.max(tx - Math.PI * k, 0), 0],
    [Math.min(tx + Math.PI * k, WIDTH), HEIGHT],
  ];
  // Raw Mercator points scaled and translated with the projection's own arithmetic; polygons wholly inside the
  // map skip the clip (which buffers every point and tests winding), their path being the same without it.
  const clipRectangle = geoClipRectangle(edges[0][0], edges[0][1], edges[1][0], edges[1][1]);
  const affine = (clip: boolean): Pick<GeoProjection, 'stream'> => ({
    stream(out: GeoStream): GeoStream {
      const next = clip ? clipRectangle(out) : out;
      return {
        point: (x, y) => next.point(x * k + tx, y * -k + ty),
        lineStart: () => next.lineStart(),
        lineEnd: () => next.lineEnd(),
        polygonStart: () => next.polygonStart(),
        polygonEnd: () => next.polygonEnd(),
        sphere: () => next.sphere?.(),
      };
    },
  });
  const clipped = geoPath(wholePixels(affine(true)));
  const unclipped = geoPath(wholePixels(affine(false)));
  const spherical = geoPath(wholePixels(projection));
  const level = fullDetail ? -1 : detailLevel(k);
  const seen = { x0: (edges[0][0] - tx) / k, x1: (edges[1][0] - tx) / k, y0: (ty - HEIGHT) / k, y1: ty / k };
  const inView = ({ box: [x0, y0, x1, y1] }: PlanarPolygon) =>
    x1 >= seen.x0 && x0 <= seen.x1 && y1 >= seen.y0 && y0 <= seen.y1;
  const inside = ({ box: [x0, y0, x1, y1] }: PlanarPolygon) =>
    x0 > seen.x0 && x1 < seen.x1 && y0 > seen.y0 && y1 < seen.y1;
  // One path call per run of polygons drawn alike, in the outline's order: each call builds a pipeline.
  const outline = (polygons: readonly PlanarPolygon[]) => {
    let d = '';
    let run: Position[][][] = [];
    let runPath = clipped;
    const flush = () => {
      if (run.length) d += runPath({ type: 'MultiPolygon', coordinates: run }) ?? '';
      run = [];
    };
    for (const p of polygons) {
      if (!inView(p)) continue;
      if (p.spherical) {
        flush();
        d += spherical({ type: 'Polygon', coordinates: p.rings }) ?? '';
        continue;
      }
      const rings = ringsAt(p, level);
      if (!rings) continue;
      const path = inside(p) ? unclipped : clipped;
      if (path !== runPath) flush();
      runPath = path;
      run.push(rings);
    }
    flush();
    return d;
  };
  let land = '';
  let highlighted = '';
  for (const country of planarCountries()) {
    const d = outline(country.polygons);
    if (shaded.has(country.name)) highlighted += d;
    else land += d;
  }
  return { land, highlighted };
}

/**
 * Drawing a map costs milliseconds (outline clipping); articles of one story share their place sets. Kept with
 * its bytes: the map is most of an article page's weight (4-21 kB of 12-30 kB on the serve bench's desk), and
 * copied bytes cost a page less than encoding the map again.
 */
const svgCache = new LruCache<SafeHtml>(500);

/** Renders the SVG map (with a text list of the places for screen readers), or nothing without places. */
export function placeMap(places: readonly MapPlace[], heading = 'Map'): SafeHtml {
  if (!places.length) return html``;
  const names = places.map((p) => p.name).join(', ');
  const key = places.map((p) => `${p.name}\u0000${p.lat}\u0000${p.lon}`).join('\u0001');
  let svg = svgCache.get(key);
  if (svg === undefined) {
    svg = encodedHtml(drawSvg(places, names));
    svgCache.set(key, svg);
  }
  return html`<section class="panel map" aria-labelledby="map-h">
    <h2 id="map-h">${heading}</h2>
    ${svg}
    <ul class="visually-hidden">
      ${places.map((p) => html`<li>${p.name}: ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}</li>`)}
    </ul>
  </section>`;
}

function drawSvg(places: readonly MapPlace[], names: string): string {
  const points = places.filter((p) => !p.country);
  const shaded = new Set(places.map((p) => p.country).filter((c): c is string => !!c));
  // Frame the towns when there are any: a country's centroid would stretch the view to a continent.
  const view = frame(points.length ? points : places);
  // precision(0) turns off adaptive resampling: Mercator keeps meridians straight and Natural Earth's 1:50m
  // outlines are dense already; resampling cost ~0.4 s per map.
  const projection = geoMercator()
    .precision(0)
    .fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      view.feature,
    );
  const { land, highlighted } = outlines(projection, shaded);
  const dots = points.map((p) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) return html``;
    const [x, y] = [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
    const anchor = x > WIDTH * 0.7 ? 'end' : 'start';
    const dx = anchor === 'end' ? -7 : 7;
    return html`<circle class="place" cx="${x}" cy="${y}" r="4"></circle
      ><text x="${x + dx}" y="${y + 4}" text-anchor="${anchor}">${p.name}</text>`;
  });
  return html`<svg
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    role="img"
    aria-label="${`Map of ${names}`}"
    xmlns="http://www.w3.org/2000/svg"
  >
    <path class="land" d="${trustedHtml(land)}"></path>
    ${highlighted ? html`<path class="land named" d="${trustedHtml(highlighted)}"></path>` : ''} ${dots}
  </svg>`.value;
}
