import { defineCollection } from 'astro:content';
import { atlasLoader } from './lib/io/loader.ts';
import { sourceSchema, topicSchema, trialSchema } from './lib/model/schema.ts';

/** Topic pages: src/content/topics/<kind>/<slug>.md (fields documented in lib/content/schema.ts and docs/CONTENT.md). */
const topics = defineCollection({ loader: atlasLoader('topics'), schema: topicSchema });
/** Cited works, one YAML file each, shared by every page: src/content/sources/<key>.yaml */
const sources = defineCollection({ loader: atlasLoader('sources'), schema: sourceSchema });
/** Tracked trials with their arms and registry status: src/content/trials/<id>.yaml */
const trials = defineCollection({ loader: atlasLoader('trials'), schema: trialSchema });

export const collections = { topics, sources, trials };
