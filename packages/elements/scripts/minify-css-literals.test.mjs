// Tests of minify-css-literals.mjs (node --test). The last two suites check the real styles:
// every `css` literal in src/ minified, and every one in dist/ as the build left it, must mean
// the same CSS as the source, judged by an independent CSS tokenizer (CSS Syntax Level 3) and
// by lightningcss (the CSS parser Vite itself uses).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findCssTemplates, minifyCssLiterals, minifyCssText } from './minify-css-literals.mjs';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// lightningcss comes with Vite (a dependency of it, not of ours): resolve it the way Vite does.
const { transform } = createRequire(import.meta.resolve('vite'))('lightningcss');

const LIT = "import { css, html, svg } from 'lit';\n";
/** Minifies one css`…` body (no expressions) through the JS entry point. */
const min = (body) => {
  const out = minifyCssLiterals(`${LIT}export const s = css\`${body}\`;\n`);
  return out.slice(LIT.length + 'export const s = css`'.length, -'`;\n'.length);
};
const oneLine = (body) => minifyCssText(body, { keepLines: false });

// ---------------------------------------------------------------------------------------------
// An independent CSS tokenizer (CSS Syntax Level 3, §4), used to judge the minifier's output.

const isNameStart = (c) => c !== undefined && (/[a-zA-Z_]/.test(c) || c >= '\x80');
const isName = (c) => isNameStart(c) || (c !== undefined && /[0-9-]/.test(c));
const isDigit = (c) => c !== undefined && /[0-9]/.test(c);
const isHexDigit = (c) => c !== undefined && /[0-9a-fA-F]/.test(c);
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n';
const validEscape = (a, b) => a === '\\' && b !== '\n' && b !== undefined;
const startsIdent = (a, b, c) =>
  a === '-'
    ? isNameStart(b) || b === '-' || validEscape(b, c)
    : isNameStart(a) || validEscape(a, b);
const startsNumber = (a, b, c) =>
  a === '+' || a === '-'
    ? isDigit(b) || (b === '.' && isDigit(c))
    : a === '.'
      ? isDigit(b)
      : isDigit(a);

/** Tokens of a stylesheet as `type text` strings (comments produce none, as in the spec). */
function cssTokens(input) {
  const s = input.replace(/\r\n?|\f/g, '\n');
  const tokens = [];
  let i = 0;
  const escape = () => {
    i++; // the backslash
    if (isHexDigit(s[i])) {
      for (let n = 0; n < 6 && isHexDigit(s[i]); n++) i++;
      if (isSpace(s[i])) i++;
    } else i++;
  };
  const name = () => {
    for (;;) {
      if (isName(s[i])) i++;
      else if (validEscape(s[i], s[i + 1])) escape();
      else return;
    }
  };
  const numeric = (start) => {
    if (s[i] === '+' || s[i] === '-') i++;
    while (isDigit(s[i])) i++;
    if (s[i] === '.' && isDigit(s[i + 1])) for (i++; isDigit(s[i]);) i++;
    if (
      /[eE]/.test(s[i] ?? '') &&
      (isDigit(s[i + 1]) || (/[+-]/.test(s[i + 1] ?? '') && isDigit(s[i + 2])))
    )
      for (i += 2; isDigit(s[i]);) i++;
    if (startsIdent(s[i], s[i + 1], s[i + 2])) {
      name();
      tokens.push(`dimension ${s.slice(start, i)}`);
    } else if (s[i] === '%') tokens.push(`percentage ${s.slice(start, ++i)}`);
    else tokens.push(`number ${s.slice(start, i)}`);
  };
  const identLike = (start) => {
    name();
    const text = s.slice(start, i);
    if (s[i] !== '(') return tokens.push(`ident ${text}`);
    i++;
    if (text.toLowerCase() === 'url') {
      let j = i;
      while (isSpace(s[j])) j++;
      if (s[j] !== '"' && s[j] !== "'") {
        i = j;
        while (i < s.length && s[i] !== ')') {
          if (validEscape(s[i], s[i + 1])) escape();
          else i++;
        }
        return tokens.push(`url ${s.slice(start, ++i).replace(/\s+\)$/, ')')}`);
      }
    }
    tokens.push(`function ${text}(`);
  };
  while (i < s.length) {
    const start = i;
    const c = s[i];
    if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      i = end < 0 ? s.length : end + 2;
    } else if (isSpace(c)) {
      while (isSpace(s[i])) i++;
      tokens.push('ws');
    } else if (c === '"' || c === "'") {
      for (i++; i < s.length && s[i] !== c && s[i] !== '\n';) i += s[i] === '\\' ? 2 : 1;
      tokens.push(s[i] === c ? `string ${s.slice(start, ++i)}` : 'bad-string');
    } else if (c === '#' && (isName(s[i + 1]) || validEscape(s[i + 1], s[i + 2]))) {
      i++;
      name();
      tokens.push(`hash ${s.slice(start, i)}`);
    } else if ('()[]{},:;'.includes(c)) {
      i++;
      tokens.push(c);
    } else if ((c === '+' || c === '.' || c === '-') && startsNumber(c, s[i + 1], s[i + 2])) {
      numeric(start);
    } else if (c === '-' && s[i + 1] === '-' && s[i + 2] === '>') {
      i += 3;
      tokens.push('CDC');
    } else if (c === '<' && s.startsWith('<!--', i)) {
      i += 4;
      tokens.push('CDO');
    } else if (c === '@' && startsIdent(s[i + 1], s[i + 2], s[i + 3])) {
      i++;
      name();
      tokens.push(`at-keyword ${s.slice(start, i)}`);
    } else if (isDigit(c)) {
      numeric(start);
    } else if (startsIdent(c, s[i + 1], s[i + 2])) {
      identLike(start);
    } else {
      i++;
      tokens.push(`delim ${c}`);
    }
  }
  return tokens;
}

