// node --test: the css literal minifier (lightningcss), its source maps, and the build's output.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { decode } from '@jridgewell/sourcemap-codec';
import ts from 'typescript';
import { findCssTemplates, minifyCssLiterals, minifyCssParts } from './minify-css-literals.mjs';
import { minifyDistFile } from './minify-dist.mjs';

const packageDir = resolve(import.meta.dirname, '..');
const LIT = "import { css, html, svg } from 'lit';\n";

/** minifyCssLiterals, collecting its warnings. */
function run(source, fileName = 'x.js') {
  const warnings = [];
  const { code, edits } = minifyCssLiterals(source, { fileName, warn: (m) => warnings.push(m) });
  return { code, edits, warnings };
}
/** The minified parts of one template, or its error. */
const parts = (...texts) => {
  const result = minifyCssParts(texts);
  return 'parts' in result ? result.parts : result.error;
};

describe('minifyCssParts', () => {
  it('minifies with lightningcss', () => {
    assert.deepEqual(parts('\n  .a {\n    color: #ff0000;\n  }\n  /* note */\n'), [
      '.a{color:red}',
    ]);
  });

  it('keeps ${} holes where they were: in values, names and selectors, glued or apart', () => {
    assert.deepEqual(parts('.a { margin: 0 ', '; width: ', 'px; }'), [
      '.a{margin:0 ',
      ';width:',
      'px}',
    ]);
    assert.deepEqual(parts(':host { --x-', ': calc(', ' * 2); }'), [
      ':host{--x-',
      ':calc(',
      ' * 2)}',
    ]);
    assert.deepEqual(parts('.', ' > .b,\n', ' { color: red }'), ['.', '>.b,', '{color:red}']);
    assert.deepEqual(parts('.a { content: "', '"; }'), ['.a{content:"', '"}']);
  });

  it('refuses what it cannot keep intact, with the reason', () => {
    assert.match(parts('.a { color: bogus( }'), /Unexpected token/);
    assert.match(parts('.a { color: ', '; color: red }'), /mrhole0x lost/, 'a dropped declaration');
    assert.match(parts('.a { x: 1 }\n', '\n.b { x: 1 }'), /text around/, 'rules merged over it');
    assert.match(parts(".a { content: '", "' }"), /text around/, 'quotes changed');
    assert.match(parts('.a { color: red; ', ' }'), /Unexpected end/, 'a hole for declarations');
    assert.match(
      parts(':host-context(.x) { color: red }'),
      /host-context/,
      'a lightningcss warning',
    );
  });

  it('picks a placeholder the text does not use', () => {
    assert.deepEqual(parts('.mrhole0x { x: ', ' }'), ['.mrhole0x{x:', '}']);
  });

  it('keeps modern syntax and adds no prefixes the target browsers do not need', () => {
    const css =
      ':host(:state(open)) .a { color: color-mix(in srgb, var(--c) 50%, red); ' +
      '& .b { appearance: none; mask-image: url(m.svg); inset-inline-start: 0 } }' +
      ' .c:has(> .d) { container-type: inline-size }';
    assert.deepEqual(parts(css), [
      ':host(:state(open)) .a{color:color-mix(in srgb, var(--c) 50%, red);& .b{appearance:none;' +
        'inset-inline-start:0;mask-image:url(m.svg)}}.c:has(>.d){container-type:inline-size}',
    ]);
  });
});

