// The note-board engine, tested through <mulighetsrom-swot> and <mulighetsrom-assessment-cross>
// (the portfolio and the situation board's area have their own files).
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { Lang, SwotDocument } from '@mulighetsrom/core';
import '../swot/mulighetsrom-swot.js';
import '../assessment-cross/mulighetsrom-assessment-cross.js';
import type { MulighetsromSwot } from '../swot/swot.component.js';
import type { MulighetsromAssessmentCross } from '../assessment-cross/assessment-cross.component.js';

const SWOT: SwotDocument = {
  title: 'Flyktningtjenesten',
  subject: 'Flyktningtjenesten',
  strengths: [
    { id: 'n1', text: 'Kort vei til bolig', votes: 2, author: 'Kari', color: 'yellow' },
    { id: 'n2', text: 'Felles mottak' },
  ],
  weaknesses: [{ id: 'n3', text: 'Lite tid til oppfølging' }],
  opportunities: [],
  threats: [{ id: 'n4', text: 'Kutt i tilskudd', extra: { kept: true } }],
  own: 'field',
};

interface Options {
  lang?: Lang;
  editable?: boolean;
  voteLimit?: number;
  roomMode?: boolean;
  silent?: boolean;
  toolbar?: boolean;
}

const swot = (doc: unknown = SWOT, o: Options = {}) =>
  fixture<MulighetsromSwot>(
    html`<mulighetsrom-swot
      .data=${structuredClone(doc)}
      lang=${o.lang ?? 'nb'}
      ?editable=${o.editable ?? false}
      vote-limit=${o.voteLimit ?? 0}
      ?room-mode=${o.roomMode ?? false}
      ?silent=${o.silent ?? false}
      ?toolbar=${o.toolbar ?? false}
    ></mulighetsrom-swot>`,
  );

const root = (el: Element) => el.shadowRoot!;
const doc = (el: MulighetsromSwot) => el.value as SwotDocument;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const column = (el: Element, id: string) =>
  root(el).querySelector<HTMLElement>(`div.column[data-column="${id}"]`)!;
const noteTexts = (el: Element, id: string) =>
  [...column(el, id).querySelectorAll('.note-body .text')].map(text);
const body = (el: Element, text: string) =>
  [...root(el).querySelectorAll<HTMLElement>('.note-body')].find(
    (b) => b.querySelector('.text')?.textContent === text,
  )!;
const liOf = (el: Element, t: string) => body(el, t).closest('li')!;
const announced = (el: Element) => text(root(el).querySelector('.mulighetsrom-announcer'));
const focusedKey = (el: Element) => (root(el).activeElement as HTMLElement | null)?.dataset['key'];
const button = (scope: ParentNode, label: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.getAttribute('aria-label') === label || text(b) === label,
  )!;