/**
 * The tokens with only the whitespace CSS gives meaning to: runs collapsed, none at the ends,
 * none next to `{ } ; ,` or after `:`, and no `;` right before `}`. In a custom property's
 * value (`--x: …`) whitespace is part of the value: only its ends are trimmed.
 */
function significantTokens(css) {
  const tokens = cssTokens(css);
  const out = [];
  let depth = 0; // open { ( [ and functions
  let customDepth = -1; // depth of the custom property value we are in, or -1
  let customName = false; // the last token was a custom property's name
  let valueStart = false; // the last token was a custom property's colon
  let statementStart = true;
  let space = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token === 'ws') {
      space = true;
      continue;
    }
    const prev = out.at(-1);
    const endsValue = customDepth === depth && (token === ';' || token === '}');
    if (space && prev !== undefined) {
      const keep =
        customDepth >= 0
          ? !valueStart && !endsValue
          : !['{', '}', ';', ',', ':'].includes(prev) && !['{', '}', ';', ','].includes(token);
      if (keep) out.push('ws');
    }
    space = false;
    valueStart = false;
    if (endsValue) customDepth = -1;
    if (customName && token === ':') {
      customDepth = depth;
      valueStart = true;
    }
    customName = statementStart && token.startsWith('ident --');
    statementStart = token === '{' || token === '}' || token === ';';
    if (token === '{' || token === '(' || token === '[' || token.startsWith('function ')) depth++;
    else if (token === '}' || token === ')' || token === ']') depth--;
    if (token === ';') {
      let n = k + 1;
      while (tokens[n] === 'ws') n++;
      if (tokens[n] === '}') continue; // a block's last ; means nothing
    }
    out.push(token);
  }
  return out;
}

/** lightningcss's own minified form of a stylesheet, and its warnings. */
function lightning(css) {
  const { code, warnings } = transform({
    filename: 'literal.css',
    code: Buffer.from(css),
    minify: true,
    errorRecovery: true,
  });
  return { code: code.toString(), warnings: warnings.map((w) => w.message) };
}

/** The cooked CSS text of a raw template text (the minifier only touches `\\` escapes). */
const cook = (raw) => raw.replace(/\\\\/g, '\\');

