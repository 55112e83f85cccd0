// Minifies the text of Lit `css` tagged template literals in JavaScript or TypeScript source.
// Bundlers never touch template-literal contents, so the styles otherwise ship with all their
// indentation and comments. Only templates tagged with the `css` imported from Lit are touched
// (never `html`/`svg`, where whitespace can be content), and every `${…}` expression is kept
// byte for byte: only the literal text between them changes.
//
// What changes (outside strings, url() and escapes): comments are removed, whitespace runs
// collapse to one separator, whitespace next to `{ } ; ,` and after `:` is dropped, and so is
// the last `;` before `}`. Whitespace between any other two tokens stays (combinators in
// `.a .b`, `.a :hover`, values such as `0 0 var(--x)`, `@media (a) and (b)`).
//
// Line breaks are kept (one per original line, and the closing line's indentation), so every
// line of the file keeps its number and the code after a literal its column: existing source
// maps (tsc's .js.map, the bundler's chain) stay valid without being rewritten. The cost is one
// byte per CSS line, which gzip nearly erases.
//
// A template is left as it is whenever it holds something this does not model exactly: a JS
// escape other than `\\`, an unterminated comment/string/url, a string with a raw line break,
// a custom property whose value holds a `{}` block, or a raw NUL.
import ts from 'typescript';

/** Modules whose `css` export is Lit's tag. */
const LIT_MODULES = new Set(['lit', 'lit-element', '@lit/reactive-element', 'lit/index.js']);

/** Stands for a `${…}` expression while the text is scanned; refused in real input. */
const HOLE = '\u0000';

const isWs = (ch) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
const isHex = (ch) => ch !== undefined && /^[0-9a-fA-F]$/.test(ch);
const isIdentChar = (ch) => ch !== undefined && (/^[-\w]$/.test(ch) || ch >= '\x80');
/** Punctuation next to which whitespace carries no meaning in CSS. */
const TIGHT = new Set(['{', '}', ';', ',']);

/** Line breaks of a raw text, as `\n` (a template cooks `\r\n` to `\n` anyway). */
const lineBreaks = (text) => '\n'.repeat((text.match(/\r\n|\r|\n/g) ?? []).length);

class Bail extends Error {}

/**
 * Splits the raw text of one template (holes marked with HOLE) into tokens. In raw template
 * text `\\` is one cooked backslash; any other JS escape makes the template unsafe to touch.
 * @returns {{ type: 'ws'|'comment'|'punct'|'hole'|'atom', text: string }[]}
 */
