// Undo and redo (HistoryController) through the fixture widget: one edit is one step.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import './test-fixture-element.js';
import type { FixtureElement } from './test-fixture-element.js';
import { savedValue } from './test-fixture-saved.js';
import { storageItemName } from './storage.js';

const KEY = 'test-history';

const editable = (data: unknown = { title: 'Page' }): Promise<FixtureElement> =>
  fixture<FixtureElement>(
    html`<mulighetsrom-test-fixture editable .data=${data}></mulighetsrom-test-fixture>`,
  );

const editableSaving = (): Promise<FixtureElement> =>
  fixture<FixtureElement>(
    html`<mulighetsrom-test-fixture
      editable
      storage-key=${KEY}
      .data=${{ title: 'Page' }}
    ></mulighetsrom-test-fixture>`,
  );

const button = (el: FixtureElement, name: 'undo' | 'redo'): HTMLButtonElement =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button.${name}`)!;

const announcerText = (el: FixtureElement): string =>
  el.shadowRoot!.querySelector('.mulighetsrom-announcer')!.textContent!.trim();

afterEach(() => {
  sinon.restore();
  localStorage.removeItem(storageItemName(KEY));
});

describe('history: undo and redo', () => {
  it('undoes and redoes edits one step at a time, with change events', async () => {
    const el = await editable();
    el.edit({ title: 'One' }, 'Første');
    el.edit({ title: 'Two' }, 'Andre');
    let event = oneEvent(el, 'mulighetsrom-change');
    button(el, 'undo').click();
    expect((await event).detail.value).to.deep.equal({ title: 'One' });
    expect(el.value).to.deep.equal({ title: 'One' });
    button(el, 'undo').click();
    expect(el.value).to.deep.equal({ title: 'Page' });
    event = oneEvent(el, 'mulighetsrom-change');
    button(el, 'redo').click();
    expect((await event).detail.value).to.deep.equal({ title: 'One' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('One');
  });

  it('announces what it undid and redid, in the widget language', async () => {
    const el = await editable();
    el.edit({ title: 'One' }, 'Tittel endret');
    button(el, 'undo').click();
    await el.updateComplete;
    expect(announcerText(el)).to.equal('Angret: Tittel endret');
    button(el, 'redo').click();
    await el.updateComplete;
    expect(announcerText(el)).to.equal('Gjort om: Tittel endret');
    el.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve)); // the lang observer reports late
    button(el, 'redo').click();
    await el.updateComplete;
    expect(announcerText(el)).to.equal('Nothing to redo');
  });

  it('keeps the buttons focusable and says with aria-disabled when there is nothing to do', async () => {
    const el = await editable();
    const undo = button(el, 'undo');
    expect(undo.getAttribute('aria-disabled')).to.equal('true');
    expect(undo.disabled).to.equal(false);
    expect(undo.closest('[role="group"]')!.getAttribute('aria-label')).to.equal('Angre og gjør om');
    undo.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ title: 'Page' });
    expect(announcerText(el)).to.equal('Ingenting å angre');
    el.edit({ title: 'One' });
    await el.updateComplete;
    expect(undo.getAttribute('aria-disabled')).to.equal('false');
    expect(button(el, 'redo').getAttribute('aria-disabled')).to.equal('true');
  });

  it('answers Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y inside the widget', async () => {
    const el = await editable();
    el.edit({ title: 'One' });
    await el.updateComplete;
    button(el, 'undo').focus();
    await sendKeys({ press: 'Control+z' });
    expect(el.value).to.deep.equal({ title: 'Page' });
    await sendKeys({ press: 'Control+Shift+z' });
    expect(el.value).to.deep.equal({ title: 'One' });
    await sendKeys({ press: 'Control+z' });
    await sendKeys({ press: 'Control+y' });
    expect(el.value).to.deep.equal({ title: 'One' });
  });

  it('leaves Ctrl+Z in a text field to the field', async () => {
    const el = await editable();
    el.edit({ title: 'One' });
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('.field')!.focus();
    await sendKeys({ press: 'Control+z' });
    expect(el.value).to.deep.equal({ title: 'One' });
  });

  it('drops the redo steps when a new edit is made', async () => {
    const el = await editable();
    el.edit({ title: 'One' });
    button(el, 'undo').click();
    el.edit({ title: 'Other' });
    await el.updateComplete;
    expect(button(el, 'redo').getAttribute('aria-disabled')).to.equal('true');
    button(el, 'redo').click();
    expect(el.value).to.deep.equal({ title: 'Other' });
  });

  it('keeps the last 100 steps', async () => {
    const el = await editable({ title: '0' });
    for (let i = 1; i <= 105; i++) el.edit({ title: String(i) });
    for (let i = 0; i < 110; i++) button(el, 'undo').click();
    expect(el.value).to.deep.equal({ title: '5' });
  });

  it('forgets the steps when the page sets new data', async () => {
    const el = await editable();
    el.edit({ title: 'One' });
    el.data = { title: 'From the page' };
    await el.updateComplete;
    button(el, 'undo').click();
    expect(el.value).to.deep.equal({ title: 'From the page' });
    expect(button(el, 'undo').getAttribute('aria-disabled')).to.equal('true');
  });

  it('saves what undo brings back', async () => {
    const el = await editableSaving();
    el.edit({ title: 'One' });
    el.edit({ title: 'Two' });
    button(el, 'undo').click();
    expect(savedValue(KEY)).to.deep.equal({ title: 'One' });
  });

  it('makes clearSavedWork() one step that undo takes back, saved again', async () => {
    const el = await editableSaving();
    el.edit({ title: 'My work' });
    el.clearSavedWork();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ title: 'Page' });
    expect(savedValue(KEY)).to.equal(undefined);
    button(el, 'undo').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ title: 'My work' });
    expect(savedValue(KEY)).to.deep.equal({ title: 'My work' });
    expect(announcerText(el)).to.equal('Angret: Tilbake til sidens data');
  });

  it('makes restoreWork() one step', async () => {
    const el = await editable();
    el.restoreWork({ title: 'Opened file' });
    await el.updateComplete;
    expect(el.value).to.deep.equal({ title: 'Opened file' });
    button(el, 'undo').click();
    expect(el.value).to.deep.equal({ title: 'Page' });
    await el.updateComplete;
    expect(announcerText(el)).to.equal('Angret: Arbeid hentet inn igjen');
  });
});
