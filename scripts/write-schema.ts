// Writes schema.json from the schema the loader validates with, so the published file cannot drift.
import { writeFileSync } from 'node:fs';
import { configSchema } from '../src/config/schema.ts';

writeFileSync(new URL('../schema.json', import.meta.url), `${JSON.stringify(configSchema, null, 2)}\n`);
