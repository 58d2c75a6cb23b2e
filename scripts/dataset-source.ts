/**
 * Reads the dataset as people edit it (`data/*.json`) and assembles the published shape.
 * Node only; shared by the build script and the unit tests so both see the same dataset.
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

import type {DocumentDataset, DocumentEdition} from '../src/data/types.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** The source text the dataset cites, as shipped in `data/source/`. */
export function sourceText(file: string): string {
  return readFileSync(new URL(`../data/source/${file}`, import.meta.url), 'utf8');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Merges the source files in the published key order. The checksum covers everything but itself,
 * so a partner can tell two editions apart without comparing them field by field.
 */
export function loadSourceDataset(): DocumentDataset {
  const {edition, ...document} = readJson('document.json');
  const places = readJson('places.json');
  const map = readJson('map.json');
  const content = {
    title: document.title,
    subtitle: document.subtitle,
    concepts: document.concepts,
    features: document.features,
    principles: document.principles,
    pillars: document.pillars,
    categories: document.categories,
    initiatives: document.initiatives,
    countries: places.countries,
    regions: places.regions,
    organisations: places.organisations,
    instruments: places.instruments,
    mapEntries: map.mapEntries,
  };
  const unsigned = {edition: {...(edition as object), checksum: ''}, ...content};
  const checksum = sha256(JSON.stringify(unsigned));
  return {edition: {...(edition as DocumentEdition), checksum}, ...content} as unknown as DocumentDataset;
}
