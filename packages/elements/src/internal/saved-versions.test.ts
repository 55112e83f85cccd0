// Versioned saved work: the envelope, migration, and saved work that no longer reads, which is
// kept aside and offered as a download, never overwritten.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { define } from './define.js';
import { FixtureElement, type FixtureDoc } from './test-fixture-element.js';
import { savedValue, savingWithAttribute } from './test-fixture-saved.js';
import { keptAsideKey, openSaved, wrapSaved, type SavedShape } from './saved-envelope.js';
import { storageItemName } from './storage.js';

const KEY = 'test-versions';
const item = storageItemName(KEY);

/** Saved shape 2 renamed `name` to `title`. */
class MigratingElement extends FixtureElement {
  static override readonly savedWorkVersion = 2;
  protected override migrateSavedWork(value: unknown, from: number): unknown {
    const old = value as { name?: string; title?: string };
    if (from >= 2) return value;
    if (old.title !== undefined) return value; // v0 and v1 saves made before the rename
    const { name, ...rest } = old;
    return { ...rest, title: name };
  }
}
define('mulighetsrom-test-migrating', MigratingElement);

const envelope = (value: unknown, version: number, widget = 'mulighetsrom-test-fixture') =>
  JSON.stringify({
    format: 'mulighetsrom-saved-work',
    widget,
    version,
    savedAt: '2026-01-01T00:00:00.000Z',
    value,
  });

/** The keys holding copies kept aside for KEY, with their texts. */
function keptCopies(): Record<string, string> {
  const copies: Record<string, string> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const name = localStorage.key(i)!;
    if (name.startsWith(`${item}:unreadable:`)) copies[name] = localStorage.getItem(name)!;
  }
  return copies;
}

const notice = (el: Element) => el.shadowRoot!.querySelector('.mulighetsrom-notice');

function cleanUp(): void {
  for (const name of Object.keys(keptCopies())) localStorage.removeItem(name);
  localStorage.removeItem(item);
}
beforeEach(cleanUp);
afterEach(() => {
  sinon.restore();
  cleanUp();
});

describe('saved work envelope', () => {
  const shape: SavedShape = {
    widget: 'x-w',
    version: 3,
    migrate: (value, from) => ({ ...(value as object), from }),
  };

  it('wraps a value with the widget, version and time, and opens it again', () => {
    const text = wrapSaved({ a: 1 }, shape, new Date('2026-12-03T10:00:00Z'));
    expect(JSON.parse(text)).to.deep.equal({
      format: 'mulighetsrom-saved-work',
      widget: 'x-w',
      version: 3,
      savedAt: '2026-12-03T10:00:00.000Z',
      value: { a: 1 },
    });
    expect(openSaved(text, shape)).to.deep.equal({ kind: 'value', value: { a: 1 } });
  });

  it('migrates older versions and saves from before envelopes (version 0)', () => {
    expect(openSaved(JSON.stringify({ a: 1 }), shape)).to.deep.equal({
      kind: 'value',
      value: { a: 1, from: 0 },
    });
    const v1 = JSON.stringify({ ...JSON.parse(wrapSaved({ a: 2 }, shape)), version: 1 });
    expect(openSaved(v1, shape)).to.deep.equal({ kind: 'value', value: { a: 2, from: 1 } });
  });

  it('tells bad JSON, another widget, a bad version and a newer version apart', () => {
    expect(openSaved('{not json', shape).kind).to.equal('unreadable');
    expect(openSaved(wrapSaved(1, { ...shape, widget: 'x-other' }), shape).kind).to.equal(
      'unreadable',
    );
    const bad = JSON.stringify({ ...JSON.parse(wrapSaved(1, shape)), version: 'two' });
    expect(openSaved(bad, shape).kind).to.equal('unreadable');
    expect(openSaved(wrapSaved(1, { ...shape, version: 4 }), shape)).to.deep.equal({
      kind: 'newer',
      version: 4,
    });
    const throwing = {
      ...shape,
      migrate: () => {
        throw new Error('no');
      },
    };
    expect(openSaved(JSON.stringify({}), throwing).kind).to.equal('unreadable');
  });

  it('names the kept copy after the key and the time', () => {
    expect(keptAsideKey('k', new Date('2026-12-03T10:00:00Z'))).to.equal(
      'k:unreadable:2026-12-03T10:00:00.000Z',
    );
  });
});

