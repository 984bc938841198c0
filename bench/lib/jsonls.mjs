// vscode-json-languageservice as VS Code's JSON support runs it: one service, the flow schema configured once,
// then parseJSONDocument + doValidation per check.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** ../shared/bench/flow-schema.json next to the checkout (or $CONNECT_FLOW_SHARED/bench/flow-schema.json). */
export function schemaPath() {
  const base = process.env.CONNECT_FLOW_SHARED ?? join(here, '..', '..', '..', 'shared');
  return join(base, 'bench', 'flow-schema.json');
}

/** Returns a checker, or undefined (with the reason) when the schema is not there. */
export function createJsonLanguageService() {
  const path = schemaPath();
  if (!existsSync(path)) return { reason: `${path} not found: the JSON-LS comparison is skipped.` };
  const { getLanguageService, TextDocument } = require('vscode-json-languageservice');
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  const service = getLanguageService({});
  service.configure({ validate: true, allowComments: false, schemas: [{ uri: 'bench://flow-schema.json', fileMatch: ['*.json'], schema }] });
  let version = 0;
  return {
    document: (text) => TextDocument.create('file:///bench/flow.json', 'json', ++version, text),
    /** Parse and validate, as one check does. */
    async check(document) {
      const json = service.parseJSONDocument(document);
      return service.doValidation(document, json, { comments: 'error', trailingCommas: 'error', schemaValidation: 'error' });
    },
  };
}