describe('minifyCssLiterals', () => {
  it('touches only templates tagged with Lit css, never html, svg or others', () => {
    const source = `${LIT}const a = css\` .a { x: 1; } \`;
const b = html\`<p>  two  spaces { x: 1; } </p>\`;
const c = svg\`<text> a ; b </text>\`;
const d = other\` .a { x: 1; } \`;
const e = \` .a { x: 1; } \`;
const f = ' css\` .a { x: 1; } \` ';
`;
    assert.equal(run(source).code, source.replace('css` .a { x: 1; } `;', 'css`.a{x:1}`;'));
  });

  it('needs css imported from lit (also renamed), and reads tsc output `css \\``', () => {
    const local = 'const css = (s) => s;\nexport const a = css` .a { x: 1; } `;\n';
    assert.equal(run(local).code, local);
    const renamed = "import { css as s } from 'lit';\nexport const a = s` .a { x: 1; } `;\n";
    assert.match(run(renamed).code, /s`\.a\{x:1\}`/);
    const tsc = "import { css } from 'lit';\nexport const a = css ` .a { x: 1; } `;\n";
    assert.match(run(tsc).code, /css `\.a\{x:1\}`/);
  });

  it('keeps ${} expressions byte for byte, nested css included', () => {
    const inner = "${ dark ? css` .in { y: 2; } ` : unsafeCSS('{ a; }') }";
    const source = `${LIT}export const s = css\`
  .a {
    color: ${inner};
    margin: 0 \${gap}px;
  }
\`;
`;
    const { code, warnings } = run(source);
    assert.deepEqual(warnings, []);
    const kept = inner.replace('css` .in { y: 2; } `', 'css`.in{y:2}`');
    assert.ok(code.includes(`css\`.a{color:${kept};margin:0 \${gap}px}\``), code);
  });

  it('leaves a literal it cannot minify as it is, with a warning naming file and line', () => {
    const source = `${LIT}\nexport const s = css\`.a { color: bogus( }\`;\nconst t = css\` .b { x: 1 } \`;\n`;
    const { code, warnings } = run(source, 'src/x.ts');
    assert.equal(code, source.replace('` .b { x: 1 } `', '`.b{x:1}`'));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^src\/x\.ts:3: css literal left unminified: Unexpected token/);
    const escape = `${LIT}const s = css\`.a::before { content: "\\2014"; }\`;\n`;
    assert.equal(run(escape).code, escape, 'an escape invalid in a template');
    assert.match(run(escape).warnings[0], /invalid in a template/);
  });

  it('writes CSS escapes, backticks and ${ back as raw template text', () => {
    // Raw template text: a CSS escape (`\31 `), an escaped backslash, a backtick and `${`.
    const raw = String.raw`.\\31 0::before { content: "\\\\ \` \${"; }`;
    const { code } = run(`${LIT}const s = css\`${raw}\`;\n`);
    const minified = String.raw`.\\31 0:before{content:"\\\\ \` \${"}`;
    assert.equal(code, `${LIT}const s = css\`${minified}\`;\n`);
    assert.equal(run(code).edits.length, 0);
  });

  it('leaves a file the parser cannot fully read as it is, and parses TypeScript', () => {
    const broken = `${LIT}const a = css\` .a { x: 1; } \`;\nconst b = ;\n`;
    assert.equal(run(broken).code, broken);
    const typed = `${LIT}export const a: CSSResult = css\` .a { x: 1; } \` as CSSResult;\n`;
    assert.equal(run(typed, 'x.ts').code, typed.replace('` .a { x: 1; } `', '`.a{x:1}`'));
  });

  it('is idempotent, on the real styles too', async () => {
    let literals = 0;
    for (const file of await filesUnder(join(packageDir, 'src'), /(?<!\.test|\.stories)\.ts$/)) {
      const source = await readFile(file, 'utf8');
      const once = run(source, file);
      assert.deepEqual(once.warnings, [], file);
      const twice = run(once.code, file);
      assert.deepEqual([twice.code, twice.warnings], [once.code, []], file);
      literals += findCssTemplates(source, { fileName: file }).length;
    }
    assert.ok(literals >= 4, `only ${literals} css literals in src/`);
  });
});