describe('saved work in a widget', () => {
  it('saves in the envelope with the widget and its version', async () => {
    const el = await savingWithAttribute(KEY, '{"title":"Page"}');
    el.edit({ title: 'Mine', extra: [1] });
    const saved = JSON.parse(localStorage.getItem(item)!);
    expect(saved.format).to.equal('mulighetsrom-saved-work');
    expect(saved.widget).to.equal('mulighetsrom-test-fixture');
    expect(saved.version).to.equal(1);
    expect(Number.isNaN(Date.parse(saved.savedAt))).to.equal(false);
    expect(savedValue(KEY)).to.deep.equal({ title: 'Mine', extra: [1] });
  });

  it('restores work of an older version through migrateSavedWork()', async () => {
    localStorage.setItem(
      item,
      envelope({ name: 'Old shape', kept: true }, 1, 'mulighetsrom-test-migrating'),
    );
    const el = await fixture<MigratingElement>(
      html`<mulighetsrom-test-migrating
        storage-key=${KEY}
        data='{"title":"Page"}'
      ></mulighetsrom-test-migrating>`,
    );
    expect(el.value).to.deep.equal({ title: 'Old shape', kept: true });
    expect(notice(el)).to.equal(null);
    el.edit({ title: 'New' });
    expect(JSON.parse(localStorage.getItem(item)!).version).to.equal(2);
  });

  it('keeps unreadable work aside, says so, and never overwrites it', async () => {
    localStorage.setItem(item, '{"title": 5, "mine": "precious"}');
    const el = await savingWithAttribute(KEY, '{"title":"Page"}');
    expect(el.value).to.deep.equal({ title: 'Page' });
    const copies = keptCopies();
    expect(Object.values(copies)).to.deep.equal(['{"title": 5, "mine": "precious"}']);
    expect(localStorage.getItem(item)).to.equal(null);
    const box = notice(el)!;
    expect(box.textContent).to.contain('Det lagrede arbeidet ditt kunne ikke leses');
    expect(el.announced).to.contain('Det lagrede arbeidet ditt kunne ikke leses');
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'not a data error').to.equal(null);

    el.edit({ title: 'New work' });
    expect(savedValue(KEY)).to.deep.equal({ title: 'New work' });
    expect(keptCopies()).to.deep.equal(copies);
  });

  it('offers the kept work as a download and lets the notice be dismissed', async () => {
    localStorage.setItem(item, 'not json at all');
    const el = await savingWithAttribute(KEY, '{"title":"Page"}');
    const created = sinon.spy(URL, 'createObjectURL');
    const clicked = sinon.stub(HTMLAnchorElement.prototype, 'click');
    const [download, dismiss] = notice(el)!.querySelectorAll('button');
    expect(download!.textContent!.trim()).to.equal('Last ned det lagrede arbeidet');
    download!.click();
    expect(clicked.calledOnce).to.equal(true);
    expect(clicked.firstCall.thisValue.download).to.equal('lagret-arbeid.json');
    expect(await (created.firstCall.args[0] as Blob).text()).to.equal('not json at all');
    dismiss!.click();
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    expect(Object.keys(keptCopies())).to.have.length(1);
  });

  it('keeps work from a newer version aside with its own message, in Nynorsk too', async () => {
    localStorage.setItem(item, envelope({ title: 'Future' }, 9));
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture
        lang="nn"
        storage-key=${KEY}
        data='{"title":"Page"}'
      ></mulighetsrom-test-fixture>`,
    );
    expect(el.value).to.deep.equal({ title: 'Page' });
    expect(notice(el)!.textContent).to.contain('frå ein nyare versjon');
    expect(Object.values(keptCopies())).to.deep.equal([envelope({ title: 'Future' }, 9)]);
  });

  it('treats another widget’s saved work as unreadable', async () => {
    localStorage.setItem(item, envelope({ title: 'Other' }, 1, 'mulighetsrom-model'));
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture
        lang="en"
        storage-key=${KEY}
        data='{"title":"Page"}'
      ></mulighetsrom-test-fixture>`,
    );
    expect(el.value).to.deep.equal({ title: 'Page' });
    expect(notice(el)!.textContent).to.contain('could not be read');
  });

  it('stops saving under the key when the copy cannot be made, and says the work is not saved', async () => {
    localStorage.setItem(item, 'unreadable original');
    const setItem = Storage.prototype.setItem;
    sinon.stub(Storage.prototype, 'setItem').callsFake(function (this: Storage, name, value) {
      if (name.includes(':unreadable:')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, name, value);
    });
    const el = await savingWithAttribute(KEY, '{"title":"Page"}');
    el.edit({ title: 'New work' });
    await el.updateComplete;
    expect(localStorage.getItem(item)).to.equal('unreadable original');
    const texts = [...el.shadowRoot!.querySelectorAll('.mulighetsrom-notice')].map(
      (n) => n.textContent,
    );
    expect(texts.join(' ')).to.contain('kunne ikke lagres');
    expect(el.value).to.deep.equal({ title: 'New work' });
  });

  it('says so when a save fails (storage full), and stops saying it once saving works', async () => {
    const el = await savingWithAttribute(KEY, '{"title":"Page"}');
    const stub = sinon
      .stub(Storage.prototype, 'setItem')
      .throws(new DOMException('full', 'QuotaExceededError'));
    el.edit({ title: 'Unsaved' } as FixtureDoc);
    await el.updateComplete;
    expect(notice(el)!.textContent).to.contain('kunne ikke lagres');
    expect(el.announced).to.contain('kunne ikke lagres');
    stub.restore();
    el.edit({ title: 'Saved' });
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    expect(savedValue(KEY)).to.deep.equal({ title: 'Saved' });
  });
});
