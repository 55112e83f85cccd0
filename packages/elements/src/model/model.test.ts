import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { AREAS, type ModelDocument } from '@mulighetsrom/core';
import './mulighetsrom-model.js';
import type { MulighetsromModel } from './model.component.js';
import { modelFixture } from './test-fixture-model.js';
import { withEntry } from './model-view.js';

const DOC: ModelDocument = {
  title: 'NAV Grimstad',
  areas: [
    { id: 16, status: 'strong', planned: true, note: 'Felles budsjettmøte i mars.' },
    { id: 2, status: 'improve' },
    { id: 9, status: 'strong', custom: 'kept' },
  ],
  extra: { kept: true },
};

const model = (doc: unknown = DOC, attrs: { lang?: string; editable?: boolean } = {}) =>
  modelFixture(doc, attrs);

const root = (el: MulighetsromModel) => el.shadowRoot!;
const markers = (el: MulighetsromModel) => [
  ...root(el).querySelectorAll<SVGGElement>('svg.diagram .area[data-id]'),
];
const marker = (el: MulighetsromModel, id: number) =>
  root(el).querySelector<SVGGElement>(`.area[data-id="${id}"]`)!;
const focusedId = (el: MulighetsromModel) =>
  Number((root(el).activeElement as Element | null)?.getAttribute('data-id'));