function tokenize(raw) {
  const tokens = [];
  let i = 0;
  const bs = (at) => raw[at] === '\\' && raw[at + 1] === '\\';
  // A cooked backslash at `at` and what it escapes (CSS: 1–6 hex digits and one optional
  // whitespace, or any single character); returns the end index.
  const escapeEnd = (at) => {
    let j = at + 2;
    if (isHex(raw[j])) {
      for (let n = 0; n < 6 && isHex(raw[j]); n++) j++;
      if (raw[j] === '\r' && raw[j + 1] === '\n') j += 2;
      else if (isWs(raw[j])) j++;
      return j;
    }
    if (raw[j] === undefined || raw[j] === HOLE) throw new Bail('escape at the end');
    if (raw[j] === '\\') {
      if (!bs(j)) throw new Bail('JS escape');
      return j + 2;
    }
    return j + 1;
  };
  while (i < raw.length) {
    const ch = raw[i];
    const start = i;
    if (ch === '\\') {
      if (!bs(i)) throw new Bail('JS escape');
      i = escapeEnd(i);
      tokens.push({ type: 'atom', text: raw.slice(start, i) });
    } else if (ch === HOLE) {
      i++;
      tokens.push({ type: 'hole', text: ch });
    } else if (isWs(ch)) {
      while (i < raw.length && isWs(raw[i])) i++;
      tokens.push({ type: 'ws', text: raw.slice(start, i) });
    } else if (ch === '/' && raw[i + 1] === '*') {
      const end = raw.indexOf('*/', i + 2);
      if (end < 0) throw new Bail('unterminated comment');
      i = end + 2;
      const text = raw.slice(start, i);
      // A comment around an expression is kept: the expression must stay.
      tokens.push({ type: text.includes(HOLE) ? 'atom' : 'comment', text });
    } else if (ch === '"' || ch === "'") {
      i++;
      while (raw[i] !== ch) {
        if (i >= raw.length || raw[i] === '\n' || raw[i] === '\r' || raw[i] === '\f')
          throw new Bail('unterminated string');
        if (raw[i] === '\\') {
          if (!bs(i)) throw new Bail('JS escape');
          i += 2;
          if (raw[i] === undefined) throw new Bail('unterminated string');
          if (raw[i] === '\r' && raw[i + 1] === '\n') i += 2;
          else if (raw[i] === '\\') {
            if (!bs(i)) throw new Bail('JS escape');
            i += 2;
          } else i++;
        } else i++;
      }
      i++;
      tokens.push({ type: 'atom', text: raw.slice(start, i) });
    } else if (/^url\($/i.test(raw.slice(i, i + 4)) && !isIdentChar(raw[i - 1])) {
      // An unquoted url() is one token up to `)`; a quoted one is a function with a string.
      let j = i + 4;
      while (isWs(raw[j])) j++;
      if (raw[j] === '"' || raw[j] === "'") {
        i += 4;
        tokens.push({ type: 'atom', text: raw.slice(start, i) });
        continue;
      }
      while (raw[j] !== ')') {
        if (j >= raw.length) throw new Bail('unterminated url');
        j = raw[j] === '\\' ? (bs(j) ? escapeEnd(j) : Number.NaN) : j + 1;
        if (Number.isNaN(j)) throw new Bail('JS escape');
      }
      i = j + 1;
      tokens.push({ type: 'atom', text: raw.slice(start, i) });
    } else if (TIGHT.has(ch) || ch === ':') {
      i++;
      tokens.push({ type: 'punct', text: ch });
    } else {
      // Any other run of plain characters is one atom: it is never split, only separated.
      while (
        i < raw.length &&
        !isWs(raw[i]) &&
        !TIGHT.has(raw[i]) &&
        !'\\\u0000:"\''.includes(raw[i]) &&
        !(raw[i] === '/' && raw[i + 1] === '*') &&
        !(i > start && /^url\($/i.test(raw.slice(i, i + 4)) && !isIdentChar(raw[i - 1]))
      )
        i++;
      if (i === start) i++;
      tokens.push({ type: 'atom', text: raw.slice(start, i) });
    }
  }
  return tokens;
}

/**
 * Minifies one template's raw text, its `${…}` holes marked with `\u0000`.
 * @param {string} raw
 * @param {{ keepLines?: boolean }} [options] keepLines (default true): keep every line break
 * @returns {string | null} the minified raw text, or null when it must stay as it is
 */
export function minifyCssText(raw, { keepLines = true } = {}) {
  // A custom property whose value holds a `{}` block: whitespace and `;` in it are its value.
  if (/(?:^|[{;\s])--[-\w]*\s*:[^;{}]*\{/.test(raw)) return null;
  let tokens;
  try {
    tokens = tokenize(raw);
  } catch (error) {
    if (error instanceof Bail) return null;
    throw error;
  }
  const isPunct = (token, set) => token?.type === 'punct' && set.includes(token.text);
  const merged = mergeSpace(tokens, keepLines, isPunct);
  const custom = customValueMask(merged, isPunct);
  const out = [];
  for (let k = 0; k < merged.length; k++) {
    const token = merged[k];
    const prev = merged[k - 1];
    const next = merged[k + 1];
    if (token.type === 'ws') {
      const breaks = keepLines ? lineBreaks(token.text) : '';
      const separator = breaks || ' ';
      if (next === undefined) {
        // Before the closing backtick: keep its line breaks and the last line's indentation,
        // so the code after the literal keeps its column.
        const indent = /[\r\n]([ \t]*)$/.exec(token.text)?.[1] ?? '';
        out.push(breaks ? breaks + indent : '');
      } else if (custom[k] === 'start' && isPunct(next, [';', '}'])) {
        // `--x: ;` (empty custom property): some engines reject `--x:;`.
        out.push(separator);
      } else if (custom[k] === 'start' || (custom[k] && isPunct(next, [';', '}']))) {
        out.push(breaks); // CSS trims a declaration's value
      } else if (custom[k]) {
        // Inside a custom property's value whitespace is part of the value (it is read back
        // as written by getPropertyValue): only collapse it.
        out.push(separator);
      } else if (prev === undefined || isPunct(prev, ['{', '}', ';', ',', ':'])) {
        out.push(breaks);
      } else if (isPunct(next, ['{', '}', ';', ','])) {
        out.push(breaks);
      } else {
        out.push(separator);
      }
    } else if (
      isPunct(token, [';']) &&
      (isPunct(next, ['}']) || (next?.type === 'ws' && isPunct(merged[k + 2], ['}'])))
    ) {
      continue; // the last declaration needs no `;`
    } else {
      out.push(token.text);
    }
  }
  return out.join('');
}

/**
 * Merges each run of whitespace and comments into one whitespace token. A comment is no
 * whitespace, though (`.a`, a comment, `.b` is `.a.b`): a run of comments alone becomes
 * whitespace only next to `{ } ; ,` or an end, goes next to `:`, else stays as an empty comment.
 */
function mergeSpace(tokens, keepLines, isPunct) {
  const merged = [];
  for (let k = 0; k < tokens.length;) {
    if (tokens[k].type !== 'ws' && tokens[k].type !== 'comment') {
      merged.push(tokens[k++]);
      continue;
    }
    let text = '';
    let hasWs = false;
    const prev = tokens[k - 1];
    for (; tokens[k]?.type === 'ws' || tokens[k]?.type === 'comment'; k++) {
      text += tokens[k].text;
      hasWs ||= tokens[k].type === 'ws';
    }
    const next = tokens[k];
    const breaks = keepLines ? lineBreaks(text) : '';
    const tight = (token) => token === undefined || isPunct(token, ['{', '}', ';', ',']);
    if (hasWs || tight(prev) || tight(next))
      merged.push({ type: 'ws', text: hasWs ? text : breaks });
    else if (!breaks && (isPunct(prev, [':']) || isPunct(next, [':']))) continue;
    else merged.push({ type: 'atom', text: `/*${breaks}*/` });
  }
  return merged;
}

/**
 * Marks the tokens inside a custom property's value (`--x: …` up to its `;`/`}`): 'start'
 * for the whitespace right after the colon, true for the rest, false outside.
 */
function customValueMask(tokens, isPunct) {
  const mask = new Array(tokens.length).fill(false);
  let statementStart = true;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.type === 'ws') continue;
    if (statementStart && token.type === 'atom' && token.text.startsWith('--')) {
      let colon = k + 1;
      if (tokens[colon]?.type === 'ws') colon++;
      if (isPunct(tokens[colon], [':'])) {
        let end = colon + 1;
        while (end < tokens.length && !isPunct(tokens[end], [';', '}'])) mask[end++] = true;
        if (tokens[colon + 1]?.type === 'ws') mask[colon + 1] = 'start';
        k = end - 1;
        statementStart = false;
        continue;
      }
    }
    statementStart = isPunct(token, ['{', '}', ';']);
  }
  return mask;
}

/** Local names under which a file imports Lit's `css`. */
function cssTagNames(sourceFile) {
  const names = new Set();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue;
    if (!LIT_MODULES.has(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || statement.importClause.isTypeOnly) continue;
    for (const element of bindings.elements) {
      if ((element.propertyName ?? element.name).text === 'css' && !element.isTypeOnly)
        names.add(element.name.text);
    }
  }
  return names;
}

function scriptKind(fileName) {
  if (/\.[cm]?tsx$/.test(fileName)) return ts.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(fileName)) return ts.ScriptKind.TS;
  if (/\.jsx$/.test(fileName)) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}

/**
 * The `css` tagged templates of a source file, each as the ranges of its literal parts (raw
 * text between the backtick/`}` and the `${`/backtick), in source order.
 * @param {string} source
 * @param {{ fileName?: string }} [options] fileName picks JS or TS parsing (default JS)
 * @returns {{ start: number, end: number }[][]}
 */
export function findCssTemplates(source, { fileName = 'input.js' } = {}) {
  const sourceFile = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    false,
    scriptKind(fileName),
  );
  // A file the parser does not fully understand is left alone.
  if (sourceFile.parseDiagnostics?.length) return [];
  const tags = cssTagNames(sourceFile);
  const templates = [];
  if (tags.size === 0) return templates;
  const part = (node, openLength, closeLength) => ({
    start: node.getStart(sourceFile) + openLength,
    end: node.end - closeLength,
  });
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      tags.has(node.tag.text)
    ) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) templates.push([part(template, 1, 1)]);
      else
        templates.push([
          part(template.head, 1, 2),
          ...template.templateSpans.map((span) =>
            part(span.literal, 1, ts.isTemplateTail(span.literal) ? 1 : 2),
          ),
        ]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return templates;
}

/**
 * Minifies the literal text of every Lit `css` tagged template in `source`; the rest of the
 * source, `${…}` expressions included, is returned unchanged, and so is the line count.
 * @param {string} source JavaScript or TypeScript
 * @param {{ fileName?: string, keepLines?: boolean }} [options] fileName picks JS or TS
 *   parsing (default JS); keepLines: false drops line breaks too (lines then move)
 * @returns {string}
 */
export function minifyCssLiterals(source, options = {}) {
  if (!source.includes('css')) return source;
  const edits = [];
  for (const parts of findCssTemplates(source, options)) {
    const raws = parts.map(({ start, end }) => source.slice(start, end));
    if (raws.some((raw) => raw.includes(HOLE))) continue;
    const minified = minifyCssText(raws.join(HOLE), options);
    if (minified === null) continue;
    const pieces = minified.split(HOLE);
    if (pieces.length !== parts.length) throw new Error('css minifier lost an expression');
    parts.forEach((range, index) => edits.push({ ...range, text: pieces[index] }));
  }
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}