describe('note board engine (<mulighetsrom-swot>)', () => {
  afterEach(() => sinon.restore());

  it('read-only: headings with counts, guiding questions, lists, author and colour in text', async () => {
    const el = await swot();
    const headings = [...root(el).querySelectorAll('h3')].map(text);
    expect(headings).to.deep.equal([
      'Styrker (2 lapper)',
      'Svakheter (1 lapp)',
      'Muligheter (0 lapper)',
      'Trusler (1 lapp)',
    ]);
    expect(text(root(el).querySelector('h2'))).to.equal('Flyktningtjenesten');
    expect(text(column(el, 'strengths').querySelector('.question'))).to.equal(
      'Hva gjør tjenesten godt i NAV-kontoret i dag?',
    );
    expect(column(el, 'strengths').querySelectorAll('ul > li')).to.have.length(2);
    const meta = text(liOf(el, 'Kort vei til bolig').querySelector('.meta'));
    expect(meta).to.equal('Skrevet av Kari · Farge: gul · 2 stemmer');
    expect(liOf(el, 'Kort vei til bolig').className).to.contain('color-yellow');
    // Empty quadrant: its question and the empty state.
    expect(text(column(el, 'opportunities').querySelector('.empty'))).to.equal(
      'Ingen lapper ennå.',
    );
    expect(root(el).querySelector('form')).to.equal(null);
    expect(root(el).querySelector('.move-handle')).to.equal(null);
    expect(el.value).to.deep.equal(SWOT);
    await expect(el).to.be.accessible();
  });

  it('roving focus: one Tab stop; arrows move between notes and columns', async () => {
    const el = await swot();
    const stops = [...root(el).querySelectorAll('.note-body')].filter(
      (b) => b.getAttribute('tabindex') === '0',
    );
    expect(stops).to.have.length(1);
    body(el, 'Kort vei til bolig').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('0/n2');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('0/n3');
    // Opportunities is empty: right goes on to the threats.
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('0/n4');
  });

  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`${lang}: headings and questions in the language`, async () => {
      const el = await swot({}, { lang });
      const expected = {
        nb: ['Styrker', 'Svakheter', 'Muligheter', 'Trusler'],
        nn: ['Styrkar', 'Svakheiter', 'Moglegheiter', 'Truslar'],
        en: ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'],
      }[lang];
      const headings = [...root(el).querySelectorAll('h3')].map((h) => text(h).split(' (')[0]);
      expect(headings).to.deep.equal(expected);
      expect(text(root(el).querySelector('.empty'))).to.equal(
        { nb: 'Ingen lapper ennå.', nn: 'Ingen lappar enno.', en: 'No notes yet.' }[lang],
      );
      await expect(el).to.be.accessible();
    });
  }

  it('invalid data: role=alert, mulighetsrom-error, the last good state stays', async () => {
    const el = await swot();
    const error = oneEvent(el, 'mulighetsrom-error');
    el.data = { strengths: [{ id: 'x', text: 3 }] };
    const event = await error;
    expect(event.detail.errors[0]!.path).to.equal('$.strengths[0].text');
    await el.updateComplete;
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('$.strengths[0].text');
    expect(noteTexts(el, 'strengths')).to.deep.equal(['Kort vei til bolig', 'Felles mottak']);
    expect(el.value).to.deep.equal(SWOT);
    await expect(el).to.be.accessible();
  });

  it('invalid data in English names the duplicate note', async () => {
    const el = await swot(
      { strengths: [{ id: 'a', text: 'x' }], threats: [{ id: 'a', text: 'y' }] },
      { lang: 'en' },
    );
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain(
      'The note “a” appears more than once.',
    );
  });

  it('gives notes without an id one, kept in .value', async () => {
    const el = await swot({ strengths: [{ text: 'Uten id' }] });
    expect(el.value).to.deep.equal({ strengths: [{ id: 'n1', text: 'Uten id' }] });
  });
});

