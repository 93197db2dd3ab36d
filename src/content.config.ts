// The Astro collections, one per row of the model's table (src/lib/model/collections.ts); fields are documented
// in src/lib/model/schema.ts and docs/CONTENT.md.
import { defineCollection } from 'astro:content';
import { atlasLoader } from './lib/io/loader.ts';
import { COLLECTIONS } from './lib/model/collections.ts';

export const collections = Object.fromEntries(
  COLLECTIONS.map((spec) => [spec.name, defineCollection({ loader: atlasLoader(spec.name), schema: spec.schema })]),
);