function assertSameCss(before, after, where) {
  assert.deepEqual(
    significantTokens(cook(after)),
    significantTokens(cook(before)),
    `${where}: tokens differ`,
  );
  assert.deepEqual(
    lightning(cook(after)),
    lightning(cook(before)),
    `${where}: lightningcss differs`,
  );
}

/** The css literals of a file: for each template, its raw text with expressions as idents. */
function literals(source, fileName) {
  return findCssTemplates(source, { fileName }).map((parts) =>
    parts.map(({ start, end }) => source.slice(start, end)).join('hole-expression'),
  );
}

async function filesUnder(dir, pattern) {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => pattern.test(name)).map((name) => join(dir, name));
}

// ---------------------------------------------------------------------------------------------

describe('the equivalence check itself', () => {
  it('tells combinators, merged tokens and moved comments apart', () => {
    const same = (a, b) =>
      JSON.stringify(significantTokens(a)) === JSON.stringify(significantTokens(b));
    assert.ok(same('.a .b { color : red ; }', '.a .b{color :red}'));
    assert.ok(!same('.a .b{}', '.a.b{}'));
    assert.ok(!same('.a :hover{}', '.a:hover{}'));
    assert.ok(!same('.a/**/.b{}', '.a .b{}'));
    assert.ok(!same('x{margin:0 0 var(--x)}', 'x{margin:0 0var(--x)}'));
    assert.ok(!same('@media (a) and (b){}', '@media (a) and(b){}'));
    assert.ok(!same(':host{--x: a, b}', ':host{--x:a,b}'));
    assert.ok(same(':host{--x: a, b ;}', ':host{--x:a, b}'));
    assert.notDeepEqual(lightning('.a .b{color:red}'), lightning('.a.b{color:red}'));
  });
});