describe('editing', () => {
  afterEach(() => sinon.restore());

  it('adds a note by keyboard (Enter in the field), announced by its text; undo takes it away', async () => {
    const el = await swot(SWOT, { editable: true });
    await el.updateComplete;
    const input = column(el, 'opportunities').querySelector<HTMLInputElement>(
      'form.add input[name="text"]',
    )!;
    input.focus();
    const change = oneEvent(el, 'mulighetsrom-change');
    await sendKeys({ type: 'Samlokalisering' });
    await sendKeys({ press: 'Enter' });
    const event = await change;
    expect(event.detail.value!.opportunities).to.deep.equal([
      { id: 'n5', text: 'Samlokalisering' },
    ]);
    await el.updateComplete;
    expect(noteTexts(el, 'opportunities')).to.deep.equal(['Samlokalisering']);
    expect(announced(el)).to.equal('«Samlokalisering» lagt til under «Muligheter»');
    expect(input.value).to.equal('');
    expect(root(el).activeElement).to.equal(input);
    await waitUntil(() => button(root(el), 'Angre'));
    button(root(el), 'Angre').click();
    await el.updateComplete;
    expect(noteTexts(el, 'opportunities')).to.deep.equal([]);
    expect(el.value).to.deep.equal(SWOT);
    await expect(el).to.be.accessible();
  });

  it('adds a note with author and colour by mouse', async () => {
    const el = await swot(SWOT, { editable: true });
    const form = column(el, 'threats').querySelector<HTMLFormElement>('form.add')!;
    form.querySelector<HTMLInputElement>('input[name="text"]')!.value = 'Ny lov';
    form.querySelector<HTMLInputElement>('input[name="author"]')!.value = 'Per';
    form.querySelector<HTMLSelectElement>('select')!.value = 'blue';
    button(form, 'Legg til').click();
    await el.updateComplete;
    expect(doc(el).threats![1]).to.deep.equal({
      id: 'n5',
      text: 'Ny lov',
      author: 'Per',
      color: 'blue',
    });
    expect(text(liOf(el, 'Ny lov').querySelector('.meta'))).to.equal('Skrevet av Per · Farge: blå');
  });

  it('edits in place by keyboard (Enter, type, Enter) and cancels with Escape', async () => {
    const el = await swot(SWOT, { editable: true });
    body(el, 'Felles mottak').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const area = root(el).querySelector<HTMLTextAreaElement>('.editor textarea')!;
    expect(root(el).activeElement).to.equal(area);
    area.select();
    await sendKeys({ type: 'Felles mottak og kartlegging' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(noteTexts(el, 'strengths')[1]).to.equal('Felles mottak og kartlegging');
    expect(announced(el)).to.equal('Lappen heter nå «Felles mottak og kartlegging»');
    expect(focusedKey(el)).to.equal('0/n2');
    // Escape leaves the text as it was.
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    await sendKeys({ type: 'xxx' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('.editor')).to.equal(null);
    expect(noteTexts(el, 'strengths')[1]).to.equal('Felles mottak og kartlegging');
    await sendKeys({ press: 'Control+z' });
    await el.updateComplete;
    expect(noteTexts(el, 'strengths')[1]).to.equal('Felles mottak');
  });

  it('edits by mouse: the edit button, new colour, save', async () => {
    const el = await swot(SWOT, { editable: true });
    button(liOf(el, 'Kort vei til bolig'), 'Rediger «Kort vei til bolig»').click();
    await el.updateComplete;
    const form = root(el).querySelector<HTMLFormElement>('.editor')!;
    form.querySelector('select')!.value = '';
    form.querySelector<HTMLInputElement>('input[name="author"]')!.value = '';
    button(form, 'Lagre').click();
    await el.updateComplete;
    expect(doc(el).strengths![0]).to.deep.equal({ id: 'n1', text: 'Kort vei til bolig', votes: 2 });
  });

  it('deletes by the Delete key and by the button; focus goes to the neighbour; undo', async () => {
    const el = await swot(SWOT, { editable: true });
    body(el, 'Kort vei til bolig').focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(noteTexts(el, 'strengths')).to.deep.equal(['Felles mottak']);
    expect(announced(el)).to.equal('«Kort vei til bolig» slettet');
    await waitUntil(() => focusedKey(el) === '0/n2');
    button(liOf(el, 'Lite tid til oppfølging'), 'Slett «Lite tid til oppfølging»').click();
    await el.updateComplete;
    expect(noteTexts(el, 'weaknesses')).to.deep.equal([]);
    await waitUntil(() => root(el).activeElement?.matches('form.add input'));
    await sendKeys({ press: 'Escape' });
    body(el, 'Felles mottak').focus();
    await sendKeys({ press: 'Control+z' });
    await sendKeys({ press: 'Control+z' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(SWOT);
  });

  it('editable and voting: only the current note’s buttons are Tab stops', async () => {
    const el = await swot(SWOT, { editable: true, voteLimit: 2 });
    const tabbable = (li: Element) =>
      [...li.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.tabIndex === 0);
    // The first note is current: its handle, vote, edit and delete buttons; no other note's.
    expect(tabbable(liOf(el, 'Kort vei til bolig')).length).to.be.at.least(4);
    expect(tabbable(liOf(el, 'Felles mottak'))).to.have.length(0);
    expect(tabbable(liOf(el, 'Kutt i tilskudd'))).to.have.length(0);
    body(el, 'Kort vei til bolig').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // Arrowed on: the buttons follow the current note, and Tab reaches them from it.
    expect(tabbable(liOf(el, 'Kort vei til bolig'))).to.have.length(0);
    const own = tabbable(liOf(el, 'Felles mottak'));
    expect(own.length).to.be.at.least(4);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(own[0]);
    // Every button is still there for a screen reader's list of buttons, each named.
    const all = [...root(el).querySelectorAll<HTMLButtonElement>('.note button')];
    expect(all.every((b) => (b.getAttribute('aria-label') ?? text(b)) !== '')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('moves with Alt+Arrow: focus stays on the moved note; only the two columns change', async () => {
    const el = await swot(SWOT, { editable: true });
    const weaknessLi = liOf(el, 'Lite tid til oppfølging');
    body(el, 'Kort vei til bolig').focus();
    await sendKeys({ press: 'Alt+ArrowDown' });
    await el.updateComplete;
    expect(noteTexts(el, 'strengths')).to.deep.equal(['Felles mottak', 'Kort vei til bolig']);
    expect(announced(el)).to.equal('«Kort vei til bolig» flyttet til plass 2 av 2');
    expect(focusedKey(el)).to.equal('0/n1');
    await sendKeys({ press: 'Alt+ArrowRight' });
    await el.updateComplete;
    expect(noteTexts(el, 'weaknesses')).to.deep.equal([
      'Lite tid til oppfølging',
      'Kort vei til bolig',
    ]);
    expect(announced(el)).to.equal('«Kort vei til bolig» flyttet til «Svakheter», plass 2 av 2');
    expect(focusedKey(el)).to.equal('0/n1');
    // The untouched note's element is the same one (keyed), and the threats did not change.
    expect(liOf(el, 'Lite tid til oppfølging')).to.equal(weaknessLi);
    expect(doc(el).threats).to.deep.equal(SWOT.threats);
    await sendKeys({ press: 'Control+z' });
    await sendKeys({ press: 'Control+z' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(SWOT);
  });

  it('moves by the move menu to another quadrant; focus on the moved note’s handle', async () => {
    const el = await swot(SWOT, { editable: true });
    const handle = button(liOf(el, 'Felles mottak'), 'Flytt «Felles mottak»');
    handle.click();
    await el.updateComplete;
    const menu = root(el).querySelector('[role="menu"]')!;
    const items = [...menu.querySelectorAll('[role="menuitem"]')].map(text);
    expect(items).to.deep.equal([
      'Opp ett trinn',
      'Til «Svakheter»',
      'Til «Muligheter»',
      'Til «Trusler»',
    ]);
    button(menu, 'Til «Muligheter»').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(noteTexts(el, 'opportunities')).to.deep.equal(['Felles mottak']);
    expect(announced(el)).to.equal('«Felles mottak» flyttet til «Muligheter», plass 1 av 1');
    await waitUntil(() => root(el).activeElement?.classList.contains('move-handle'));
    expect(root(el).activeElement!.closest('li')!.dataset['key']).to.equal('0/n2');
  });

  it('moves by drag and drop (native events)', async () => {
    const el = await swot(SWOT, { editable: true });
    const from = liOf(el, 'Kut i tilskudd'.replace('Kut', 'Kutt'));
    const target = liOf(el, 'Kort vei til bolig');
    const data = new DataTransfer();
    from.dispatchEvent(
      new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: data }),
    );
    const box = target.getBoundingClientRect();
    target.dispatchEvent(
      new DragEvent('dragover', {
        bubbles: true,
        composed: true,
        cancelable: true,
        dataTransfer: data,
        clientY: box.top + 2,
      }),
    );
    await el.updateComplete;
    expect(column(el, 'strengths').className).to.contain('drop');
    target.dispatchEvent(
      new DragEvent('drop', {
        bubbles: true,
        composed: true,
        cancelable: true,
        dataTransfer: data,
      }),
    );
    await el.updateComplete;
    expect(noteTexts(el, 'strengths')).to.deep.equal([
      'Kutt i tilskudd',
      'Kort vei til bolig',
      'Felles mottak',
    ]);
    expect(noteTexts(el, 'threats')).to.deep.equal([]);
    expect(doc(el).strengths![0]!.extra).to.deep.equal({ kept: true });
    expect(column(el, 'strengths').className).to.not.contain('drop');
    await waitUntil(() => focusedKey(el) === '0/n4');
  });

  it('moves by the move menu with the keyboard only (Enter, arrows, Enter); undo puts it back', async () => {
    const el = await swot(SWOT, { editable: true });
    const handle = button(liOf(el, 'Kort vei til bolig'), 'Flytt «Kort vei til bolig»');
    handle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement?.getAttribute('role') === 'menuitem');
    expect(text(root(el).activeElement)).to.equal('Ned ett trinn');
    await sendKeys({ press: 'ArrowDown' });
    expect(text(root(el).activeElement)).to.equal('Til «Svakheter»');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(noteTexts(el, 'weaknesses')).to.deep.equal([
      'Lite tid til oppfølging',
      'Kort vei til bolig',
    ]);
    expect(announced(el)).to.equal('«Kort vei til bolig» flyttet til «Svakheter», plass 2 av 2');
    await waitUntil(() => root(el).activeElement?.classList.contains('move-handle'));
    await sendKeys({ press: 'Control+z' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(SWOT);
    expect(announced(el)).to.contain('Angret');
  });

  it('a move changes the DOM of the two columns involved only', async () => {
    const el = await swot(SWOT, { editable: true });
    const changed = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const target =
          record.target instanceof Element ? record.target : record.target.parentElement;
        const col = target?.closest('div.column') as HTMLElement | null;
        changed.add(col?.dataset['column'] ?? 'outside');
      }
    });
    for (const id of ['strengths', 'weaknesses', 'opportunities', 'threats'])
      observer.observe(column(el, id), {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    body(el, 'Felles mottak').focus();
    await el.updateComplete;
    observer.takeRecords();
    changed.clear();
    await sendKeys({ press: 'Alt+ArrowRight' });
    await el.updateComplete;
    for (const record of observer.takeRecords()) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      changed.add(
        (target?.closest('div.column') as HTMLElement | null)?.dataset['column'] ?? 'outside',
      );
    }
    observer.disconnect();
    expect(noteTexts(el, 'weaknesses')).to.include('Felles mottak');
    expect([...changed].sort()).to.deep.equal(['strengths', 'weaknesses']);
  });

  it('the editor open is accessible, and a drag move is undoable', async () => {
    const el = await swot(SWOT, { editable: true });
    button(liOf(el, 'Felles mottak'), 'Rediger «Felles mottak»').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    button(root(el).querySelector('.editor')!, 'Avbryt').click();
    await el.updateComplete;
    const from = liOf(el, 'Felles mottak');
    const data = new DataTransfer();
    from.dispatchEvent(
      new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: data }),
    );
    const threats = column(el, 'threats');
    threats.dispatchEvent(
      new DragEvent('dragover', {
        bubbles: true,
        composed: true,
        cancelable: true,
        dataTransfer: data,
      }),
    );
    threats.dispatchEvent(
      new DragEvent('drop', {
        bubbles: true,
        composed: true,
        cancelable: true,
        dataTransfer: data,
      }),
    );
    await el.updateComplete;
    expect(noteTexts(el, 'threats')).to.deep.equal(['Kutt i tilskudd', 'Felles mottak']);
    await waitUntil(() => focusedKey(el) === '0/n2');
    await sendKeys({ press: 'Control+z' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(SWOT);
  });

  it('edits the header fields (title, subject) as undo steps', async () => {
    const el = await swot(SWOT, { editable: true });
    const subject = [...root(el).querySelectorAll<HTMLInputElement>('.fields input')][1]!;
    subject.value = 'Rus';
    subject.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(doc(el).subject).to.equal('Rus');
    expect(announced(el)).to.equal('Tjeneste som vurderes endret');
    await expect(el).to.be.accessible();
  });
});

describe('dot voting', () => {
  it('personal votes with a limit, take back, sort by votes', async () => {
    const el = await swot(SWOT, { voteLimit: 2 });
    expect(text(root(el).querySelector('.status'))).to.equal('Du har 2 av 2 stemmer igjen.');
    const vote = (t: string) => button(liOf(el, t), `Stem på «${t}»`);
    vote('Felles mottak').click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Stemme på «Felles mottak»: 1 i alt');
    vote('Lite tid til oppfølging').click();
    await el.updateComplete;
    expect(text(root(el).querySelector('.status'))).to.contain('brukt alle 2');
    expect(vote('Kutt i tilskudd').getAttribute('aria-disabled')).to.equal('true');
    vote('Kutt i tilskudd').click();
    await el.updateComplete;
    expect(announced(el)).to.contain('Du har brukt alle 2 stemmene dine');
    expect(doc(el).threats![0]!.votes).to.equal(undefined);
    // Take back, then vote elsewhere.
    expect(liOf(el, 'Kutt i tilskudd').querySelector('[data-action="take-back"]')).to.equal(null);
    button(
      liOf(el, 'Lite tid til oppfølging'),
      'Ta tilbake stemmen på «Lite tid til oppfølging»',
    ).click();
    await el.updateComplete;
    expect(doc(el).weaknesses![0]!.votes).to.equal(undefined);
    expect(announced(el)).to.equal('Stemme tatt tilbake fra «Lite tid til oppfølging»: 0 i alt');
    vote('Felles mottak').click();
    await el.updateComplete;
    expect(doc(el).strengths![1]!.votes).to.equal(2);
    // Undo gives the vote back to the person too.
    body(el, 'Felles mottak').focus();
    await sendKeys({ press: 'Control+z' });
    await el.updateComplete;
    expect(text(root(el).querySelector('.status'))).to.equal('Du har 1 av 2 stemmer igjen.');
    vote('Kutt i tilskudd').click();
    await el.updateComplete;
    expect(doc(el).threats![0]!.votes).to.equal(1);
    button(root(el), 'Sorter etter stemmer').click();
    await el.updateComplete;
    expect(noteTexts(el, 'strengths')).to.deep.equal(['Kort vei til bolig', 'Felles mottak']);
    el.value = {
      strengths: [
        { id: 'a', text: 'a', votes: 1 },
        { id: 'b', text: 'b', votes: 3 },
      ],
    };
    await el.updateComplete;
    button(root(el), 'Sorter etter stemmer').click();
    await el.updateComplete;
    expect(noteTexts(el, 'strengths')).to.deep.equal(['b', 'a']);
    await expect(el).to.be.accessible();
  });

  it('vote-limit 0: no voting at all', async () => {
    const el = await swot(SWOT);
    expect(root(el).querySelector('[data-action="vote"]')).to.equal(null);
    expect(root(el).querySelector('.status')).to.equal(null);
  });

  it('room mode: + for every raised hand, − to correct, no per-person limit', async () => {
    const el = await swot(SWOT, { voteLimit: 1, roomMode: true });
    expect(text(root(el).querySelector('.help'))).to.contain('Rommodus');
    const add = button(liOf(el, 'Felles mottak'), 'Én stemme til på «Felles mottak»');
    for (let i = 0; i < 5; i++) add.click();
    await el.updateComplete;
    expect(doc(el).strengths![1]!.votes).to.equal(5);
    button(liOf(el, 'Felles mottak'), 'Én stemme mindre på «Felles mottak»').click();
    await el.updateComplete;
    expect(doc(el).strengths![1]!.votes).to.equal(4);
    expect(text(liOf(el, 'Felles mottak').querySelector('.meta'))).to.equal('4 stemmer');
    const none = button(liOf(el, 'Kutt i tilskudd'), 'Én stemme mindre på «Kutt i tilskudd»');
    expect(none.getAttribute('aria-disabled')).to.equal('true');
    none.click();
    await el.updateComplete;
    expect(doc(el).threats![0]!.votes).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('silent brainstorm', () => {
  const HIDDEN: SwotDocument = {
    strengths: [
      { id: 'a', text: 'Hemmelig', hidden: true },
      { id: 'b', text: 'Også hemmelig', hidden: true },
      { id: 'c', text: 'Synlig' },
    ],
  };

  it('hidden notes show no text, a count per column; the facilitator reveals them', async () => {
    const el = await swot(HIDDEN, { toolbar: true });
    expect(root(el).textContent).to.not.contain('Hemmelig');
    expect(text(column(el, 'strengths').querySelector('.hidden-count'))).to.equal(
      '2 skjulte lapper',
    );
    expect(root(el).querySelectorAll('.note.is-hidden .blur')).to.have.length(2);
    await expect(el).to.be.accessible();
    button(root(el), 'Vis alle lappene').click();
    await el.updateComplete;
    expect(noteTexts(el, 'strengths')).to.deep.equal(['Hemmelig', 'Også hemmelig', 'Synlig']);
    expect(announced(el)).to.equal('Alle lappene vises');
    expect(column(el, 'strengths').querySelector('.hidden-count')).to.equal(null);
    button(root(el), 'Skjul alle lappene').click();
    await el.updateComplete;
    expect(doc(el).strengths!.every((n) => n.hidden)).to.equal(true);
  });

  it('silent: notes added are hidden, announced without their text', async () => {
    const el = await swot({}, { editable: true, silent: true });
    const form = column(el, 'strengths').querySelector<HTMLFormElement>('form.add')!;
    form.querySelector<HTMLInputElement>('input[name="text"]')!.value = 'Min idé';
    form.requestSubmit();
    await el.updateComplete;
    expect(doc(el).strengths).to.deep.equal([{ id: 'n1', text: 'Min idé', hidden: true }]);
    expect(announced(el)).to.equal('«Skjult lapp» lagt til under «Styrker»');
    expect(root(el).textContent).to.not.contain('Min idé');
    expect(button(liOf(el, 'Skjult lapp'), 'Flytt «Skjult lapp»')).to.not.equal(undefined);
  });
});

describe('form association', () => {
  it('submits the JSON value under its name; required works like a native field', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <mulighetsrom-assessment-cross
          name="kryss"
          required
          editable
          lang="nb"
          .data=${{ office: 'NAV Arendal' }}
        ></mulighetsrom-assessment-cross>
      </form>`,
    );
    const el = form.querySelector<MulighetsromAssessmentCross>('mulighetsrom-assessment-cross')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(el.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity!.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Tavla må ha minst én lapp.');
    expect(JSON.parse(String(new FormData(form).get('kryss')))).to.deep.equal({
      office: 'NAV Arendal',
    });
    const add = column(el, 'worksWell').querySelector<HTMLFormElement>('form.add')!;
    add.querySelector<HTMLInputElement>('input[name="text"]')!.value = 'Felles ledermøter';
    add.requestSubmit();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    expect(JSON.parse(String(new FormData(form).get('kryss')))).to.deep.equal({
      office: 'NAV Arendal',
      worksWell: [{ id: 'n1', text: 'Felles ledermøter' }],
    });
    // A form reset goes back to the page's data.
    const change = oneEvent(el, 'mulighetsrom-change');
    form.reset();
    await change;
    await el.updateComplete;
    expect(el.value).to.deep.equal({ office: 'NAV Arendal' });
    await expect(el).to.be.accessible();
  });
  it('a disabled fieldset makes the board read-only, like a native field', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <mulighetsrom-swot
            name="s"
            editable
            vote-limit="2"
            lang="nb"
            .data=${SWOT}
          ></mulighetsrom-swot>
        </fieldset>
      </form>`,
    );
    const el = form.querySelector<MulighetsromSwot>('mulighetsrom-swot')!;
    await el.updateComplete;
    expect(root(el).querySelector('form.add')).to.equal(null);
    expect(root(el).querySelector('[data-action="vote"]')).to.equal(null);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(root(el).querySelector('form.add')).to.not.equal(null);
    expect(root(el).querySelector('[data-action="vote"]')).to.not.equal(null);
  });

  it('a board moved into a form later submits its value there', async () => {
    const el = await fixture<MulighetsromSwot>(
      html`<mulighetsrom-swot name="swot" .data=${{ subject: 'Rus' }}></mulighetsrom-swot>`,
    );
    const form = document.createElement('form');
    document.body.append(form);
    form.append(el);
    await el.updateComplete;
    expect(JSON.parse(String(new FormData(form).get('swot')))).to.deep.equal({ subject: 'Rus' });
    expect(el.checkValidity()).to.equal(true);
    form.remove();
  });
});

describe('exports and print', () => {
  afterEach(() => sinon.restore());

  it('exports JSON, CSV (formula-safe) and Markdown', async () => {
    const el = await swot(
      { subject: 'Rus', strengths: [{ id: 'a', text: '=1+1', votes: 2 }] },
      { lang: 'en' },
    );
    expect(JSON.parse(await el.exportJSON())).to.deep.equal(el.value);
    const csv = await el.exportCSV();
    expect(csv).to.contain('Board,Field,Text,Votes,Written by,Colour,Hidden');
    expect(csv).to.contain("SWOT analysis: Rus,Strengths,'=1+1,2,,,");
    const md = await el.exportMarkdown();
    expect(md).to.contain('### Strengths');
    expect(md).to.contain('- =1\\+1 (2 votes)');
  });

  it('the toolbar offers the files and prints A3 landscape', async () => {
    const el = await swot(SWOT, { toolbar: true });
    const names: string[] = [];
    sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    for (const label of ['Last ned JSON', 'Last ned CSV', 'Last ned Markdown'])
      button(root(el), label).click();
    await waitUntil(() => names.length === 3);
    expect(names.sort()).to.deep.equal([
      'Flyktningtjenesten.csv',
      'Flyktningtjenesten.json',
      'Flyktningtjenesten.md',
    ]);
    let rules: string[] = [];
    const printed = sinon.stub(window, 'print').callsFake(() => {
      rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
    });
    button(root(el), 'Skriv ut').click();
    expect(printed.calledOnce).to.equal(true);
    // The page rule is on the document while printing, and gone after.
    expect(rules.some((r) => r.toLowerCase().includes('a3 landscape'))).to.equal(true);
    await aTimeout(0);
    const after = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
    expect(after.some((r) => r.toLowerCase().includes('a3 landscape'))).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('<mulighetsrom-assessment-cross>', () => {
  it('four fields with the guide’s questions, and the office', async () => {
    const el = await fixture<MulighetsromAssessmentCross>(
      html`<mulighetsrom-assessment-cross
        lang="nb"
        .data=${{ office: 'NAV Lillesand', worksWell: [{ id: 'a', text: 'Tillit' }] }}
      ></mulighetsrom-assessment-cross>`,
    );
    expect([...root(el).querySelectorAll('.question')].map(text)).to.deep.equal([
      'Hva fungerer bra i partnerskapet?',
      'Hvorfor fungerer partnerskapet bra?',
      'Hva kan fungere bedre?',
      'Hvordan kan partnerskapet styrkes?',
    ]);
    expect(text(root(el).querySelector('h2'))).to.equal('Vurderingskrysset: NAV Lillesand');
    expect(text(root(el).querySelector('.about'))).to.equal('NAV-kontor: NAV Lillesand');
    await expect(el).to.be.accessible();
  });

  it('rejects an array (only the SWOT has portfolios)', async () => {
    const el = await fixture<MulighetsromAssessmentCross>(
      html`<mulighetsrom-assessment-cross .data=${[{}]}></mulighetsrom-assessment-cross>`,
    );
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(el.errors[0]!.path).to.equal('$');
  });
});
