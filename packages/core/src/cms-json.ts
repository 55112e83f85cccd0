// Repairs JSON that a CMS editor mangled. Its own module: widgets need it for every inline
// script, while the JSON error reader in json.ts is needed only for bad text.

// Tag text WordPress' wpautop adds (classic editor) and the space entity it puts in empty <p>.
const CMS_JUNK = /^(?:<\/?p(?:\s[^<>]*)?>|<br\s*\/?>|&nbsp;)/i;

/**
 * Repair JSON that WordPress' classic editor mangled inside `<script type="application/json">`:
 * wpautop inserts `<p>`, `</p>`, `<br>`, `<br />` as literal text (a blank line splits the JSON
 * with `</p>\n<p>`), and sometimes `&nbsp;` or a no-break space. Those are removed only OUTSIDE
 * JSON string literals (a scan that tracks strings and escapes), so text inside values such as
 * "a <br> b" is kept. Not repairable: WordPress' shortcode pass may rewrite `[name]` text inside
 * values, and any other change to the text stays as it is.
 */
export function cleanCmsJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length;) {
    const c = text[i] as string;
    if (inString) {
      if (c === '\\') {
        out += text.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      out += c;
      i++;
      continue;
    }
    if (c === '"') {
      inString = true;
    } else if (c === '<' || c === '&') {
      const junk = CMS_JUNK.exec(text.slice(i, i + 64));
      if (junk) {
        i += junk[0].length;
        continue;
      }
    } else if (c === '\u00a0') {
      out += ' ';
      i++;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
