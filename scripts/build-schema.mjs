// Writes dist/profile.schema.json from the valibot schemas (src/core/profile-schema.ts for format 2,
// profile-schema-v1.ts for format 1), so the published JSON Schema can never drift from the runtime
// validation. One file covers both formats: `schemaVersion` picks the branch.
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ProfileSchema, ProfileSchemaV1, SCHEMA_VERSION } from '../dist/core/profile-schema.js';
import { Catalog, ItemBank } from '../dist/core/schema/catalog.js';

/**
 * JSON Schema of one format. `additionalProperties: false` everywhere: the schema is the check a
 * portal runs before publishing, like `career-widgets validate`, so a typo such as `salry` fails
 * there too. (The elements themselves ignore unknown fields.)
 */
function strict(schema) {
  if (Array.isArray(schema)) return schema.map(strict);
  if (!schema || typeof schema !== 'object') return schema;
  const out = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, strict(value)]));
  if (out.type === 'object' && out.properties && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}
const convert = (schema) => strict(toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore' }));
const { $schema, ...v2 } = convert(ProfileSchema);
const { $schema: _, ...v1 } = convert(ProfileSchemaV1);

const schema = {
  $schema,
  $id: `https://unpkg.com/career-widgets@0/dist/profile.schema.json`,
  title: `career-widgets profession profile (format ${SCHEMA_VERSION}, and format 1 before it)`,
  // Checks across fields (a right answer among the options, score ranges that cover every score, periods
  // that add up to the training, weights that add up to 100) cannot be said in JSON Schema;
  // `npx career-widgets validate` checks them.
  oneOf: [
    { title: `Format ${SCHEMA_VERSION}`, ...v2 },
    { title: 'Format 1 (still read; `career-widgets migrate` writes its format-2 form)', ...v1 },
  ],
};
writeFileSync('dist/profile.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log(`dist/profile.schema.json: formats ${SCHEMA_VERSION} and 1, ${Object.keys(v2.properties).length} top-level properties`);

// The catalog and the finder's item bank (docs/catalog-format.md), each in a file of its own.
for (const [file, source, title, note] of [
  ['catalog.schema.json', Catalog, 'career-widgets catalog (version 1)', 'slugs given once, every Themenwelt and source named exists, profile links resolve'],
  ['finder-items.schema.json', ItemBank, 'career-widgets item bank of the profession finder (version 1)', 'item ids given once, an item for every area, a text in every language of the bank'],
]) {
  const { $schema: draft, ...rest } = convert(source);
  const document = { $schema: draft, $id: `https://unpkg.com/career-widgets@0/dist/${file}`, title, $comment: `Checked beyond this schema by \`npx career-widgets validate\`: ${note}.`, ...rest };
  writeFileSync(`dist/${file}`, JSON.stringify(document, null, 2) + '\n');
  console.log(`dist/${file}: ${Object.keys(rest.properties).length} top-level properties`);
}
