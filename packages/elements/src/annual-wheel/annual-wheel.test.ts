import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { Lang, WheelDocument } from '@mulighetsrom/core';
import './mulighetsrom-annual-wheel.js';
import type { MulighetsromAnnualWheel, WheelSelectDetail } from './annual-wheel.component.js';

const SOLVIK = (): WheelDocument => ({
  title: 'Årshjul for partnerskapet i NAV Solvik',
  year: 2027,
  owner: 'kept',
  rings: [
    { id: 'partnerskap', label: 'Partnerskapet' },
    { id: 'kommune', label: 'Kommunen', colour: 'kept' },
  ],
  activities: [
    {
      id: 'a1',
      ring: 'partnerskap',
      title: 'Partnerskapsmøte (vår)',
      start: '2027-03-16',
      end: '2027-03-16',
      checklist: 'model',
      note: 'Modellen som sjekkliste',
      room: 'kept',
    },
    { id: 'a2', ring: 'kommune', title: 'Budsjett', start: '2027-09-01', end: '2027-12-15' },
    { id: 'a3', ring: 'partnerskap', title: 'Høstmøte', start: '2027-10-05' },
    { id: 'a4', ring: 'kommune', title: 'Plan', start: '2027-11-15', end: '2028-01-20' },
    { id: 'a0', ring: 'kommune', title: 'Januar', start: '2027-01-10', end: '2027-01-20' },
  ],
});

/** 3 March 2027, noon local time. */
const NOW = () => new Date(2027, 2, 3, 12);

interface Options {
  lang?: Lang;
  editable?: boolean;
  toolbar?: boolean;
  width?: string;
}

