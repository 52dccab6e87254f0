/**
 * Writes the web app's API types from the OpenAPI document: docs/api/openapi.json → web/src/app/api/schema.d.ts.
 * `npm run api-types` (and `npm run openapi`, which writes the document first). A test fails when the file drifts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const SPEC_PATH = fileURLToPath(new URL('../docs/api/openapi.json', import.meta.url));
export const TYPES_PATH = fileURLToPath(new URL('../web/src/app/api/schema.d.ts', import.meta.url));

const HEADER = `/**
 * Generated from docs/api/openapi.json by \`npm run api-types\`: do not edit by hand.
 * Use it through web/src/app/api/client.ts (typed paths) and the helper types of web/src/app/api/types.ts.
 */

`;

/** The text of schema.d.ts for an OpenAPI document (the same input always gives the same text). */
export async function apiTypes(spec: string = readFileSync(SPEC_PATH, 'utf8')): Promise<string> {
  const ast = await openapiTS(JSON.parse(spec) as OpenAPI3, { silent: true, alphabetize: false });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TYPES_PATH, await apiTypes());
  console.log(`wrote ${TYPES_PATH.slice(process.cwd().length + 1)}`);
}
