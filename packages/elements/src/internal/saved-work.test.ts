// Saved work after the first load: a storage-key set or changed later, and clearSavedWork().
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import './test-fixture-element.js';
import type { FixtureDoc, FixtureElement } from './test-fixture-element.js';
import { savedValue, savingWithAttribute, savingWithProperty } from './test-fixture-saved.js';
import { storageItemName, writeSaved } from './storage.js';

const KEY = 'test-saved-work';
const OTHER = 'test-saved-work-other';
const srcUrl = new URL('./test-fixture.json', import.meta.url).href;

function title(el: FixtureElement): string | undefined {
  return el.shadowRoot?.querySelector('.title')?.textContent?.trim();
}

function cleanUp(): void {
  localStorage.removeItem(storageItemName(KEY));
  localStorage.removeItem(storageItemName(OTHER));
}

/** Calls clearSavedWork() and answers the mulighetsrom-change event it dispatches. */
async function clearAndWait(el: FixtureElement): Promise<unknown> {
  const event = oneEvent(el, 'mulighetsrom-change');
  el.clearSavedWork();
  const { detail } = await event;
  await el.updateComplete;
  return detail.value;
}

// Each test file runs in its own page, so these hooks concern this file only.
beforeEach(cleanUp);
afterEach(() => {
  sinon.restore();
  cleanUp();
});

describe('storage-key set after the first load', () => {
  it('restores saved work under a key set later, and under a changed key', async () => {
    writeSaved(KEY, { title: 'Saved under key', extra: 1 });
    writeSaved(OTHER, { title: 'Saved under other' });
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture data='{"title":"Page"}'></mulighetsrom-test-fixture>`,
    );
    expect(title(el)).to.equal('Page');
    el.setAttribute('storage-key', KEY);
    await el.updateComplete;
    expect(el.value).to.deep.equal({ title: 'Saved under key', extra: 1 });
    expect(title(el)).to.equal('Saved under key');
    el.storageKey = OTHER;
    await el.updateComplete;
    expect(title(el)).to.equal('Saved under other');
  });

  it('keeps the current data and writes nothing when the new key has nothing saved', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture data='{"title":"Page"}'></mulighetsrom-test-fixture>`,
    );
    el.edit({ title: 'Edited' });
    const setItem = sinon.spy(Storage.prototype, 'setItem');
    el.storageKey = KEY;
    await el.updateComplete;
    expect(el.value).to.deep.equal({ title: 'Edited' });
    expect(setItem.called).to.equal(false);
    expect(savedValue(KEY)).to.equal(undefined);
    el.edit({ title: 'Saved now' });
    expect(savedValue(KEY)).to.deep.equal({ title: 'Saved now' });
  });

  it('keeps the current data when the saved work under the new key is not valid', async () => {
    localStorage.setItem(storageItemName(KEY), '{"title": 5}');
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture data='{"title":"Page"}'></mulighetsrom-test-fixture>`,
    );
    el.storageKey = KEY;
    await el.updateComplete;
    expect(el.value).to.deep.equal({ title: 'Page' });
    expect(el.shadowRoot?.querySelector('[role="alert"]')).to.equal(null);
  });

  it('stops autosaving and keeps the data when the attribute is removed', async () => {
    const el = await savingWithAttribute(KEY, '{"title":"Page"}');
    el.edit({ title: 'First edit' });
    el.removeAttribute('storage-key');
    await el.updateComplete;
    expect(el.value).to.deep.equal({ title: 'First edit' });
    el.edit({ title: 'Second edit' });
    expect(savedValue(KEY)).to.deep.equal({ title: 'First edit' });
  });
});

describe('clearSavedWork()', () => {
  it('removes the saved entry and goes back to the data attribute, announcing it', async () => {
    const el = await savingWithAttribute(KEY, '{"title":"Page"}');
    el.edit({ title: 'Edited' });
    expect(savedValue(KEY)).to.deep.equal({ title: 'Edited' });
    expect(await clearAndWait(el)).to.deep.equal({ title: 'Page' });
    expect(localStorage.getItem(storageItemName(KEY))).to.equal(null);
    expect(el.value).to.deep.equal({ title: 'Page' });
    expect(title(el)).to.equal('Page');
  });

  it('goes back to the page data after saved work was restored on first load', async () => {
    writeSaved(KEY, { title: 'Saved' });
    const el = await savingWithProperty(KEY, { title: 'Property' });
    expect(title(el)).to.equal('Saved');
    expect(await clearAndWait(el)).to.deep.equal({ title: 'Property' });
    expect(savedValue(KEY)).to.equal(undefined);
    expect(title(el)).to.equal('Property');
  });

  it('goes back to the latest .data the page set, also when set after the edit', async () => {
    const el = await savingWithProperty(KEY, { title: 'First' });
    el.edit({ title: 'Edited' });
    el.data = { title: 'Second' };
    await el.updateComplete;
    el.edit({ title: 'Edited again' });
    expect(await clearAndWait(el)).to.deep.equal({ title: 'Second' });
    expect(title(el)).to.equal('Second');
  });

  it('goes back to the input the page set last, not the first-load winner', async () => {
    const el = await savingWithProperty(KEY, { title: 'Property' });
    el.setAttribute('data', '{"title":"Attribute set later"}');
    await el.updateComplete;
    el.edit({ title: 'Edited' });
    expect(await clearAndWait(el)).to.deep.equal({ title: 'Attribute set later' });
  });

  it('goes back to the inline script', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture storage-key=${KEY}
        ><script type="application/json">
          { "title": "Inline" }
        </script></mulighetsrom-test-fixture
      >`,
    );
    el.edit({ title: 'Edited' });
    expect(await clearAndWait(el)).to.deep.equal({ title: 'Inline' });
    expect(title(el)).to.equal('Inline');
  });

  it('fetches src again and announces the value once it has arrived', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture
        storage-key=${KEY}
        src=${srcUrl}
      ></mulighetsrom-test-fixture>`,
    );
    await el.updateComplete;
    el.edit({ title: 'Edited' });
    expect(await clearAndWait(el)).to.deep.equal({ title: 'From src', extra: { kept: [1, 2, 3] } });
    expect(title(el)).to.equal('From src');
  });

  it('renders empty and announces undefined when the page gave no data', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture storage-key=${KEY}></mulighetsrom-test-fixture>`,
    );
    el.edit({ title: 'Edited' });
    await el.updateComplete;
    expect(title(el)).to.equal('Edited');
    expect(await clearAndWait(el)).to.equal(undefined);
    expect(el.value).to.equal(undefined);
    expect(title(el)).to.equal('');
    expect(savedValue(KEY)).to.equal(undefined);
  });

  it('does not bring the saved work back on the next load', async () => {
    const first = await savingWithAttribute(KEY, '{"title":"Page"}');
    first.edit({ title: 'Edited' });
    first.clearSavedWork();
    first.remove();
    const again = await savingWithAttribute(KEY, '{"title":"Page"}');
    expect(again.value).to.deep.equal({ title: 'Page' });
  });

  it('only removes the entry when called before the first load', () => {
    writeSaved(KEY, { title: 'Saved' });
    const el = document.createElement('mulighetsrom-test-fixture');
    el.storageKey = KEY;
    const onChange = sinon.spy();
    el.addEventListener('mulighetsrom-change', onChange);
    el.clearSavedWork();
    expect(savedValue(KEY)).to.equal(undefined);
    expect(onChange.called).to.equal(false);
  });

  it('keeps working when storage throws', async () => {
    const el = await savingWithAttribute(KEY, '{"title":"Page"}');
    el.edit({ title: 'Edited' });
    const removeItem = sinon
      .stub(Storage.prototype, 'removeItem')
      .throws(new DOMException('denied', 'SecurityError'));
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
    let value: unknown;
    let error: unknown;
    try {
      value = await clearAndWait(el);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.equal(undefined);
    expect(removeItem.called).to.equal(true);
    expect(value).to.deep.equal({ title: 'Page' });
    expect(title(el)).to.equal('Page');
  });
});

