import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanCmsJson } from '@mulighetsrom/core';
import { newWorkspace } from '../workspace/new-workspace.js';
import { EMBED_EXAMPLES } from './embed-examples.js';
import {
  CDN_LOADER,
  WIDGET_TAGS,
  attributeJson,
  embedSnippet,
  examplePage,
  scriptJson,
  selfLoader,
  workspaceEmbedData,
} from './embed-snippets.js';

const examples = new URL('../../public/examples/', import.meta.url);
const tricky = { title: `It's <b>bold</b> & "quoted" </script><!--`, areas: [] };

/** What a browser reads from a single-quoted attribute value (the entities this writes). */
const readAttribute = (text: string) => text.replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('embed snippets', () => {
  it('the data attribute holds the JSON, with nothing that ends the attribute early', () => {
    const text = attributeJson(tricky);
    expect(text).not.toContain("'");
    expect(JSON.parse(readAttribute(text))).toEqual(tricky);
  });

  it('a JSON script holds the data, with nothing that ends the script early', () => {
    const text = scriptJson(tricky);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual(tricky);
  });

  it('is the loader’s module script, then the element with its data', () => {
    const attribute = embedSnippet('mulighetsrom-model', tricky, {
      loader: CDN_LOADER,
      format: 'attribute',
    });
    expect(attribute.split('\n')[0]).toBe(`<script type="module" src="${CDN_LOADER}"></script>`);
    expect(attribute).toContain(
      `<mulighetsrom-model data='${attributeJson(tricky)}'></mulighetsrom-model>`,
    );
    const script = embedSnippet(
      'mulighetsrom-swot',
      { subject: 'x' },
      { loader: '/cdn/mulighetsrom.js', format: 'script' },
    );
    expect(script).toMatch(
      /<mulighetsrom-swot>\n {2}<script type="application\/json">\n[\s\S]*\n {2}<\/script>\n<\/mulighetsrom-swot>\n$/,
    );
    const json = script.slice(script.indexOf('json">') + 6, script.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual({ subject: 'x' });
  });

  it('points at the published CDN folder of this version, or at this site’s copy', () => {
    expect(CDN_LOADER).toMatch(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/@mulighetsrom\/elements@\d+\.\d+\.\d+[^/]*\/dist\/cdn\/mulighetsrom\.js$/,
    );
    expect(selfLoader('https://example.org', '/app/')).toBe(
      'https://example.org/app/cdn/mulighetsrom.js',
    );
  });

  it('takes each widget’s document from a workspace', () => {
    const workspace = {
      ...newWorkspace({ name: 'NAV Solvik' }, 'nb'),
      model: { areas: [{ id: 12, status: 'strong' as const, planned: true }] },
      situationBoards: { '4': { area: 4 }, '12': { area: 12, because: 'x' } },
    };
    const data = workspaceEmbedData(workspace);
    expect(Object.keys(data)).toEqual(WIDGET_TAGS);
    expect(data['mulighetsrom-model']).toBe(workspace.model);
    expect(data['mulighetsrom-situation-board']).toEqual({ area: 12, because: 'x' });
    expect(
      workspaceEmbedData({ ...workspace, situationBoards: {} })['mulighetsrom-situation-board'],
    ).toEqual({
      area: 12,
    });
  });
});

describe('the example pages', () => {
  const pages = readdirSync(examples).filter((name) => name.endsWith('.html'));

  it('one page per widget and an index that links to each', () => {
    expect(pages.sort()).toEqual([...WIDGET_TAGS.map(examplePage), 'index.html'].sort());
    const index = readFileSync(new URL('index.html', examples), 'utf8');
    for (const tag of WIDGET_TAGS) expect(index).toContain(`href="/examples/${examplePage(tag)}"`);
  });

  it('each loads only the CDN loader, has no inline script or style, and the example data', () => {
    for (const tag of WIDGET_TAGS) {
      const html = readFileSync(new URL(examplePage(tag), examples), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.map((s) => s[1]!.trim())).toEqual([
        'type="module" src="/cdn/mulighetsrom.js"',
        'type="application/json"',
      ]);
      expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/i);
      expect(html).toContain(`<${tag}>`);
      expect(JSON.parse(cleanCmsJson(scripts[1]![2]!))).toEqual(EMBED_EXAMPLES[tag]);
    }
  });
});