const wheel = async (doc: unknown = SOLVIK(), o: Options = {}) => {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${o.width ?? '1100px'}">
      <mulighetsrom-annual-wheel
        .data=${doc}
        .now=${NOW}
        lang=${o.lang ?? 'nb'}
        ?editable=${o.editable ?? false}
        ?toolbar=${o.toolbar ?? false}
      ></mulighetsrom-annual-wheel>
    </div>`,
  );
  const el = wrapper.querySelector('mulighetsrom-annual-wheel')!;
  await el.updateComplete;
  return el;
};

const root = (el: MulighetsromAnnualWheel) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: MulighetsromAnnualWheel) => [
  ...root(el).querySelectorAll<HTMLButtonElement>('button[data-id]'),
];
const item = (el: MulighetsromAnnualWheel, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`button[data-id="${id}"]`)!;
const focusedId = (el: MulighetsromAnnualWheel) =>
  (root(el).activeElement as HTMLElement | null)?.dataset['id'];
const button = (el: MulighetsromAnnualWheel, label: RegExp) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(text(b)))!;

describe('<mulighetsrom-annual-wheel>', () => {
  describe('render', () => {
    it('draws rings, twelve months, arcs and markers, today and the current month', async () => {
      const el = await wheel();
      const svg = root(el).querySelector('svg.wheel')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal(
        'Årshjul for partnerskapet i NAV Solvik: årshjul for 2027',
      );
      expect(svg.querySelectorAll('path.ring')).to.have.length(2);
      expect(svg.querySelectorAll('path.month')).to.have.length(12);
      expect([...svg.querySelectorAll('text.month-label')].map(text)).to.deep.equal([
        'jan',
        'feb',
        'mar',
        'apr',
        'mai',
        'jun',
        'jul',
        'aug',
        'sep',
        'okt',
        'nov',
        'des',
      ]);
      expect(svg.querySelectorAll('path.activity.arc')).to.have.length(3);
      expect(svg.querySelectorAll('circle.activity.marker')).to.have.length(2);
      expect(svg.querySelector('line.today')).to.not.equal(null);
      // March is the current month: emphasised in the wheel and said in text in the list.
      const current = [...svg.querySelectorAll('path.month.current')];
      expect(current).to.have.length(1);
      expect(text(svg.querySelector('text.month-label.current'))).to.equal('mar');
      expect(text(root(el).querySelector('.month-group.current .month-title'))).to.equal(
        'mars (denne måneden)',
      );
      expect(text(root(el).querySelector('.today-text'))).to.equal('I dag: 3. mars');
      // Every activity has a label outside the wheel (a quiet year) or a number.
      const labels = [...svg.querySelectorAll('text.label')].map(text);
      expect(labels).to.include('Partnerskapsmøte (vår)');
      await expect(el).to.be.accessible();
    });

    it('keeps unknown fields through .value and fills in missing activity ids', async () => {
      const doc = SOLVIK();
      delete (doc.activities[2] as { id?: string }).id;
      const el = await wheel(doc);
      const value = el.value!;
      expect(value.owner).to.equal('kept');
      expect(value.rings[1]!.colour).to.equal('kept');
      expect(value.activities[0]!.room).to.equal('kept');
      expect(value.activities[2]!.id).to.equal('hostmote');
      expect(item(el, 'hostmote')).to.not.equal(null);
    });

    it('switches the year; an activity across New Year shows in both years', async () => {
      const el = await wheel();
      expect(items(el).map((b) => b.dataset['id'])).to.deep.equal(['a0', 'a1', 'a2', 'a3', 'a4']);
      item(el, 'a2').click();
      await el.updateComplete;
      expect(root(el).querySelector('.detail')).to.not.equal(null);
      button(el, /Neste år/).click();
      await el.updateComplete;
      expect(el.year).to.equal(2028);
      expect(text(root(el).querySelector('.year'))).to.equal('2028');
      expect(items(el).map((b) => b.dataset['id'])).to.deep.equal(['a4']);
      expect(text(item(el, 'a4'))).to.contain('fortsetter fra året før');
      expect(root(el).querySelector('.detail')).to.equal(null);
      expect(root(el).querySelector('line.today')).to.equal(null);
      expect(root(el).querySelector('path.month.current')).to.equal(null);
      button(el, /Forrige år/).click();
      button(el, /Forrige år/).click();
      await el.updateComplete;
      expect(el.year).to.equal(2026);
      expect(items(el)).to.have.length(0);
      expect(root(el).querySelectorAll('.empty')).to.have.length(12);
    });

    it('shows the partnerskap preset as an example in the page’s language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 1100px">
          <mulighetsrom-annual-wheel
            preset="partnerskap"
            lang="nn"
            .now=${NOW}
          ></mulighetsrom-annual-wheel>
        </div>`,
      );
      const el = wrapper.querySelector('mulighetsrom-annual-wheel')!;
      await el.updateComplete;
      expect(text(root(el).querySelector('.example'))).to.match(/^Døme/);
      expect(el.value!.preset).to.equal('partnerskap');
      expect(el.value!.rings.map((r) => r.label)).to.deep.equal([
        'Partnarskapet',
        'Kommunen',
        'NAV og staten',
        'Kontoret',
      ]);
      expect(items(el).length).to.be.greaterThan(8);
      el.lang = 'en';
      await el.updateComplete;
      await el.updateComplete;
      expect(el.value!.rings[0]!.label).to.equal('The partnership');
      expect(text(root(el).querySelector('.list-title'))).to.equal('Activities month by month');
      await expect(el).to.be.accessible();
    });
  });

  describe('a busy year', () => {
    it('draws 40 activities on 4 rings with no two labels overlapping as rendered', async () => {
      const rings = ['a', 'b', 'c', 'd'];
      const activities = Array.from({ length: 40 }, (_, i) => {
        const start = new Date(Date.UTC(2027, (i * 5) % 12, 1 + ((i * 11) % 27)));
        const length = [0, 3, 10, 21, 45][i % 5]!;
        const end = new Date(start.getTime() + length * 86_400_000);
        return {
          id: `x${i}`,
          ring: rings[i % 4]!,
          title: `Aktivitet nummer ${i + 1} med en lang tittel`,
          start: start.toISOString().slice(0, 10),
          ...(length ? { end: end.toISOString().slice(0, 10) } : {}),
        };
      });
      const el = await wheel({
        year: 2027,
        rings: rings.map((id) => ({ id, label: id.toUpperCase() })),
        activities,
      });
      const svg = root(el).querySelector<SVGSVGElement>('svg.wheel')!;
      expect(svg.querySelectorAll('.activity')).to.have.length(40);
      const boxes = [...svg.querySelectorAll<SVGTextElement>('text.label')].map((t) => t.getBBox());
      expect(boxes.length).to.be.greaterThan(10);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap =
            a.x < b.x + b.width &&
            b.x < a.x + a.width &&
            a.y < b.y + b.height &&
            b.y < a.y + a.height;
          expect(overlap, `label ${i} and ${j}`).to.equal(false);
        }
      // Those without a label are numbered in the legend and in the list.
      const legend = [...root(el).querySelectorAll('.legend li')].map(text);
      const full = svg.querySelectorAll('text.label:not(.numbered)').length;
      expect(full + legend.length).to.equal(40);
      if (legend.length > 0) expect(legend[0]).to.match(/^1\. Aktivitet nummer/);
      await expect(el).to.be.accessible();
    });
  });

  describe('list alternative', () => {
    it('lists every activity by month in time order, with ring and dates in words', async () => {
      const el = await wheel();
      const groups = [...root(el).querySelectorAll('.month-group')];
      expect(groups).to.have.length(12);
      expect(text(groups[0]!.querySelector('.month-title'))).to.equal('januar');
      expect(text(groups[2]!.querySelector('.item-text'))).to.equal(
        'Partnerskapsmøte (vår), Partnerskapet, 16. mars',
      );
      expect(text(groups[2])).to.contain('Modellen for mulighetsrommet som sjekkliste');
      expect(text(groups[10]!.querySelector('.item-text'))).to.equal(
        'Plan, Kommunen, 15. november–20. januar 2028',
      );
      expect(text(groups[3])).to.contain('Ingen aktiviteter');
    });

    it('shows only the list below a container width of 40rem', async () => {
      const el = await wheel(SOLVIK(), { width: '360px' });
      const figure = root(el).querySelector<HTMLElement>('.figure')!;
      expect(getComputedStyle(figure).display).to.equal('none');
      expect(items(el)).to.have.length(5);
      expect(getComputedStyle(root(el).querySelector('.list')!).display).to.not.equal('none');
      await expect(el).to.be.accessible();
      const wide = await wheel();
      expect(getComputedStyle(root(wide).querySelector('.figure')!).display).to.not.equal('none');
    });
  });

  describe('keyboard', () => {
    it('is one Tab stop; arrows go in time order, Page Up/Down by month, Home/End', async () => {
      const el = await wheel();
      expect(
        items(el)
          .filter((b) => b.tabIndex === 0)
          .map((b) => b.dataset['id']),
      ).to.deep.equal(['a0']);
      expect(root(el).querySelector('.activity.focused')).to.equal(null);
      item(el, 'a0').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('a1');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedId(el)).to.equal('a2');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedId(el)).to.equal('a1');
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('a2');
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('a3');
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('a2');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('a4');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('a0');
      expect(items(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
      // The focused activity is marked in the wheel too, only while the list has focus.
      expect(root(el).querySelector('.activity.focused')!.getAttribute('data-activity')).to.equal(
        'a0',
      );
      item(el, 'a0').blur();
      await waitUntil(() => root(el).querySelector('.activity.focused') === null);
    });

    it('selects with Enter, Space or a click: detail panel and mulighetsrom-select', async () => {
      const el = await wheel();
      item(el, 'a2').focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = await oneEvent(el, 'mulighetsrom-select');
      const detail = event.detail as WheelSelectDetail;
      expect(detail.id).to.equal('a2');
      expect(detail.activity!.title).to.equal('Budsjett');
      await el.updateComplete;
      const panel = root(el).querySelector('.detail')!;
      expect(text(panel.querySelector('.detail-title'))).to.equal('Budsjett');
      expect(item(el, 'a2').getAttribute('aria-expanded')).to.equal('true');
      expect(text(item(el, 'a2'))).to.contain('Valgt');
      // Selection is more than a colour: a dashed outline on the arc.
      const arc = root(el).querySelector('.activity.selected')!;
      expect(arc.getAttribute('data-activity')).to.equal('a2');
      expect(getComputedStyle(arc).strokeDasharray).to.not.equal('none');
      item(el, 'a1').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(text(root(el).querySelector('.detail-title'))).to.equal('Partnerskapsmøte (vår)');
      // A click on a shape in the wheel selects too.
      const spy = sinon.spy();
      el.addEventListener('mulighetsrom-select', spy);
      root(el)
        .querySelector<SVGElement>('[data-activity="a3"]')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(spy.lastCall.args[0].detail.id).to.equal('a3');
      // So does a click on an activity's label.
      const label = [...root(el).querySelectorAll<SVGTextElement>('text.label')].find(
        (t) => text(t) === 'Budsjett',
      )!;
      label.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(spy.lastCall.args[0].detail.id).to.equal('a2');
      await expect(el).to.be.accessible();
    });

    it('offers to open the model at a checklist meeting', async () => {
      const el = await wheel();
      item(el, 'a1').click();
      await el.updateComplete;
      const open = root(el).querySelector<HTMLButtonElement>('.open-model')!;
      expect(text(open)).to.equal('Åpne modellen');
      setTimeout(() => open.click());
      const event = await oneEvent(el, 'mulighetsrom-select');
      expect(event.detail).to.deep.include({ id: 'a1', open: 'model' });
      expect(event.detail.activity.checklist).to.equal('model');
      item(el, 'a2').click();
      await el.updateComplete;
      expect(root(el).querySelector('.open-model')).to.equal(null);
      button(el, /^Lukk$/).click();
      await el.updateComplete;
      expect(root(el).querySelector('.detail')).to.equal(null);
      expect(focusedId(el)).to.equal('a2');
    });
  });

  describe('editable', () => {
    it('adds, edits, moves and deletes an activity, each an undo step, announced', async () => {
      const el = await wheel(SOLVIK(), { editable: true });
      const changes = sinon.spy();
      el.addEventListener('mulighetsrom-change', changes);
      const announcer = () => text(root(el).querySelector('.mulighetsrom-announcer'));

      // Add: a new activity today (3 March), selected, its title field focused.
      button(el, /Legg til aktivitet/).click();
      await el.updateComplete;
      expect(el.value!.activities).to.have.length(6);
      const added = el.value!.activities[5]!;
      expect(added).to.deep.include({
        title: 'Ny aktivitet',
        start: '2027-03-03',
        ring: 'partnerskap',
      });
      expect(announcer()).to.equal('Aktivitet lagt til: Ny aktivitet');
      expect((root(el).activeElement as HTMLInputElement).name).to.equal('title');

      // Edit: a new title and note.
      const form = () => root(el).querySelector<HTMLFormElement>('.detail form')!;
      const input = (name: string) => form().elements.namedItem(name) as HTMLInputElement;
      input('title').value = 'Lederavtale';
      input('note').value = 'Gjennomgang';
      form().requestSubmit();
      await el.updateComplete;
      expect(el.value!.activities[5]).to.deep.include({
        title: 'Lederavtale',
        note: 'Gjennomgang',
      });
      expect(announcer()).to.equal('Aktivitet endret: Lederavtale');

      // Move: a new start (the length kept) and another ring.
      item(el, 'a2').click();
      await el.updateComplete;
      input('start').value = '2027-10-01';
      (form().elements.namedItem('ring') as HTMLSelectElement).value = 'partnerskap';
      form().requestSubmit();
      await el.updateComplete;
      expect(el.value!.activities[1]).to.deep.include({
        start: '2027-10-01',
        end: '2028-01-14',
        ring: 'partnerskap',
      });
      expect(announcer()).to.equal(
        'Aktivitet flyttet: Budsjett, 1. oktober–14. januar 2028, Partnerskapet',
      );

      // A half-filled form does not follow to another activity.
      input('note').value = 'ikke lagret';
      item(el, 'a1').click();
      await el.updateComplete;
      expect(input('note').value).to.equal('Modellen som sjekkliste');
      item(el, 'a2').click();
      await el.updateComplete;
      expect(input('note').value).to.equal('');

      // Bad dates: said in the form, nothing changes.
      input('end').value = '2027-01-01';
      form().requestSubmit();
      await el.updateComplete;
      expect(text(form().querySelector('.form-error'))).to.match(/ÅÅÅÅ-MM-DD/);
      expect(el.value!.activities[1]!.end).to.equal('2028-01-14');

      // Delete.
      button(el, /Slett aktiviteten/).click();
      await el.updateComplete;
      expect(el.value!.activities.map((a) => a.id)).to.not.include('a2');
      expect(announcer()).to.equal('Aktivitet slettet: Budsjett');
      expect(changes.callCount).to.equal(4);

      // Undo, step by step, back to the start; redo.
      const undo = button(el, /^Angre$/);
      undo.click();
      await el.updateComplete;
      expect(el.value!.activities[1]!.start).to.equal('2027-10-01');
      expect(announcer()).to.match(/^Angret: Aktivitet slettet: Budsjett/);
      undo.click();
      undo.click();
      undo.click();
      await el.updateComplete;
      expect(el.value).to.deep.equal(SOLVIK());
      button(el, /^Gjør om$/).click();
      await el.updateComplete;
      expect(el.value!.activities).to.have.length(6);
      expect(changes.callCount).to.equal(9);
      await expect(el).to.be.accessible();
    });

    it('saves an activity whose link is not a URL (the issue’s «…»), and shows a URL as a link', async () => {
      const doc = SOLVIK();
      doc.activities[0]!.link = '…';
      doc.activities[1]!.link = 'https://example.org/budsjett';
      const el = await wheel(doc, { editable: true });
      item(el, 'a1').click();
      await el.updateComplete;
      const form = root(el).querySelector<HTMLFormElement>('.detail form')!;
      (form.elements.namedItem('title') as HTMLInputElement).value = 'Vårmøte';
      form.requestSubmit();
      await el.updateComplete;
      expect(el.value!.activities[0]).to.deep.include({ title: 'Vårmøte', link: '…' });
      expect(root(el).querySelector('.detail a')).to.equal(null);
      item(el, 'a2').click();
      await el.updateComplete;
      expect(root(el).querySelector('.detail a')!.getAttribute('href')).to.equal(
        'https://example.org/budsjett',
      );
    });

    it('moves an activity a week with Alt+arrows in the list, focus kept, undoable', async () => {
      const el = await wheel(SOLVIK(), { editable: true });
      expect(text(root(el).querySelector('.help'))).to.contain('Alt+pil opp eller ned');
      item(el, 'a1').focus();
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ up: 'Alt' });
      await el.updateComplete;
      expect(el.value!.activities[0]!.start).to.equal('2027-03-23');
      expect(focusedId(el)).to.equal('a1');
      expect(text(root(el).querySelector('.mulighetsrom-announcer'))).to.equal(
        'Aktivitet flyttet: Partnerskapsmøte (vår), 23. mars, Partnerskapet',
      );
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ up: 'Alt' });
      await el.updateComplete;
      expect(el.value!.activities[0]!.start).to.equal('2027-03-09');
      // Across New Year the wheel follows the activity into the next year.
      item(el, 'a4').focus();
      for (let i = 0; i < 8; i++) {
        await sendKeys({ down: 'Alt' });
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ up: 'Alt' });
      }
      await el.updateComplete;
      expect(el.value!.activities[3]!.start).to.equal('2028-01-10');
      expect(el.year).to.equal(2028);
      expect(focusedId(el)).to.equal('a4');
      button(el, /^Angre$/).click();
      await el.updateComplete;
      expect(el.value!.activities[3]!.start).to.equal('2028-01-03');
      // Read-only: Alt+arrows move nothing.
      const readonly = await wheel();
      item(readonly, 'a1').focus();
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ up: 'Alt' });
      expect(readonly.value).to.deep.equal(SOLVIK());
    });

    it('adds, renames, reorders (move menu) and removes rings, undoable', async () => {
      const el = await wheel(SOLVIK(), { editable: true });
      const rings = () => el.value!.rings.map((r) => r.label);
      const addForm = root(el).querySelector<HTMLFormElement>('.rings form.add')!;
      addForm.querySelector('input')!.value = 'Kontoret';
      addForm.requestSubmit();
      await el.updateComplete;
      expect(rings()).to.deep.equal(['Partnerskapet', 'Kommunen', 'Kontoret']);
      expect(root(el).querySelectorAll('path.ring')).to.have.length(3);

      const rename = root(el).querySelector<HTMLInputElement>('.rings li:nth-child(2) input')!;
      rename.value = 'Kommunen og fylket';
      rename.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(rings()[1]).to.equal('Kommunen og fylket');

      // The kit's move menu: the third ring first.
      root(el).querySelector<HTMLButtonElement>('.rings li:nth-child(3) .move-handle')!.click();
      await el.updateComplete;
      const first = [...root(el).querySelectorAll<HTMLElement>('[role="menuitem"]')].find((i) =>
        /først|first|øverst/i.test(text(i)),
      )!;
      first.click();
      await el.updateComplete;
      expect(rings()).to.deep.equal(['Kontoret', 'Partnerskapet', 'Kommunen og fylket']);

      button(el, /Fjern Partnerskapet/).click();
      await el.updateComplete;
      expect(rings()).to.deep.equal(['Kontoret', 'Kommunen og fylket']);
      expect(el.value!.activities.some((a) => a.ring === 'partnerskap')).to.equal(false);

      const undo = button(el, /^Angre$/);
      for (let i = 0; i < 4; i++) undo.click();
      await el.updateComplete;
      expect(el.value).to.deep.equal(SOLVIK());
      await expect(el).to.be.accessible();
    });
  });

  describe('invalid data', () => {
    it('shows a localized alert, dispatches mulighetsrom-error and keeps the last good state', async () => {
      const el = await wheel();
      const spy = sinon.spy();
      el.addEventListener('mulighetsrom-error', spy);
      el.data = {
        rings: [{ id: 'r', label: 'R' }],
        activities: [{ id: 'x', ring: 'nope', title: 'X', start: '2027-02-30' }],
      };
      await waitUntil(() => root(el).querySelector('[role="alert"]'));
      await el.updateComplete;
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(text(alert)).to.contain('Ringen «nope» finnes ikke');
      expect(text(alert)).to.contain('ÅÅÅÅ-MM-DD');
      expect(spy.callCount).to.equal(1);
      expect(spy.firstCall.args[0].detail.errors.length).to.equal(2);
      expect(el.value).to.deep.equal(SOLVIK());
      expect(items(el)).to.have.length(5);
      el.lang = 'en';
      await el.updateComplete;
      await el.updateComplete;
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain(
        'The ring “nope” does not exist',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('languages', () => {
    for (const [lang, heading, month] of [
      ['nb', 'Aktiviteter måned for måned', 'januar'],
      ['nn', 'Aktivitetar månad for månad', 'januar'],
      ['en', 'Activities month by month', 'January'],
    ] as const) {
      it(`speaks ${lang}`, async () => {
        const el = await wheel(SOLVIK(), { lang, editable: true, toolbar: true });
        expect(text(root(el).querySelector('.list-title'))).to.equal(heading);
        expect(text(root(el).querySelector('.month-title'))).to.equal(month);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('export and print', () => {
    it('writes an .ics file with the clock’s stamp, an SVG from the same template, a PNG', async () => {
      const el = await wheel(SOLVIK(), { toolbar: true });
      const ics = el.exportICS();
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
      expect(ics).to.contain('DTSTART;VALUE=DATE:20270316\r\n');
      expect(ics).to.contain('DTEND;VALUE=DATE:20270317\r\n');
      expect(ics).to.contain(`DTSTAMP:${NOW().toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`);
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(5);

      const file = await el.exportSVG();
      const doc = new DOMParser().parseFromString(file, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.querySelector('title')!.textContent).to.equal(
        'Årshjul for partnerskapet i NAV Solvik: årshjul for 2027',
      );
      expect(doc.querySelectorAll('path.month')).to.have.length(12);
      expect(doc.querySelectorAll('.activity')).to.have.length(5);
      expect(doc.querySelector('style')!.textContent).to.contain('.activity');
      expect(file).to.not.contain('<!--');
      expect(file).to.not.contain('var(');
      expect(doc.querySelector('.poster-title')!.textContent).to.equal(
        'Årshjul for partnerskapet i NAV Solvik',
      );
      const png = await el.exportPNG({ scale: 1 });
      expect(png.type).to.equal('image/png');
      expect(png.size).to.be.greaterThan(1000);
    });

    it('offers the .ics, SVG and PNG files from the toolbar, named by the title', async () => {
      const el = await wheel(SOLVIK(), { toolbar: true });
      const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
      const created = sinon.spy(URL, 'createObjectURL');
      try {
        for (const [label, name, type] of [
          [/kalender \(\.ics\)/, 'Årshjul-for-partnerskapet-i-NAV-Solvik.ics', 'text/calendar'],
          [/Last ned SVG/, 'Årshjul-for-partnerskapet-i-NAV-Solvik.svg', 'image/svg+xml'],
          [/Last ned PNG/, 'Årshjul-for-partnerskapet-i-NAV-Solvik.png', 'image/png'],
        ] as const) {
          const before = click.callCount;
          button(el, label).click();
          await waitUntil(() => click.callCount > before, `${name} offered`, { timeout: 5000 });
          expect((click.lastCall.thisValue as HTMLAnchorElement).download).to.equal(name);
          const blob = created.lastCall.args[0] as Blob;
          expect(blob.type.startsWith(type)).to.equal(true);
        }
        const ics = await created
          .getCalls()
          .map((c) => c.args[0] as Blob)
          .find((b) => b.type.startsWith('text/calendar'))!
          .text();
        expect(ics).to.contain('SUMMARY:Partnerskapsmøte (vår)');
      } finally {
        click.restore();
        created.restore();
      }
    });

    it('prints as an A3 poster (a page rule only while printing)', async () => {
      const el = await wheel(SOLVIK(), { toolbar: true });
      let rule = '';
      const stub = sinon.stub(window, 'print').callsFake(() => {
        rule = document.adoptedStyleSheets
          .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
          .join(' ');
      });
      try {
        button(el, /Skriv ut/).click();
        expect(stub.callCount).to.equal(1);
        expect(rule).to.match(/@page \{ size: a3( portrait)?; \}/i);
        await new Promise((resolve) => setTimeout(resolve, 10));
        const after = document.adoptedStyleSheets
          .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
          .join(' ');
        expect(after).to.not.match(/a3/i);
      } finally {
        stub.restore();
      }
    });
  });
});
