import { expect, fixture, html } from '@open-wc/testing';
import { AREAS, type Lang, type SituationBoardDocument } from '@mulighetsrom/core';
import './mulighetsrom-situation-board.js';
import type { MulighetsromSituationBoard } from './situation-board.component.js';

const BOARD: SituationBoardDocument = {
  area: 16,
  because: 'vi vil bruke handlingsrommet bedre.',
  desired: [{ id: 'n1', text: 'Felles mål for tjenestene' }],
  barriers: [{ id: 'n2', text: 'Ulike fagsystemer' }],
  drivers: [],
};

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const area16 = (lang: Lang) => AREAS.find((a) => a.id === 16)!.name[lang];

const board = (doc: unknown = BOARD, lang: Lang = 'nb', editable = false) =>
  fixture<MulighetsromSituationBoard>(
    html`<mulighetsrom-situation-board
      lang=${lang}
      ?editable=${editable}
      .data=${structuredClone(doc)}
    ></mulighetsrom-situation-board>`,
  );

describe('<mulighetsrom-situation-board>', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`${lang}: the area by name in the sentence, three columns with their questions`, async () => {
      const el = await board(BOARD, lang);
      const sentence = text(root(el).querySelector('.about'));
      expect(sentence).to.contain(area16(lang));
      expect(sentence).to.contain('vi vil bruke handlingsrommet bedre.');
      const questions = [...root(el).querySelectorAll('.question')].map(text);
      expect(questions).to.have.length(3);
      if (lang === 'nb') {
        expect(sentence.startsWith('Vi har valgt utviklingsområdet «')).to.equal(true);
        expect(
          [...root(el).querySelectorAll('h3')].map((h) => text(h).split(' (')[0]),
        ).to.deep.equal(['Ønsket situasjon', 'Barrierer', 'Drivere']);
        expect(questions).to.deep.equal([
          'Hva kjennetegner den ønskede situasjonen?',
          'Hva kan hindre oss fra dagens situasjon til ønsket situasjon?',
          'Hva må til for at vi går fra dagens situasjon til ønsket situasjon?',
        ]);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('a custom area by its name', async () => {
    const el = await board({ area: { name: 'Ungdom utenfor skole', own: 1 } });
    expect(text(root(el).querySelector('.about'))).to.equal(
      'Vi har valgt utviklingsområdet «Ungdom utenfor skole».',
    );
    expect(el.value).to.deep.equal({ area: { name: 'Ungdom utenfor skole', own: 1 } });
  });

  it('editable: the area picker of the 20, a custom area, undo', async () => {
    const el = await board(BOARD, 'nb', true);
    const select = root(el).querySelector<HTMLSelectElement>('.fields select')!;
    expect(select.options).to.have.length(22);
    expect(select.value).to.equal('16');
    select.value = '3';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value!.area).to.equal(3);
    select.value = 'custom';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value!.area).to.equal(3);
    const name = [...root(el).querySelectorAll<HTMLInputElement>('.fields input')].find((i) =>
      i.closest('label')?.textContent?.includes('Navn på eget område'),
    )!;
    name.value = 'Ungdom';
    name.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value!.area).to.deep.equal({ name: 'Ungdom' });
    expect(text(root(el).querySelector('.about'))).to.contain('«Ungdom»');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLElement>('.note-body')!.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    await el.updateComplete;
    expect(el.value!.area).to.equal(3);
  });

  it('invalid area: role=alert and the last good board stays', async () => {
    const el = await board();
    el.data = { area: 21 };
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('$.area');
    expect(text(alert)).to.contain('1 til 20');
    expect(el.value).to.deep.equal(BOARD);
    await expect(el).to.be.accessible();
  });
});