describe('minifyCssText / minifyCssLiterals: CSS text', () => {
  it('minifies a rule from model.styles.ts, keeping value spaces', () => {
    assert.equal(
      oneLine(`
  .title {
    margin: 0 0 var(--_space);
    font-size: var(--mulighetsrom-font-size-large, 1.25rem);
  }
  .circle.dim,
  .area.dim {
    opacity: 0.35;
  }
`),
      '.title{margin:0 0 var(--_space);font-size:var(--mulighetsrom-font-size-large,1.25rem)}' +
        '.circle.dim,.area.dim{opacity:0.35}',
    );
  });

  it('keeps descendant combinators and the space before a pseudo-class', () => {
    assert.equal(
      oneLine('.strong .badge,\n  .strong .badge-bg { stroke: red; }\n .a :hover { x: y }'),
      '.strong .badge,.strong .badge-bg{stroke:red}.a :hover{x:y}',
    );
  });

  it('keeps @media and @container preludes intact', () => {
    assert.equal(
      oneLine(
        '@container (min-width: 46rem) {\n  .columns { grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); }\n}\n' +
          '@media (prefers-reduced-motion: reduce) and (forced-colors: active) { * { x: y } }',
      ),
      '@container (min-width:46rem){.columns{grid-template-columns:minmax(0,3fr) minmax(16rem,2fr)}}' +
        '@media (prefers-reduced-motion:reduce) and (forced-colors:active){*{x:y}}',
    );
  });

  it('collapses a value split over lines (base.styles.ts :focus-visible)', () => {
    assert.equal(
      oneLine(`:focus-visible {
      outline: var(--mulighetsrom-focus-ring-width, 3px) solid
        var(--mulighetsrom-color-focus-ring, #1b4fbd);
    }`),
      ':focus-visible{outline:var(--mulighetsrom-focus-ring-width,3px) solid var(--mulighetsrom-color-focus-ring,#1b4fbd)}',
    );
  });

  it('keeps strings whole, with their { ; and comment-like text', () => {
    const body = `.q::before { content: "a { b;  /* c */ }"; }\n.r::after { content: ' ; } ' }`;
    assert.equal(
      oneLine(body),
      `.q::before{content:"a { b;  /* c */ }"}.r::after{content:' ; } '}`,
    );
  });

  it('removes comments, without joining what they separate', () => {
    assert.equal(
      oneLine('/* head */\n.a { /* x */ color: red; /* y */ }\n.b/**/.c { x: 1 }\n.d/**/{}'),
      '.a{color:red}.b/**/.c{x:1}.d{}',
    );
    assert.equal(oneLine('.a/* note */:hover{x:1}'), '.a:hover{x:1}');
  });

  it('drops only the last ; of a block', () => {
    assert.equal(oneLine('a { x: 1; y: 2; }'), 'a{x:1;y:2}');
    assert.equal(oneLine('a { x: "1;" ; }'), 'a{x:"1;"}');
  });

  it('keeps !important and its space, and spaces around + - in calc()', () => {
    assert.equal(
      oneLine('a { display: none !important; width: calc(100% - 2 * var(--x) + 1px); }'),
      'a{display:none !important;width:calc(100% - 2 * var(--x) + 1px)}',
    );
  });

  it('keeps whitespace inside custom property values, trimming only their ends', () => {
    assert.equal(
      oneLine(
        ':host {\n  --_eier-fill: var(--a, #2c5ea824);\n  --empty: ;\n  --list:  a ,  b ;\n}',
      ),
      ':host{--_eier-fill:var(--a, #2c5ea824);--empty: ;--list:a , b}',
    );
  });

  it('keeps unquoted url() and CSS escapes as they are', () => {
    assert.equal(
      oneLine('a { background: url(data:image/svg+xml;utf8,x y) ; }\n.\\\\31 0 { x: 1 }'),
      'a{background:url(data:image/svg+xml;utf8,x y)}.\\\\31 0{x:1}',
    );
    // The space after the hex escape belongs to it: `.\31 {` must not lose it.
    assert.equal(oneLine('.\\\\31  { x: 1 }'), '.\\\\31 {x:1}');
  });

  it('leaves alone what it does not model', () => {
    assert.equal(minifyCssText('a {\\n color: red; }'), null, 'a JS escape other than \\\\');
    assert.equal(minifyCssText(':host { --mixin: { color: red; }; }'), null, 'a {} block value');
    assert.equal(minifyCssText('a { x: 1; /* open'), null, 'an unterminated comment');
    assert.equal(minifyCssText('a { content: "x\n"; }'), null, 'a raw line break in a string');
  });

  it('keeps one line break per line, and the closing line indentation', () => {
    const body = '\n  .a {\n    color: red;\n  }\n\n  .b { x: 1 }\n  ';
    const out = min(body);
    assert.equal(out, '\n.a{\ncolor:red\n}\n\n.b{x:1}\n  ');
    assert.equal(out.split('\n').length, body.split('\n').length);
  });
});

