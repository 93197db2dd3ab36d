// /data/v1/topics.json, sources.json, trials.json and their schemas (*.schema.json).
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES, type DataFile, dataFile } from '../../../lib/data/open-data.ts';
import { DATA_SCHEMAS } from '../../../lib/data/schemas.ts';
import { loadSite } from '../../../site.ts';

export const getStaticPaths = (() =>
  DATA_FILES.flatMap((name) => [
    { params: { file: name }, props: { name, schema: false } },
    { params: { file: `${name}.schema` }, props: { name, schema: true } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { name, schema } = props as { name: DataFile; schema: boolean };
  const { content, options } = await loadSite();
  const body = schema ? DATA_SCHEMAS[name] : dataFile(name, content, options);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': `application/${schema ? 'schema+json' : 'json'}; charset=utf-8` },
  });
};
