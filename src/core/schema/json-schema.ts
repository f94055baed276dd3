/** JSON Schemas generated from the zod schemas, for editors (YAML language server) and other tools. */
import { z } from 'zod';
import { KINDS, SCHEMAS } from './kinds.js';

export interface OutputFile {
  path: string;
  contents: string;
}

export function jsonSchemas(): OutputFile[] {
  const files: OutputFile[] = KINDS.map((kind) => {
    const schema = z.toJSONSchema(SCHEMAS[kind], { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
    const withId = { $id: `https://planwerk.dev/schemas/${kind}.schema.json`, title: kind, ...schema };
    return { path: `${kind}.schema.json`, contents: `${JSON.stringify(withId, null, 2)}\n` };
  });
  // One schema for any content file: editors can point every file in content/ at it.
  const any = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://planwerk.dev/schemas/content.schema.json',
    title: 'planwerk content file',
    oneOf: KINDS.map((kind) => ({ $ref: `${kind}.schema.json` })),
  };
  files.push({ path: 'content.schema.json', contents: `${JSON.stringify(any, null, 2)}\n` });
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
