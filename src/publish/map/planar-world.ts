/**
 * The country outlines projected once per process to raw Mercator coordinates (radians; y = ln tan(π/4 + φ/2)),
 * split into polygons with their own boxes, so a map only scales, translates and clips the polygons in its view.
 * Measured: drawing a new map through d3's spherical pipeline (antimeridian clipping and a point-in-polygon test
 * per polygon on every outline whose country box met the frame, Russia and the USA always) took ~13 ms.
 *
 * A polygon whose ring crosses the antimeridian (Chukotka, Fiji) is unwrapped into one continuous ring and kept
 * twice, once on each side of the map; the map clips at the world's edge as d3's Mercator does. A polygon around
 * a pole (Antarctica's mainland) has no planar ring, so it stays spherical: drawn by d3 in degrees.
 */
import { geoBounds } from 'd3-geo';
import type { Polygon, Position } from 'geojson';
import { worldCountries } from './world-topology.js';

const RADIANS = Math.PI / 180;
const HALF_PI = Math.PI / 2;
const TAU = Math.PI * 2;

export interface PlanarPolygon {
  /** Rings in raw Mercator coordinates when planar; in degrees (GeoJSON) when `spherical`. */
  rings: Position[][];
  /** Coarser rings per detail level, made on first use; null when the polygon is below the level's tolerance. */
  coarse: (Position[][] | null | undefined)[];
  spherical: boolean;
  /** [minX, minY, maxX, maxY] in raw Mercator coordinates (for spherical ones, from d3's spherical bounds). */
  box: [number, number, number, number];
}

export interface PlanarCountry {
  name: string;
  polygons: PlanarPolygon[];
}

/** The same arithmetic as d3's `geoMercatorRaw` after its degrees-to-radians step, so points project identically. */
function mercatorY(latDeg: number): number {
  return Math.log(Math.tan((HALF_PI + latDeg * RADIANS) / 2));
}

/** Longitude jumps of more than half the world along the ring: each is a crossing of the antimeridian. */
function crossings(ring: Position[]): number {
  let n = 0;
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i]![0]! - ring[i - 1]![0]!) > 180) n++;
  return n;
}

/** The ring in raw Mercator coordinates, longitudes made continuous across the antimeridian. */
function projectRing(ring: Position[], near: number | null): Position[] {
  const out: Position[] = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i]! as [number, number];
    if (i > 0) {
      const jump = lon - ring[i - 1]![0]!;
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
    }
    out.push([(lon + shift) * RADIANS, mercatorY(lat)]);
  }
  // Holes follow their polygon's first ring onto the same side.
  if (near !== null) {
    const turns = Math.round((near - out[0]![0]!) / TAU);
    if (turns) for (const p of out) p[0] = p[0]! + turns * TAU;
  }
  return out;
}

function boxOf(rings: Position[][]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [x, y] of ring as [number, number][]) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  return [x0, y0, x1, y1];
}

function shifted(polygon: Position[][], by: number): Position[][] {
  return polygon.map((ring) => ring.map(([x, y]) => [x! + by, y!]));
}

function planarPolygons(coordinates: Position[][]): PlanarPolygon[] {
  if (coordinates.some((ring) => crossings(ring) % 2 === 1)) {
    const [[w, s], [e, n]] = geoBounds({ type: 'Polygon', coordinates } satisfies Polygon);
    const box: PlanarPolygon['box'] = w > e ? [-Math.PI, mercatorY(s), Math.PI, mercatorY(n)] : [w * RADIANS, mercatorY(s), e * RADIANS, mercatorY(n)]; // prettier-ignore
    return [{ rings: coordinates, coarse: [], spherical: true, box }];
  }
  const rings: Position[][] = [];
  for (const ring of coordinates) rings.push(projectRing(ring, rings.length ? rings[0]![0]![0]! : null));
  const out: PlanarPolygon[] = [{ rings, coarse: [], spherical: false, box: boxOf(rings) }];
  const [x0, , x1] = out[0]!.box;
  for (const by of [x1 > Math.PI ? -TAU : 0, x0 < -Math.PI ? TAU : 0].filter((b) => b !== 0)) {
    const copy = shifted(rings, by);
    out.push({ rings: copy, coarse: [], spherical: false, box: boxOf(copy) });
  }
  return out;
}

/**
 * Detail levels for zoomed-out maps: level i keeps a ring's points at least DETAIL_BASE·2^i apart (raw Mercator
 * units; Chebyshev distance, as the whole-pixel filter measures). A map takes the coarsest level within half a
 * pixel, so a map of a continent streams a fraction of the 1:50m points; close-ups (a city's 12°) use them all.
 */
const DETAIL_BASE = 0.0005;
const DETAIL_LEVELS = 5;

/** The detail level for a map at this Mercator scale (pixels per raw unit); -1 for every point. */
export function detailLevel(scale: number): number {
  const tolerance = 0.5 / scale;
  let level = -1;
  for (let i = 0; i < DETAIL_LEVELS && DETAIL_BASE * 2 ** i <= tolerance; i++) level = i;
  return level;
}

/** The ring without points closer than `tolerance` to the last one kept; null when it collapses. */
function decimate(ring: Position[], tolerance: number): Position[] | null {
  const out: Position[] = [ring[0]!];
  let [lx, ly] = ring[0] as [number, number];
  for (let i = 1; i < ring.length - 1; i++) {
    const [x, y] = ring[i] as [number, number];
    if (Math.abs(x - lx) <= tolerance && Math.abs(y - ly) <= tolerance) continue;
    out.push(ring[i]!);
    [lx, ly] = [x, y];
  }
  out.push(ring[ring.length - 1]!);
  return out.length >= 4 ? out : null;
}

/** The polygon's rings at a detail level (-1: all points; spherical polygons always), or null when too small. */
export function ringsAt(polygon: PlanarPolygon, level: number): Position[][] | null {
  if (level < 0 || polygon.spherical) return polygon.rings;
  const made = polygon.coarse[level];
  if (made !== undefined) return made;
  const tolerance = DETAIL_BASE * 2 ** level;
  const exterior = decimate(polygon.rings[0]!, tolerance);
  const holes = polygon.rings.slice(1).flatMap((ring) => {
    const kept = decimate(ring, tolerance);
    return kept ? [kept] : [];
  });
  const rings = exterior && [exterior, ...holes];
  polygon.coarse[level] = rings;
  return rings;
}

let countries: PlanarCountry[] | null = null;

/** Every country with a geometry, in world-atlas order, as planar polygons. */
export function planarCountries(): PlanarCountry[] {
  if (!countries) {
    countries = worldCountries().flatMap(({ feature }) => {
      const g = feature.geometry;
      if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [];
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      return [{ name: feature.properties?.name ?? '', polygons: polygons.flatMap(planarPolygons) }];
    });
  }
  return countries;
}
