// Writes dist/profile.schema.json from the valibot schema (src/core/profile-schema.ts),
// so the published JSON Schema can never drift from the runtime validation.
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ProfileSchema, SCHEMA_VERSION } from '../dist/core/profile-schema.js';

const schema = {
  $id: `https://unpkg.com/career-widgets@0/dist/profile.schema.json`,
  title: `career-widgets profession profile, schema version ${SCHEMA_VERSION}`,
  // Checks across fields (a right answer among the options, score ranges that cover every score)
  // cannot be said in JSON Schema; `npx career-widgets validate` checks them.
  ...toJsonSchema(ProfileSchema, { target: 'draft-2020-12', errorMode: 'ignore' }),
};
writeFileSync('dist/profile.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log(`dist/profile.schema.json: ${Object.keys(schema.properties).length} top-level properties`);
