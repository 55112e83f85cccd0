// Builds dist/ from tokens/*.json: tokens.css, index.js, index.d.ts, tokens.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFlatJson, buildIndexDts, buildIndexJs, buildPageCss, buildThemes } from './lib.mjs';
import { readSources } from './sources.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const themes = buildThemes(readSources());

mkdirSync(dist, { recursive: true });
const files = {
  'tokens.css': buildPageCss(themes),
  'index.js': buildIndexJs(themes),
  'index.d.ts': buildIndexDts(themes),
  'tokens.json': `${JSON.stringify(buildFlatJson(themes), null, 2)}\n`,
};
for (const [name, text] of Object.entries(files)) writeFileSync(dist + name, text);
console.log(`tokens: ${themes.light.length} tokens × ${Object.keys(themes).length} themes → dist/`);
