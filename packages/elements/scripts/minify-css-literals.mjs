// Minifies the text of Lit `css` tagged template literals with lightningcss. Bundlers never touch
// template-literal contents, so the styles would otherwise ship with their indentation and
// comments. Only templates tagged with the `css` imported from Lit are touched (found with the
// TypeScript parser, never by pattern), and every `${…}` expression stays byte for byte.
//
// A `${…}` hole becomes an identifier placeholder (lightningcss keeps unknown identifiers in
// values and selectors as they are) and is put back afterwards. A literal is left as it is, with
// a warning, when lightningcss fails or warns, when a placeholder is lost, duplicated or moved
// out of order, or when the text next to it changed kind (an identifier character where there
// was none, or none where there was one: `--x-${a}` must stay glued, `0 ${a}` apart; a quote
// that changed; a hole that started a statement and no longer does, as when two rules merge).
// Holes standing for whole declarations or rules do not parse and are left alone that way: put
// such shared styles in the `styles` array instead.
import ts from 'typescript';
import { transform } from 'lightningcss';

/** Modules whose `css` export is Lit's tag. */
const LIT_MODULES = new Set(['lit', 'lit-element', '@lit/reactive-element', 'lit/index.js']);

/**
 * The browsers the widgets support: the first versions with ElementInternals custom states
 * (`:state()`, which the widget base relies on), May 2024. lightningcss lowers syntax and adds
 * prefixes only for what these lack, so nesting, color-mix() and :state() stay as written.
 */
const version = (major, minor = 0) => (major << 16) | (minor << 8);
export const TARGETS = Object.freeze({
  chrome: version(125),
  edge: version(125),
  firefox: version(126),
  safari: version(17, 4),
  ios_saf: version(17, 4),
});

const isIdentChar = (ch) => ch !== undefined && /[-\w\u0080-\uffff\\]/.test(ch);
const isStatementStart = (ch) => ch === undefined || ch === '{' || ch === '}' || ch === ';';
/** The first non-whitespace character before `at` (or after, with step 1). */
const nonSpace = (text, at, step) => {
  for (let i = at; i >= 0 && i < text.length; i += step) if (!/\s/.test(text[i])) return text[i];
  return undefined;
};

/**
 * Minifies the cooked text of one template, its parts split at the `${…}` holes.
 * @param {readonly string[]} parts the text between the holes (one part: no hole)
 * @param {{ fileName?: string }} [options]
 * @returns {{ parts: string[] } | { error: string }} the minified parts, as many as given
 */
