// The SVG export: the widget's own diagram template, serialized as a standalone, accessible file
// with one stylesheet. The download and print flows are tested in model.test.ts.
import { expect, oneEvent } from '@open-wc/testing';
import { commonMessages, modelMessages, type Lang, type ModelDocument } from '@mulighetsrom/core';
import './mulighetsrom-model.js';
import { modelFixture } from './test-fixture-model.js';
import { levelName } from './model-view.js';

const DOC: ModelDocument = {
  title: 'NAV Grimstad',
  areas: [
    { id: 16, status: 'strong', planned: true, note: 'Felles budsjettmøte i mars.' },
    { id: 2, status: 'improve' },
    { id: 9, status: 'strong' },
  ],
};

const model = (doc: unknown = DOC, attrs: { lang?: string; editable?: boolean } = {}) =>
  modelFixture(doc, attrs);

const parse = (text: string): Document => new DOMParser().parseFromString(text, 'image/svg+xml');

/** The exported file in a shadow root of the test page, so its stylesheet applies only to it. */
const mounted: HTMLElement[] = [];
function mount(text: string): SVGSVGElement {
  const host = document.createElement('div');
  document.body.append(host);
  mounted.push(host);
  const svg = document.importNode(parse(text).documentElement, true);
  host.attachShadow({ mode: 'open' }).append(svg);
  return svg as unknown as SVGSVGElement;
}

/** The exported marker of an area (the file has no data-id: found by its number). */
const areaOf = (root: ParentNode, id: number): SVGGElement =>
  [...root.querySelectorAll<SVGGElement>('g.area')].find(
    (g) => g.querySelector('.num')!.textContent === String(id),
  )!;

const DRAWN = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-weight'];

