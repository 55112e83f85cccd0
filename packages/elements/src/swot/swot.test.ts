import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SwotDocument } from '@mulighetsrom/core';
import './mulighetsrom-swot.js';
import type { MulighetsromSwot } from './swot.component.js';

const PORTFOLIO: SwotDocument[] = [
  {
    subject: 'Flyktningtjenesten',
    strengths: [
      { id: 'a', text: 'Kort vei til bolig' },
      { id: 'b', text: 'Felles mottak' },
    ],
    threats: [{ id: 'c', text: 'Kutt i tilskudd' }],
  },
  { subject: 'Rus', strengths: [{ id: 'a', text: 'Tett oppfølging' }], threats: [] },
  {
    subject: 'Kommunal bolig',
    threats: [
      { id: 'a', text: 'Lange ventelister' },
      { id: 'b', text: 'Få utleieboliger' },
    ],
  },
];

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tabs = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[role="tab"]')];
const panels = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[role="tabpanel"]')];

const portfolio = (layout: 'tabs' | 'side-by-side' = 'tabs', editable = false) =>
  fixture<MulighetsromSwot>(
    html`<mulighetsrom-swot
      lang="nb"
      layout=${layout}
      ?editable=${editable}
      .data=${structuredClone(PORTFOLIO)}
    ></mulighetsrom-swot>`,
  );

describe('<mulighetsrom-swot> portfolio', () => {
  it('tabs: the ARIA tabs pattern, one panel shown, arrows switch', async () => {
    const el = await portfolio();
    expect(root(el).querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal(
      'Tjenester i porteføljen',
    );
    expect(tabs(el).map(text)).to.deep.equal(['Flyktningtjenesten', 'Rus', 'Kommunal bolig']);
    expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal([
      'true',
      'false',
      'false',
    ]);
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    const [first, second] = panels(el);
    expect(first!.hidden).to.equal(false);
    expect(second!.hidden).to.equal(true);
    expect(first!.getAttribute('aria-labelledby')).to.equal(tabs(el)[0]!.id);
    expect(tabs(el)[0]!.getAttribute('aria-controls')).to.equal(first!.id);
    await expect(el).to.be.accessible();
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(root(el).activeElement).to.equal(tabs(el)[1]);
    expect(panels(el)[1]!.hidden).to.equal(false);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(tabs(el)[2]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tabs(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    tabs(el)[2]!.click();
    await el.updateComplete;
    expect(panels(el)[2]!.hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('tabs: the notes’ Tab stop is in the shown panel', async () => {
    const el = await portfolio();
    const stop = () =>
      [...root(el).querySelectorAll<HTMLElement>('.note-body')].filter((b) => b.tabIndex === 0);
    expect(stop()).to.have.length(1);
    expect(stop()[0]!.closest('[role="tabpanel"]')).to.equal(panels(el)[0]);
    tabs(el)[2]!.click();
    await el.updateComplete;
    expect(stop()).to.have.length(1);
    expect(stop()[0]!.closest('[role="tabpanel"]')).to.equal(panels(el)[2]);
  });

  it('summarises which services have the most strengths and threats', async () => {
    const el = await portfolio();
    const summary = root(el).querySelector('.summary')!;
    expect(text(summary.querySelector('h2'))).to.equal('Oppsummering av porteføljen');
    expect([...summary.querySelectorAll('li')].map(text)).to.deep.equal([
      'Flest styrker: Flyktningtjenesten (2)',
      'Flest trusler: Kommunal bolig (2)',
    ]);
    const rows = [...summary.querySelectorAll('tbody tr')].map(text);
    expect(rows[1]).to.equal('Rus 1 0 0 0');
  });

  it('side by side: every board shown, no tabs', async () => {
    const el = await portfolio('side-by-side');
    expect(root(el).querySelector('[role="tablist"]')).to.equal(null);
    expect(root(el).querySelectorAll('section.board')).to.have.length(3);
    expect(root(el).querySelector('.boards')!.className).to.contain('side-by-side');
    expect(root(el).querySelectorAll('section.board[hidden]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('an edit changes only its own service; the summary follows', async () => {
    const el = await portfolio('tabs', true);
    tabs(el)[1]!.click();
    await el.updateComplete;
    const form = panels(el)[1]!.querySelector<HTMLFormElement>(
      'div.column[data-column="threats"] form.add',
    )!;
    form.querySelector<HTMLInputElement>('input[name="text"]')!.value = 'Færre ansatte';
    form.requestSubmit();
    await el.updateComplete;
    const value = el.value as SwotDocument[];
    expect(value[1]!.threats).to.deep.equal([{ id: 'n1', text: 'Færre ansatte' }]);
    expect(value[0]).to.deep.equal(PORTFOLIO[0]);
    expect(value[2]).to.deep.equal(PORTFOLIO[2]);
    // The move menu offers only this service's quadrants.
    const handle = panels(el)[1]!.querySelector<HTMLButtonElement>('.move-handle')!;
    handle.click();
    await el.updateComplete;
    const items = [...root(el).querySelectorAll('[role="menuitem"]')].map(text);
    expect(items).to.deep.equal(['Til «Svakheter»', 'Til «Muligheter»', 'Til «Trusler»']);
  });

  it('exports every service of the portfolio', async () => {
    const el = await portfolio();
    const csv = await el.exportCSV();
    expect(csv.trim().split('\r\n')).to.have.length(1 + 6);
    const md = await el.exportMarkdown();
    expect(md.match(/^## /gm)).to.have.length(3);
  });
});
