import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import './test-fixture-element.js';
import type { FixtureElement } from './test-fixture-element.js';
import { savedValue, savingWithAttribute, savingWithProperty } from './test-fixture-saved.js';
import { storageItemName, writeSaved } from './storage.js';

const KEY = 'test-storage';

describe('storage-key', () => {
  beforeEach(() => localStorage.removeItem(storageItemName(KEY)));
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(storageItemName(KEY));
  });

  it('autosaves edits and restores them when the widget is created again', async () => {
    const first = await savingWithAttribute(KEY, '{"title":"Page data"}');
    expect(first.value).to.deep.equal({ title: 'Page data' });
    first.edit({ title: 'My work', extra: { kept: true } });
    expect(savedValue(KEY)).to.deep.equal({ title: 'My work', extra: { kept: true } });
    first.remove();

    const again = await savingWithAttribute(KEY, '{"title":"Page data"}');
    expect(again.value).to.deep.equal({ title: 'My work', extra: { kept: true } });
    expect(again.shadowRoot!.querySelector('.title')!.textContent).to.equal('My work');
  });

  it('restores over the .data property too', async () => {
    writeSaved(KEY, { title: 'Saved' });
    const el = await savingWithProperty(KEY, { title: 'Property' });
    expect(el.value).to.deep.equal({ title: 'Saved' });
  });

  it('uses the page data when the saved work is not valid (it is kept aside)', async () => {
    localStorage.setItem(storageItemName(KEY), '{"title": 5}');
    const el = await savingWithAttribute(KEY, '{"title":"Page data"}');
    expect(el.value).to.deep.equal({ title: 'Page data' });
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.equal(undefined);
    localStorage.setItem(storageItemName(KEY), 'not json');
    const again = await savingWithAttribute(KEY, '{"title":"Page data"}');
    expect(again.value).to.deep.equal({ title: 'Page data' });
  });

  it('keeps working when storage throws (quota, privacy mode)', async () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
    const el = await savingWithAttribute(KEY, '{"title":"Page data"}');
    expect(el.value).to.deep.equal({ title: 'Page data' });
    expect(() => el.edit({ title: 'Unsaved' })).not.to.throw();
    expect(el.value).to.deep.equal({ title: 'Unsaved' });
    expect(writeSaved(KEY, 1)).to.equal(false);
  });

  it('does not touch storage without storage-key', async () => {
    const setItem = sinon.spy(Storage.prototype, 'setItem');
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture .data=${{ title: 'A' }}></mulighetsrom-test-fixture>`,
    );
    el.edit({ title: 'B' });
    expect(setItem.called).to.equal(false);
  });
});
