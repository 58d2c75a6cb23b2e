/**
 * The bench's yardstick: the map issue 4 compares <foip-map> with ("hand-written d3", about 84 ms of
 * main-thread work and 1.8 ms a filter change where the issue measured it), written here the plain
 * way, so the two are timed by the same harness on the same machine. A Pacific-centred 110m world,
 * one path per country, filled by priority area; `filter(pillars)` recolours it. No tooltips,
 * keyboard, legend or table: what it costs is a floor, not a like-for-like widget.
 *
 * Built by scripts/bench.mjs (rollup) into memory; `fills` is made there from the dataset.
 */
import {geoNaturalEarth1, geoPath} from 'd3-geo';
import {feature} from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import fills from 'reference:fills';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = {1: '#1f5fa8', 2: '#c2410c', 3: '#15803d', several: '#6b21a8', none: '#e5e7eb'};
const countries = feature(world, world.objects.countries).features;

/** The fill of a country under a pillar filter: by the areas it shares with the filter. */
function fill(id, pillars) {
  const shown = (fills[id] ?? []).filter((p) => pillars.length === 0 || pillars.includes(p));
  return COLOURS[shown.length === 0 ? 'none' : shown.length === 1 ? shown[0] : 'several'];
}

function draw(host) {
  const width = host.clientWidth || 960;
  const height = Math.round(width / 2);
  const projection = geoNaturalEarth1().rotate([-150, 0]).fitSize([width, height], {type: 'Sphere'});
  const path = geoPath(projection);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const sea = document.createElementNS(SVG, 'path');
  sea.setAttribute('d', path({type: 'Sphere'}));
  sea.setAttribute('fill', '#dbeafe');
  svg.append(sea);
  const paths = countries.map((country) => {
    const outline = document.createElementNS(SVG, 'path');
    outline.setAttribute('d', path(country) ?? '');
    outline.setAttribute('fill', fill(country.id, []));
    outline.setAttribute('stroke', '#fff');
    outline.setAttribute('stroke-width', '0.5');
    svg.append(outline);
    return [country.id, outline];
  });
  host.append(svg);
  host.filter = (pillars) => {
    for (const [id, outline] of paths) outline.setAttribute('fill', fill(id, pillars));
  };
}

for (const host of document.querySelectorAll('.d3-map')) draw(host);