describe('source maps (minify-dist)', () => {
  it('moves every tsc segment with its code', () => {
    const source = `${LIT}export const a = css\`
  .a {
    color: red;
  }
\`, b = css\` .b { x: \${1 + two} } \`; const after = a;
export function f(x: number) {
  return x + 1;
}
`;
    const { outputText, sourceMapText } = ts.transpileModule(source, {
      compilerOptions: { sourceMap: true, target: ts.ScriptTarget.ES2022 },
      fileName: 'x.ts',
    });
    const map = JSON.parse(sourceMapText);
    const out = minifyDistFile(outputText, map, { fileName: 'x.js' });
    assert.ok(out.code.length < outputText.length);
    const before = identifierOrigins(outputText, map);
    assert.ok(before.length > 10);
    assert.deepEqual(identifierOrigins(out.code, out.map), before);
  });
});

describe('the build', () => {
  const built = existsSync(join(packageDir, 'dist', 'model.js'));
  const skip = built ? false : 'no build in dist/ (run npm run build first)';

  it(
    'left no css literal unminified in dist/ (the npm entries), and their maps valid',
    {
      skip,
    },
    async () => {
      let literals = 0;
      for (const file of await filesUnder(join(packageDir, 'dist'), /^(?!cdn\/).*\.js$/)) {
        const code = await readFile(file, 'utf8');
        const found = findCssTemplates(code, { fileName: file });
        if (found.length === 0) continue;
        const where = relative(packageDir, file);
        assert.deepEqual(run(code, file).edits, [], `${where} not minified`);
        literals += found.length;
        // Every identifier maps to the same name in the TypeScript source.
        const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
        const source = await readFile(join(file, '..', map.sources[0]), 'utf8');
        const origins = identifierOrigins(code, map);
        assert.ok(origins.length > 0, where);
        for (const { name, line, column } of origins) {
          const text = source.split('\n')[line].slice(column, column + name.length);
          assert.equal(text, name, `${where}: ${name} maps to ${line + 1}:${column + 1}`);
        }
      }
      assert.ok(literals >= 4, `only ${literals} css literals in dist/`);
    },
  );

  it(
    'left no css literal unminified in dist/cdn/, and has every one of src/',
    { skip },
    async () => {
      const files = await filesUnder(join(packageDir, 'dist', 'cdn'), /\.js$/);
      const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
      // The bundle renames the tag: any tagged template without markup and with a block is CSS.
      let literals = 0;
      texts.forEach((code, n) => {
        for (const template of taggedTemplates(code)) {
          if (template.some((text) => text.includes('<')) || !template.join('').includes('{'))
            continue;
          literals++;
          assert.deepEqual(parts(...template), template, relative(packageDir, files[n]));
        }
      });
      assert.ok(literals >= 4, `only ${literals} css literals in dist/cdn/`);
      for (const file of await filesUnder(join(packageDir, 'src'), /(?<!\.test|\.stories)\.ts$/)) {
        const source = await readFile(file, 'utf8');
        for (const { parts: found } of findCssTemplates(source, { fileName: file })) {
          const minified = parts(...found.map((p) => p.text));
          assert.ok(
            texts.some((code) => code.includes(minified[0])),
            `${relative(packageDir, file)}: its minified css is not in dist/cdn/`,
          );
        }
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------

async function filesUnder(dir, pattern) {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => pattern.test(name)).map((name) => join(dir, name));
}

/** The cooked parts of every tagged template in a JavaScript file. */
function taggedTemplates(code) {
  const file = ts.createSourceFile('x.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const { template: t } = node;
      found.push(
        ts.isNoSubstitutionTemplateLiteral(t)
          ? [t.text]
          : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)],
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Each identifier of a JavaScript file, with where its map says it came from. */
function identifierOrigins(code, map) {
  const lines = decode(map.mappings);
  const file = ts.createSourceFile('x.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const origins = [];
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
      const segment = lines[line]?.find(([column]) => column === character);
      if (segment?.length >= 4)
        origins.push({ name: node.text, line: segment[2], column: segment[3] });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return origins;
}