describe('<mulighetsrom-model>', () => {
  afterEach(() => sinon.restore());

  it('draws three labelled circles and all 20 areas, each rendered in exactly its region', async () => {
    const el = await model();
    const circles = [...root(el).querySelectorAll<SVGCircleElement>('circle.circle')];
    expect(circles).to.have.length(3);
    const labels = [...root(el).querySelectorAll('.level-label')].map((t) => t.textContent);
    expect(labels).to.deep.equal(['Eiernivå', 'Kontornivå', 'Tjenestenivå']);
    const svg = root(el).querySelector<SVGSVGElement>('svg.diagram')!;
    const ctm = svg.getScreenCTM()!;
    const circleBoxes = circles.map((c) => {
      const b = c.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2, r: b.width / 2 };
    });
    expect(markers(el)).to.have.length(20);
    for (const area of AREAS) {
      const g = marker(el, area.id);
      const b = g.querySelector('.mark')!.getBoundingClientRect();
      const x = b.x + b.width / 2;
      const y = b.y + b.height / 2;
      const r = b.width / 2;
      ['eier', 'kontor', 'tjeneste'].forEach((level, i) => {
        const c = circleBoxes[i]!;
        const d = Math.hypot(x - c.x, y - c.y);
        if (area.levels.includes(level as never)) {
          expect(d + r, `${area.id} inside ${level}`).to.be.lessThan(c.r);
        } else {
          expect(d - r, `${area.id} outside ${level}`).to.be.greaterThan(c.r);
        }
      });
    }
    expect(ctm.a).to.be.greaterThan(0);
  });

  it('gives each area an accessible name with status and plan, in nb, nn and en', async () => {
    const nb = await model();
    expect(marker(nb, 16).getAttribute('aria-label')).to.equal(
      '16 Økonomisk handlingsrom – sterk, i utviklingsplanen',
    );
    expect(marker(nb, 2).getAttribute('aria-label')).to.equal(
      '2 God og synlig ledelse – kan styrkes',
    );
    expect(marker(nb, 5).getAttribute('aria-label')).to.equal(
      '5 Politisk dagsorden – ikke vurdert',
    );
    const nn = await model(DOC, { lang: 'nn' });
    expect(marker(nn, 16).getAttribute('aria-label')).to.match(
      /^16 .+ – sterk, i utviklingsplanen$/,
    );
    expect(marker(nn, 2).getAttribute('aria-label')).to.match(/– kan styrkjast$/);
    expect(marker(nn, 5).getAttribute('aria-label')).to.match(/– ikkje vurdert$/);
    expect(root(nn).querySelector('.level-label')!.textContent).to.equal('Eigarnivå');
    const en = await model(DOC, { lang: 'en' });
    expect(marker(en, 16).getAttribute('aria-label')).to.match(
      /^16 .+ – strong, in the development plan$/,
    );
    expect(marker(en, 2).getAttribute('aria-label')).to.match(/– can be strengthened$/);
    expect(root(en).querySelector('svg.diagram')!.getAttribute('aria-label')).to.equal(
      'The opportunity space in the NAV partnership: NAV Grimstad',
    );
  });

  it('names the diagram after the document title, or generically without one', async () => {
    const label = (el: MulighetsromModel) =>
      root(el).querySelector('svg.diagram')!.getAttribute('aria-label');
    expect(label(await model())).to.equal('Mulighetsrommet i NAV-partnerskapet: NAV Grimstad');
    expect(label(await model({ ...DOC, title: '  ' }))).to.equal(
      'Mulighetsrommet i NAV-partnerskapet',
    );
    expect(label(await model({ areas: [] }, { lang: 'nn' }))).to.equal(
      'Moglegheitsrommet i NAV-partnarskapet',
    );
  });

  it('shows statuses by shape and text as well as colour', async () => {
    const el = await model();
    expect(marker(el, 16).classList.contains('strong')).to.equal(true);
    expect(marker(el, 16).querySelector('.badge')).to.not.equal(null);
    expect(marker(el, 16).querySelector('.planned-mark')).to.not.equal(null);
    expect(marker(el, 2).querySelector('.mark')!.getAttribute('stroke-dasharray')).to.equal(
      '5 2.5',
    );
    expect(marker(el, 5).querySelector('.badge')).to.equal(null);
    const key = root(el).querySelector('.key')!.textContent!.replace(/\s+/g, ' ');
    for (const text of ['Sterkt', 'Kan styrkes', 'Ikke vurdert', 'I utviklingsplanen']) {
      expect(key).to.contain(text);
    }
    const legend = root(el).querySelector('[part="legend"]')!.textContent!.replace(/\s+/g, ' ');
    expect(legend).to.contain('Økonomisk handlingsrom Sterkt · I utviklingsplanen');
  });

  it('keeps statuses apart in forced colours by outline and badge, not fill', async () => {
    const el = await model();
    await emulateMedia({ forcedColors: 'active' });
    try {
      const look = (id: number) => {
        const mark = getComputedStyle(marker(el, id).querySelector('.mark')!);
        const badge = marker(el, id).querySelector('.badge');
        return {
          fill: mark.fill,
          dash: mark.strokeDasharray,
          badge: badge ? getComputedStyle(badge).fill : 'none',
        };
      };
      const strong = look(16);
      const improve = look(2);
      const unknown = look(5);
      // Fills are the same system colour, so colour alone says nothing here …
      expect(strong.fill).to.equal(improve.fill);
      expect(improve.fill).to.equal(unknown.fill);
      // … but outline and badge still differ for each status.
      const signatures = new Set([strong, improve, unknown].map((s) => `${s.dash}|${s.badge}`));
      expect(signatures.size).to.equal(3);
      // Circles lose their fill so all three outlines stay visible.
      const circle = getComputedStyle(root(el).querySelector('.c-kontor')!);
      expect(circle.fill).to.equal('none');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('groups the legend by region, centre first', async () => {
    const el = await model();
    const groups = [...root(el).querySelectorAll('.legend .group')].map((g) => ({
      title: g.querySelector('.group-title')!.textContent,
      ids: [...g.querySelectorAll('li')].map((li) => Number(li.getAttribute('value'))),
    }));
    expect(groups[0]).to.deep.equal({ title: 'Alle tre nivåene', ids: [1] });
    expect(groups[1]).to.deep.equal({ title: 'Eiernivå', ids: [2, 3, 4, 5, 6, 7, 8] });
    expect(groups.map((g) => g.ids.length).reduce((a, b) => a + b)).to.equal(20);
  });

  it('has one Tab stop into the diagram and moves with arrows, Home and End', async () => {
    const el = await model();
    const tabbable = markers(el).filter((g) => g.getAttribute('tabindex') === '0');
    expect(tabbable).to.have.length(1);
    marker(el, 1).focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const up = focusedId(el);
    expect([15, 16]).to.include(up);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal(20);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal(1);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const left = focusedId(el);
    expect(left).to.not.equal(1);
    expect(marker(el, left).getAttribute('tabindex')).to.equal('0');
    expect(markers(el).filter((g) => g.getAttribute('tabindex') === '0')).to.have.length(1);
    // The focused area is named under the diagram too.
    expect(root(el).querySelector('.hover-name')!.textContent).to.contain(`${left} `);
  });

  it('selects with Enter, opens the detail, and Escape closes it and returns focus', async () => {
    const el = await model();
    marker(el, 16).focus();
    const selected = oneEvent(el, 'mulighetsrom-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 16 });
    await el.updateComplete;
    const detail = root(el).querySelector('[part="detail"]')!;
    const text = detail.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('16. Økonomisk handlingsrom');
    expect(text).to.contain('Eiernivå, Kontornivå');
    expect(text).to.contain('Felles budsjettmøte i mars.');
    expect(text).to.contain('Sterkt · I utviklingsplanen');
    expect(marker(el, 16).getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).activeElement).to.equal(detail.querySelector('h3'));
    const closed = oneEvent(el, 'mulighetsrom-select');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail).to.deep.equal({ id: null });
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).querySelector('[part="detail"]')).to.equal(null);
    expect(focusedId(el)).to.equal(16);
  });

  it('selects with a click and with Space', async () => {
    const el = await model();
    const spy = sinon.spy();
    el.addEventListener('mulighetsrom-select', spy);
    marker(el, 3).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(spy.lastCall.args[0].detail.id).to.equal(3);
    marker(el, 12).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(spy.lastCall.args[0].detail.id).to.equal(12);
    expect(root(el).querySelector('.detail h3')!.textContent).to.contain('12.');
  });

  it('edits status, plan flag and note in the detail panel when editable', async () => {
    const el = await model(DOC, { editable: true });
    el.select(2);
    await el.updateComplete;
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['strong', 'improve', 'unknown']);
    expect(radios.find((r) => r.checked)!.value).to.equal('improve');
    let change = oneEvent(el, 'mulighetsrom-change');
    radios[0]!.click();
    let value = (await change).detail.value as ModelDocument;
    expect(value.areas!.find((a) => a.id === 2)!.status).to.equal('strong');
    await el.updateComplete;
    expect(marker(el, 2).getAttribute('aria-label')).to.equal('2 God og synlig ledelse – sterk');

    change = oneEvent(el, 'mulighetsrom-change');
    root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    value = (await change).detail.value as ModelDocument;
    expect(value.areas!.find((a) => a.id === 2)!.planned).to.equal(true);

    const note = root(el).querySelector<HTMLTextAreaElement>('textarea')!;
    note.value = 'Lederavtale i april';
    change = oneEvent(el, 'mulighetsrom-change');
    note.dispatchEvent(new Event('change'));
    value = (await change).detail.value as ModelDocument;
    expect(value.areas!.find((a) => a.id === 2)!.note).to.equal('Lederavtale i april');
    // Unknown fields survive edits.
    expect(value.extra).to.deep.equal({ kept: true });
    expect(value.areas!.find((a) => a.id === 9)!.custom).to.equal('kept');
    expect(el.value).to.deep.equal(value);
    await expect(el).to.be.accessible();
  });

  it('announces each edit and undoes it with the undo button and Ctrl+Z', async () => {
    const el = await model(DOC, { editable: true });
    const announced = () => root(el).querySelector('.mulighetsrom-announcer')!.textContent!.trim();
    el.select(2);
    await el.updateComplete;
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    radios[0]!.click();
    await el.updateComplete;
    expect(announced()).to.equal('God og synlig ledelse: Sterkt');
    root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect(announced()).to.equal('God og synlig ledelse: med i utviklingsplanen');

    // Typed listener: `detail.value` is ModelData, no cast needed.
    const planned: unknown[] = [];
    el.addEventListener('mulighetsrom-change', (event) => {
      const value = event.detail.value;
      if (value && !Array.isArray(value))
        planned.push(value.areas?.find((a) => a.id === 2)?.planned);
    });
    root(el).querySelector<HTMLButtonElement>('.edit-bar button.undo')!.click();
    expect(planned).to.deep.equal([undefined]);
    await el.updateComplete;
    expect(announced()).to.equal('Angret: God og synlig ledelse: med i utviklingsplanen');

    marker(el, 16).focus();
    await sendKeys({ press: 'Control+z' });
    await el.updateComplete;
    expect(marker(el, 2).getAttribute('aria-label')).to.equal(
      '2 God og synlig ledelse – kan styrkes',
    );
    expect(el.value).to.deep.equal(DOC);
    await sendKeys({ press: 'Control+y' });
    await el.updateComplete;
    expect(marker(el, 2).getAttribute('aria-label')).to.equal('2 God og synlig ledelse – sterk');
    await expect(el).to.be.accessible();
  });

  it('has no undo buttons when not editable', async () => {
    const el = await model();
    expect(root(el).querySelector('button.undo')).to.equal(null);
  });

  it('does not offer editing when not editable', async () => {
    const el = await model();
    el.select(2);
    await el.updateComplete;
    expect(root(el).querySelector('input')).to.equal(null);
    expect(root(el).querySelector('textarea')).to.equal(null);
  });

  it('highlights a level from the level attribute and from the level buttons', async () => {
    const el = await model();
    el.setAttribute('level', 'kontor');
    await el.updateComplete;
    expect(root(el).querySelector('.c-kontor')!.classList.contains('active')).to.equal(true);
    expect(root(el).querySelector('.c-eier')!.classList.contains('dim')).to.equal(true);
    expect(marker(el, 2).classList.contains('dim')).to.equal(true);
    expect(marker(el, 9).classList.contains('dim')).to.equal(false);
    expect(marker(el, 1).classList.contains('dim')).to.equal(false);
    // Legend groups of regions with kontor: centre, office only, owner∩office, office∩service.
    const hits = [...root(el).querySelectorAll('.group.hit .group-title')].map(
      (t) => t.textContent,
    );
    expect(hits).to.deep.equal([
      'Alle tre nivåene',
      'Kontornivå',
      'Eier- og kontornivå',
      'Kontor- og tjenestenivå',
    ]);
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.levels button')];
    buttons[3]!.click();
    await el.updateComplete;
    expect(el.level).to.equal('tjeneste');
    expect(el.getAttribute('level')).to.equal('tjeneste');
    expect(buttons[3]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('rejects invalid data with role=alert and an error event, keeping the last good state', async () => {
    const el = await model();
    const errored = oneEvent(el, 'mulighetsrom-error');
    el.data = { areas: [{ id: 16, status: 'brilliant' }] };
    const { detail } = await errored;
    expect(detail.errors.length).to.be.greaterThan(0);
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).to.not.equal(null);
    expect(marker(el, 16).getAttribute('aria-label')).to.contain('sterk, i utviklingsplanen');
    expect((el.value as ModelDocument).title).to.equal('NAV Grimstad');
    await expect(el).to.be.accessible();
  });

  it('draws custom catalog areas in their regions', async () => {
    const el = await model({
      catalog: {
        areas: [
          { id: 21, name: 'Felles rekruttering', levels: ['eier', 'tjeneste'] },
          { id: 3, name: 'Jevnlige partnerskapsmøter' },
        ],
      },
      areas: [{ id: 21, status: 'improve' }],
    });
    expect(markers(el)).to.have.length(21);
    expect(marker(el, 21).getAttribute('aria-label')).to.equal(
      '21 Felles rekruttering – kan styrkes',
    );
    expect(marker(el, 3).getAttribute('aria-label')).to.contain('Jevnlige partnerskapsmøter');
    // The detail says an added area is the partnership's own; a renamed built-in one is not.
    const origin = async (id: number) => {
      el.select(id);
      await el.updateComplete;
      return root(el).querySelector('.detail .origin')?.textContent?.trim() ?? null;
    };
    expect(await origin(21)).to.equal('Eget område');
    expect(await origin(3)).to.equal(null);
  });

  it('compares several partnerships: small multiples and a count table', async () => {
    const docs: ModelDocument[] = [
      { title: 'Arendal', areas: [{ id: 16, status: 'strong', planned: true }] },
      {
        title: 'Grimstad',
        areas: [
          { id: 16, status: 'improve' },
          { id: 3, status: 'strong' },
        ],
      },
      { title: 'Froland', areas: [{ id: 16, status: 'strong' }] },
    ];
    const el = await model(docs);
    const multiples = [...root(el).querySelectorAll('.multiple svg')];
    expect(multiples).to.have.length(3);
    expect(multiples[0]!.getAttribute('role')).to.equal('img');
    expect(multiples[0]!.getAttribute('aria-label')).to.contain('Arendal');
    expect(root(el).querySelectorAll('[tabindex="0"]')).to.have.length(0);
    const table = root(el).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('Antall partnerskap');
    const row16 = [...table.querySelectorAll('tbody tr')].find((tr) =>
      tr.querySelector('th')!.textContent!.startsWith('16.'),
    )!;
    expect([...row16.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal([
      '2',
      '1',
      '1',
      'Arendal, Froland',
    ]);
    await expect(el).to.be.accessible();
  });

  it('exports a PNG', async () => {
    const el = await model();
    const blob = await el.exportPNG({ scale: 1 });
    expect(blob.type).to.equal('image/png');
    expect(blob.size).to.be.greaterThan(1000);
  });

  it('shows export and print buttons with the toolbar attribute', async () => {
    const el = await model();
    expect(root(el).querySelector('[part="toolbar"]')).to.equal(null);
    el.toolbar = true;
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="toolbar"] button')).to.have.length(3);
  });

  it('names the exported file after the title, or «mulighetsrom» when the title has no letters', async () => {
    const names: string[] = [];
    sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    for (const title of ['NAV Grimstad / Arendal!', '   ', '', '!?', undefined]) {
      const el = await model({ ...DOC, title });
      el.toolbar = true;
      await el.updateComplete;
      const before = names.length;
      root(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await waitUntil(() => names.length > before, `a download for ${JSON.stringify(title)}`);
    }
    expect(names).to.deep.equal([
      'NAV-Grimstad-Arendal.svg',
      'mulighetsrom.svg',
      'mulighetsrom.svg',
      'mulighetsrom.svg',
      'mulighetsrom.svg',
    ]);
  });

  it('fits 320 px without horizontal overflow', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><mulighetsrom-model .data=${DOC}></mulighetsrom-model></div>`,
    );
    const el = wrapper.querySelector('mulighetsrom-model')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('is accessible in every language and with the detail open', async () => {
    for (const lang of ['nb', 'nn', 'en']) {
      const el = await model(DOC, { lang });
      await expect(el).to.be.accessible();
    }
    const el = await model();
    el.select(16);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('re-renders only the changed area on a status change (the time budget is the bench’s)', async () => {
    const el = await model(DOC, { editable: true });
    const touched = new Set<string>();
    const where = (node: Node): string => {
      const element = node instanceof Element ? node : node.parentElement;
      const area = element?.closest('.area[data-id]')?.getAttribute('data-id');
      const item = element?.closest('.items > li')?.getAttribute('value');
      return area ? `marker ${area}` : item ? `legend ${item}` : 'elsewhere';
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) touched.add(where(record.target));
    });
    observer.observe(root(el), {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    el.data = withEntry(DOC, 16, { status: 'improve' });
    await el.updateComplete;
    observer.disconnect();
    expect([...touched].sort()).to.deep.equal(['legend 16', 'marker 16']);
    expect(marker(el, 16).getAttribute('aria-label')).to.contain('kan styrkes');
  });
});
