/** Great-circle distances between geocoded places (haversine on a spherical Earth). */

/** A point in decimal degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), km: the haversine error against the ellipsoid stays under 0.5 %. */
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres between two points given in decimal degrees. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