describe('restoreWork(): undoing a reset', () => {
  /** A widget with saved work under KEY over the page's data. */
  async function edited(): Promise<FixtureElement> {
    const el = await savingWithProperty(KEY, { title: 'Page' });
    el.edit({ title: 'My work', extra: { kept: true } });
    await el.updateComplete;
    return el;
  }

  it('clearSavedWork() returns the work it discarded; restoreWork() brings it back and saves it', async () => {
    const el = await edited();
    const discarded = el.clearSavedWork();
    await el.updateComplete;
    expect(discarded).to.deep.equal({ title: 'My work', extra: { kept: true } });
    expect(title(el)).to.equal('Page');
    expect(savedValue(KEY)).to.equal(undefined);

    const changed = oneEvent(el, 'mulighetsrom-change');
    el.restoreWork(discarded!);
    expect((await changed).detail.value).to.deep.equal(discarded);
    await el.updateComplete;
    expect(title(el)).to.equal('My work');
    expect(el.value).to.deep.equal(discarded);
    expect(savedValue(KEY)).to.deep.equal(discarded);

    // Survives a reload: a new widget with the same key shows the restored work.
    const again = await savingWithProperty(KEY, { title: 'Page' });
    expect(title(again)).to.equal('My work');
  });

  it('rejects bad work with the error box and changes nothing', async () => {
    const el = await edited();
    const changes = sinon.spy();
    el.addEventListener('mulighetsrom-change', changes);
    el.restoreWork({ title: 42 } as unknown as FixtureDoc);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(title(el)).to.equal('My work');
    expect(savedValue(KEY)).to.deep.equal({ title: 'My work', extra: { kept: true } });
    expect(changes.called).to.equal(false);
  });

  it('keeps the caller’s object apart from the widget’s data', async () => {
    const el = await edited();
    const work = { title: 'Mine' };
    el.restoreWork(work);
    await el.updateComplete;
    work.title = 'changed outside';
    expect(el.value).to.deep.equal({ title: 'Mine' });
  });
});