export function minifyCssParts(parts, { fileName = 'literal.css' } = {}) {
  let base = 'mrhole';
  while (parts.some((part) => part.toLowerCase().includes(base))) base += 'x';
  const holes = parts.slice(1).map((_, i) => `${base}${i}x`);
  const input = parts.reduce((css, part, i) => css + holes[i - 1] + part);
  // lightningcss can reorder a few declarations again on a second pass (logical properties):
  // its output is run through it again until it settles, so minifying is idempotent.
  let output = input;
  try {
    for (let pass = 0; ; pass++) {
      const result = transform({
        filename: fileName,
        code: Buffer.from(output),
        minify: true,
        targets: TARGETS,
      });
      if (result.warnings.length > 0) return { error: result.warnings[0].message };
      const next = result.code.toString();
      if (next === output) break;
      if (pass === 3) return { error: 'lightningcss output does not settle' };
      output = next;
    }
  } catch (error) {
    return { error: `${error.message}${error.loc ? ` (css line ${error.loc.line})` : ''}` };
  }
  const pieces = [];
  let at = 0;
  let inAt = 0;
  for (const [i, hole] of holes.entries()) {
    const found = output.indexOf(hole, at);
    if (found < 0 || output.indexOf(hole, found + 1) >= 0) return { error: `${hole} lost` };
    const foundIn = input.indexOf(hole, inAt);
    const end = found + hole.length;
    const inEnd = foundIn + hole.length;
    const [before, after, inBefore, inAfter] = [
      output[found - 1],
      output[end],
      input[foundIn - 1],
      input[inEnd],
    ];
    if (
      isIdentChar(before) !== isIdentChar(inBefore) ||
      isIdentChar(after) !== isIdentChar(inAfter) ||
      (/['"]/.test(inBefore ?? '') && before !== inBefore) ||
      (/['"]/.test(inAfter ?? '') && after !== inAfter) ||
      isStatementStart(nonSpace(output, found - 1, -1)) !==
        isStatementStart(nonSpace(input, foundIn - 1, -1))
    )
      return { error: `the text around \${} #${i + 1} changed` };
    pieces.push(output.slice(at, found));
    at = end;
    inAt = inEnd;
  }
  pieces.push(output.slice(at));
  return { parts: pieces };
}

/** Raw template text for cooked text: `\`, `` ` `` and `${` escaped. */
const toRaw = (cooked) => cooked.replace(/[\\`]|\$(?=\{)/g, (ch) => `\\${ch}`);

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
 * The `css` tagged templates of a source file, in source order. Each part is the raw text
 * between the backtick or `}` and the `${` or backtick: its range, and its cooked text
 * (undefined when it holds an escape that is invalid in a template).
 * @param {string} source
 * @param {{ fileName?: string }} [options] fileName picks JS or TS parsing (default JS)
 * @returns {{ line: number, parts: { start: number, end: number, text: string | undefined }[] }[]}
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
  const part = (node, open, close) => ({
    start: node.getStart(sourceFile) + open,
    end: node.end - close,
    text: (node.templateFlags ?? 0) & ts.TokenFlags.ContainsInvalidEscape ? undefined : node.text,
  });
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      tags.has(node.tag.text)
    ) {
      const { template } = node;
      templates.push({
        line: sourceFile.getLineAndCharacterOfPosition(template.getStart(sourceFile)).line + 1,
        parts: ts.isNoSubstitutionTemplateLiteral(template)
          ? [part(template, 1, 1)]
          : [
              part(template.head, 1, 2),
              ...template.templateSpans.map((span) =>
                part(span.literal, 1, ts.isTemplateTail(span.literal) ? 1 : 2),
              ),
            ],
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return templates;
}

/**
 * Minifies the literal text of every Lit `css` tagged template in `source`; the rest of the
 * source, `${…}` expressions included, is unchanged. A template that cannot be minified safely
 * stays as it is and `warn` is called with the reason.
 * @param {string} source JavaScript or TypeScript
 * @param {{ fileName?: string, warn?: (message: string) => void }} [options] fileName picks JS
 *   or TS parsing (default JS) and names the file in warnings; warn defaults to console.warn
 * @returns {{ code: string, edits: { start: number, end: number, text: string }[] }} the
 *   output, and the replaced ranges of `source` in order (for source maps)
 */
export function minifyCssLiterals(source, { fileName = 'input.js', warn = console.warn } = {}) {
  const edits = [];
  if (!source.includes('css')) return { code: source, edits };
  for (const { line, parts } of findCssTemplates(source, { fileName })) {
    const texts = parts.map((p) => p.text);
    const result = texts.includes(undefined)
      ? { error: 'an escape that is invalid in a template' }
      : minifyCssParts(texts, { fileName: `${fileName}:${line}` });
    if ('error' in result) {
      warn(`${fileName}:${line}: css literal left unminified: ${result.error}`);
      continue;
    }
    parts.forEach(({ start, end }, i) => {
      const text = toRaw(result.parts[i]);
      if (text !== source.slice(start, end)) edits.push({ start, end, text });
    });
  }
  edits.sort((a, b) => a.start - b.start); // a css`` nested in a ${} comes after its parent
  let code = '';
  let at = 0;
  for (const edit of edits) {
    code += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { code: code + source.slice(at), edits };
}
