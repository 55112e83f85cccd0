// Markup as WordPress (wpautop) leaves it: the widget wrapped in <p>, <br> children, </p><p>
// inside the inline JSON, blank lines and whitespace everywhere.
import { expect, fixture } from '@open-wc/testing';
import './test-fixture-element.js';
import type { FixtureElement } from './test-fixture-element.js';

/** Builds real parsed HTML (as a CMS page would be), not a Lit template. */
async function fromHtml(markup: string): Promise<FixtureElement> {
  const container = await fixture<HTMLDivElement>('<div></div>');
  const template = document.createElement('template');
  // Test-only: parse the mangled markup the way a browser parses a CMS page.
  template.innerHTML = markup;
  container.append(template.content);
  const el = container.querySelector('mulighetsrom-test-fixture')!;
  await el.updateComplete;
  return el;
}

function title(el: FixtureElement): string | undefined {
  return el.shadowRoot?.querySelector('.title')?.textContent?.trim();
}

describe('WordPress-mangled markup', () => {
  it('reads a script with </p><p> and <br /> inserted into the JSON', async () => {
    const el = await fromHtml(`<p><mulighetsrom-test-fixture><br />
<script type="application/json">{</p>
<p>  "title": "Mangled but fine",<br />
  "note": "a <p>tag</p> inside a string stays"</p>
<p>}</script><br />
</mulighetsrom-test-fixture></p>`);
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.equal(undefined);
    expect(title(el)).to.equal('Mangled but fine');
    expect(el.value?.note).to.equal('a <p>tag</p> inside a string stays');
  });

  it('finds the script when the CMS wrapped it in a <p>', async () => {
    const el = await fromHtml(`<mulighetsrom-test-fixture>
<p><script type="application/json">{"title": "Wrapped script"}</script></p>
</mulighetsrom-test-fixture>`);
    expect(title(el)).to.equal('Wrapped script');
  });

  it('ignores and never shows stray <p>, <br> and whitespace children', async () => {
    const el = await fromHtml(`<mulighetsrom-test-fixture data='{"title":"From attribute"}'>
<p>&nbsp;</p><br><p>visible?</p>
</mulighetsrom-test-fixture>`);
    expect(el.querySelectorAll('p, br')).to.have.length(3);
    expect(title(el)).to.equal('From attribute');
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.equal(undefined);
    for (const child of el.querySelectorAll('p, br')) {
      expect(child.getClientRects().length, child.outerHTML).to.equal(0);
    }
  });

  it('still reports genuinely broken JSON in a mangled script', async () => {
    const el = await fromHtml(`<mulighetsrom-test-fixture lang="en">
<script type="application/json">{</p><p>"title": "x",,}</script>
</mulighetsrom-test-fixture>`);
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.match(/Invalid JSON/i);
  });
});