describe('model export (SVG)', () => {
  afterEach(() => mounted.splice(0).forEach((host) => host.remove()));

  it('is a standalone, valid SVG file: xmlns, viewBox, width and height, one stylesheet', async () => {
    const el = await model();
    const text = await el.exportSVG();
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
    const doc = parse(text);
    expect(doc.querySelector('parsererror')).to.equal(null);
    const svg = doc.documentElement;
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    const [x, y, width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect([x, y]).to.deep.equal([0, 0]);
    expect(Number(svg.getAttribute('width'))).to.equal(width);
    expect(Number(svg.getAttribute('height'))).to.equal(height);
    expect(doc.querySelectorAll('style')).to.have.length(1);
    expect(doc.querySelector('[style]')).to.equal(null);
    expect(text).to.not.contain('<!--');
    expect(text).to.not.contain('?lit$');
    expect(doc.querySelectorAll('g.area')).to.have.length(20);
    expect(doc.querySelectorAll('circle.circle')).to.have.length(3);
  });

  it('opens in a browser on its own, at its own size', async () => {
    const el = await model();
    const text = await el.exportSVG();
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      expect(image.naturalWidth).to.equal(
        Number(parse(text).documentElement.getAttribute('width')),
      );
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('keeps only its accessible name on the root: no tabindex, roles, parts, data or live aria', async () => {
    const el = await model();
    el.level = 'kontor';
    el.select(16);
    await el.updateComplete;
    const doc = parse(await el.exportSVG());
    const svg = doc.documentElement;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('lang')).to.equal('nb');
    const [title, desc] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(doc.getElementById(title!)!.localName).to.equal('title');
    expect(doc.getElementById(title!)!.textContent).to.equal(
      'Mulighetsrommet i NAV-partnerskapet: NAV Grimstad',
    );
    expect(doc.getElementById(desc!)!.localName).to.equal('desc');
    expect(doc.getElementById(desc!)!.textContent).to.contain(
      '16 Økonomisk handlingsrom – sterk, i utviklingsplanen',
    );
    for (const element of doc.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) {
        const where = `${element.localName}[${name}]`;
        expect(/^(?:tabindex|part|data-|on|style$)/.test(name), where).to.equal(false);
        if (element !== svg) expect(/^(?:role|aria-)/.test(name), where).to.equal(false);
      }
    }
    // The live state (level focus, selection, focus ring) is not part of the picture.
    expect(doc.querySelector('.dim, .active, .selected, .ring')).to.equal(null);
  });

  it('is accessible as an image', async () => {
    const el = await model();
    const svg = mount(await el.exportSVG());
    await expect((svg.parentNode as ShadowRoot).host).to.be.accessible();
  });

  for (const lang of ['nb', 'nn', 'en'] as Lang[]) {
    it(`draws every marker number and the level labels in ${lang}`, async () => {
      const el = await model(DOC, { lang });
      const doc = parse(await el.exportSVG());
      expect(doc.documentElement.getAttribute('lang')).to.equal(lang);
      const numbers = [...doc.querySelectorAll('g.area .num')].map((t) => Number(t.textContent));
      expect(numbers.sort((a, b) => a - b)).to.deep.equal(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      expect([...doc.querySelectorAll('.level-label')].map((t) => t.textContent)).to.deep.equal(
        (['eier', 'kontor', 'tjeneste'] as const).map((level) => levelName(level, lang)),
      );
      const centre = doc.querySelector('.centre-label')!.textContent!;
      expect(centre).to.contain(modelMessages[lang].centreLine1);
      expect(centre).to.contain(modelMessages[lang].centreLine2);
      // The areas by region, with their status in words.
      const entries = [...doc.querySelectorAll('.entry')].map((t) => t.textContent).join(' ');
      expect(entries).to.contain(`(${commonMessages[lang].statusStrong} · `);
      expect(entries).to.contain(`(${commonMessages[lang].statusImprove})`);
    });
  }

  it('keeps a title with <script> and & as escaped text', async () => {
    const title = 'A & B <script>alert(1)</script> "q"';
    const el = await model({ title, areas: [{ id: 1, status: 'strong', note: '<b>&</b>' }] });
    const text = await el.exportSVG();
    expect(text).to.contain('A &amp; B &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).to.not.contain('<script');
    const doc = parse(text);
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('script')).to.equal(null);
    expect(doc.querySelector('.poster-title')!.textContent).to.equal(title);
    expect(doc.querySelector('title')!.textContent).to.contain(title);
  });

  it('gives each status badge, mark and circle the theme’s colour, as on screen', async () => {
    const el = await model({
      areas: [
        { id: 16, status: 'strong', planned: true },
        { id: 2, status: 'improve' },
      ],
    });
    el.style.setProperty('--mulighetsrom-color-status-strong-border', 'rgb(10, 123, 48)');
    el.style.setProperty('--mulighetsrom-color-status-improve-border', 'rgb(120, 90, 0)');
    el.style.setProperty('--mulighetsrom-color-status-planned-background', 'rgb(171, 205, 239)');
    const text = await el.exportSVG();
    const css = parse(text).querySelector('style')!.textContent!;
    expect(css).to.contain('rgb(10, 123, 48)');
    expect(css).to.contain('rgb(120, 90, 0)');
    expect(css).to.not.contain('var(');
    const svg = mount(text);
    const strong = areaOf(svg, 16);
    const improve = areaOf(svg, 2);
    for (const part of [strong.querySelector('.badge')!, strong.querySelector('.badge-bg')!]) {
      expect(getComputedStyle(part).stroke).to.equal('rgb(10, 123, 48)');
    }
    expect(getComputedStyle(improve.querySelector('.badge')!).stroke).to.equal('rgb(120, 90, 0)');
    expect(getComputedStyle(improve.querySelector('.badge')!).fill).to.equal('rgb(120, 90, 0)');
    expect(getComputedStyle(strong.querySelector('.planned-mark')!).fill).to.equal(
      'rgb(171, 205, 239)',
    );
    expect(areaOf(svg, 3).querySelector('.badge')).to.equal(null);
  });

  for (const scheme of ['light', 'dark']) {
    it(`looks like the diagram on screen in the ${scheme} theme`, async () => {
      const el = await model(DOC);
      el.setAttribute('data-color-scheme', scheme);
      const svg = mount(await el.exportSVG());
      const live = el.shadowRoot!.querySelector('svg.diagram')!;
      const pairs: [Element, Element][] = [];
      live.querySelectorAll('circle.circle, .level-label, .centre-label').forEach((element, i) => {
        pairs.push([
          element,
          svg.querySelectorAll('circle.circle, .level-label, .centre-label')[i]!,
        ]);
      });
      for (const id of [16, 2, 1]) {
        const from = live.querySelector(`.area[data-id="${id}"]`)!;
        for (const selector of ['.mark', '.num', '.badge', '.badge-bg', '.planned-mark']) {
          const shown = from.querySelector(selector);
          if (shown) pairs.push([shown, areaOf(svg, id).querySelector(selector)!]);
        }
      }
      expect(pairs.length).to.be.greaterThan(15);
      for (const [shown, exported] of pairs) {
        const a = getComputedStyle(shown);
        const b = getComputedStyle(exported);
        for (const property of DRAWN) {
          expect(
            b.getPropertyValue(property),
            `${exported.getAttribute('class')} ${property}`,
          ).to.equal(a.getPropertyValue(property));
        }
      }
      // The background is the widget's surface colour, which the badge discs are filled with.
      expect(getComputedStyle(svg.querySelector('.surface')!).fill).to.equal(
        getComputedStyle(live.querySelector('.badge-bg')!).fill,
      );
    });
  }

  it('reflects an edit', async () => {
    const el = await model(DOC, { editable: true });
    const before = parse(await el.exportSVG());
    expect(areaOf(before, 2).classList.contains('improve')).to.equal(true);
    el.select(2);
    await el.updateComplete;
    const change = oneEvent(el, 'mulighetsrom-change');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="strong"]')!.click();
    await change;
    await el.updateComplete;
    const after = parse(await el.exportSVG());
    expect(areaOf(after, 2).classList.contains('strong')).to.equal(true);
    expect(areaOf(after, 2).querySelector('.badge')!.getAttribute('d')).to.not.equal(
      areaOf(before, 2).querySelector('.badge')!.getAttribute('d'),
    );
    const entry = [...after.querySelectorAll('.entry')].find((t) =>
      t.textContent!.startsWith('2. '),
    )!;
    expect(entry.textContent).to.equal('2. God og synlig ledelse (Sterkt)');
  });

  it('exports the first partnership in compare mode', async () => {
    const el = await model([
      { title: 'Arendal', areas: [{ id: 3, status: 'strong' }] },
      { title: 'Froland', areas: [] },
    ]);
    const doc = parse(await el.exportSVG());
    expect(doc.querySelector('.poster-title')!.textContent).to.equal('Arendal');
    expect(areaOf(doc, 3).classList.contains('strong')).to.equal(true);
  });
});
