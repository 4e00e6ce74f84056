/**
 * Country outlines from Natural Earth (world-atlas 1:50m), loaded on first use and kept: the file is read once
 * per process, never at import time.
 */
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface Country {
  feature: Feature<Geometry, { name?: string }>;
  /** [[west, south], [east, north]] in degrees; west > east when the country crosses the antimeridian. */
  bounds: [[number, number], [number, number]];
}

let countries: Country[] | null = null;

/** The world's countries as GeoJSON features with their bounding boxes (for culling off-map countries). */
export function worldCountries(): Country[] {
  if (!countries) {
    const require = createRequire(import.meta.url);
    const topology = require('world-atlas/countries-50m.json') as Topology<{
      countries: GeometryCollection<{ name?: string }>;
    }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name?: string }>;
    countries = collection.features.map((f) => ({ feature: f, bounds: geoBounds(f) }));
  }
  return countries;
}