describe('minifyCssLiterals: JavaScript', () => {
  it('touches only css templates tagged with Lit css, never html or svg', () => {
    const source = `${LIT}const a = css\` .a { x: 1; } \`;
const b = html\`<p>  two  spaces { x: 1; } </p>\`;
const c = svg\`<text> a ; b </text>\`;
const d = other\` .a { x: 1; } \`;
const e = \` .a { x: 1; } \`;
const f = ' css\` .a { x: 1; } \` ';
// css\` .a { x: 1; } \`
`;
    const out = minifyCssLiterals(source);
    assert.equal(out, source.replace('css` .a { x: 1; } `;', 'css`.a{x:1}`;'));
  });

  it('needs css imported from lit (also renamed), and handles tsc output `css \\``', () => {
    const local = 'const css = (s) => s;\nexport const a = css` .a { x: 1; } `;\n';
    assert.equal(minifyCssLiterals(local), local);
    const renamed =
      "import { css as style } from 'lit';\nexport const a = style` .a { x: 1; } `;\n";
    assert.match(minifyCssLiterals(renamed), /style`\.a\{x:1\}`/);
    const tscOutput = "import { css } from 'lit';\nexport const a = css ` .a { x: 1; } `;\n";
    assert.match(minifyCssLiterals(tscOutput), /css `\.a\{x:1\}`/);
  });

  it('keeps ${} expressions byte for byte, nested templates, braces and strings included', () => {
    const expression =
      "${ cond ? css` .in { y: 2; } ` : unsafeCSS('{ a; } /* no */' + `${ '}' }`) }";
    const source = `${LIT}export const s = css\`
  .a {
    color: ${'${'} dark ? 'white' : "black" };
    margin: 0 ${'${'}gap}px;
  }
  ${expression}
  .b ${'${'}child} { x: 1; }
\`;
`;
    const out = minifyCssLiterals(source, { keepLines: false });
    assert.ok(out.includes(expression.replace('css` .in { y: 2; } `', 'css`.in{y:2}`')), out);
    assert.ok(out.includes('{color:${ dark ? \'white\' : "black" };margin:0 ${gap}px}'), out);
    assert.ok(out.includes('.b ${child}{x:1}`'), out);
    // Nothing but whitespace and the ; before } changed.
    const strip = (text) => text.replace(/\s+/g, '').replace(/;(?=})/g, '');
    assert.equal(strip(out), strip(source));
  });

  it('leaves a file the parser cannot fully read as it is', () => {
    const broken = `${LIT}const a = css\` .a { x: 1; } \`;\nconst b = ;\n`;
    assert.equal(minifyCssLiterals(broken), broken);
  });

  it('parses TypeScript when the file name says so', () => {
    const source = `${LIT}export const a: CSSResult = css\` .a { x: 1; } \` as CSSResult;\n`;
    assert.equal(
      minifyCssLiterals(source, { fileName: 'x.ts' }),
      source.replace('` .a { x: 1; } `', '`.a{x:1}`'),
    );
  });

  it('is idempotent and keeps the line count', () => {
    const source = `${LIT}export const s = css\`\n  .a {\n    x: 1;\n  }\n\`;\nconst after = 1;\n`;
    const once = minifyCssLiterals(source);
    assert.equal(minifyCssLiterals(once), once);
    assert.equal(once.split('\n').length, source.split('\n').length);
    assert.ok(once.endsWith('`;\nconst after = 1;\n'));
  });
});

describe('the real styles', () => {
  it('every css literal in src/ keeps its meaning once minified', async () => {
    const files = await filesUnder(join(packageDir, 'src'), /\.ts$/);
    let count = 0;
    for (const file of files) {
      const source = await readFile(file, 'utf8');
      const before = literals(source, file);
      if (before.length === 0) continue;
      const minified = minifyCssLiterals(source, { fileName: file });
      const after = literals(minified, file);
      assert.equal(after.length, before.length);
      before.forEach((css, n) =>
        assertSameCss(css, after[n], `${relative(packageDir, file)} #${n}`),
      );
      assert.ok(minified.length < source.length, `${file} got no smaller`);
      count += before.length;
    }
    assert.ok(count >= 4, `only ${count} css literals found in src/`);
  });

  it('every css literal the build left in dist/ is minified and means what src/ says', async (t) => {
    if (!existsSync(join(packageDir, 'dist', 'model.js'))) {
      t.skip('no build in dist/ (run npm run build first)');
      return;
    }
    const files = await filesUnder(join(packageDir, 'dist'), /^(?!cdn\/).*\.js$/);
    let count = 0;
    for (const file of files) {
      const built = await readFile(file, 'utf8');
      const dist = literals(built, file);
      if (dist.length === 0) continue;
      const srcFile = file
        .replace(`${packageDir}/dist/`, `${packageDir}/src/`)
        .replace(/\.js$/, '.ts');
      const src = literals(await readFile(srcFile, 'utf8'), srcFile);
      const where = relative(packageDir, file);
      assert.equal(dist.length, src.length, `${where}: not as many css literals as its source`);
      assert.equal(minifyCssLiterals(built, { fileName: file }), built, `${where} not minified`);
      src.forEach((css, n) => assertSameCss(css, dist[n], `${where} #${n}`));
      count += dist.length;
    }
    assert.ok(count >= 4, `only ${count} css literals found in dist/`);
  });
});
