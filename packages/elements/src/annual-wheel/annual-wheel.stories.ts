import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { wheelPreset, type WheelActivity, type WheelDocument } from '@mulighetsrom/core';
import './mulighetsrom-annual-wheel.js';
import { narrow, onDark } from '../internal/story-frames.js';

// The preset is the example the report's annual wheel (ch. 4.3, fig. 7) suggests, in our own
// words. The busy year is MADE-UP EXAMPLE DATA (deterministic, no randomness) to show how the
// wheel spreads 40 activities over four rings: tracks for overlaps, labels or numbers.

/** A fixed clock, so «today» and the current month are the same in every run. */
const now = () => new Date(2027, 2, 3, 12);

const BUSY: WheelDocument = (() => {
  const doc = wheelPreset('partnerskap', 2027, 'nb');
  const rings = doc.rings.map((r) => r.id);
  const extra: WheelActivity[] = Array.from({ length: 31 }, (_, i) => {
    const month = (i * 5) % 12;
    const day = 1 + ((i * 11) % 27);
    const length = [0, 3, 10, 21, 45][i % 5]!;
    const start = new Date(Date.UTC(2027, month, day));
    const end = new Date(start.getTime() + length * 86_400_000);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    return {
      id: `eksempel-${i + 1}`,
      ring: rings[i % rings.length]!,
      title: `Eksempelaktivitet ${i + 1}`,
      start: iso(start),
      ...(length > 0 ? { end: iso(end) } : {}),
    };
  });
  return {
    title: 'Et travelt år (eksempeldata)',
    year: 2027,
    rings: doc.rings,
    activities: [...doc.activities, ...extra],
  };
})();

const meta: Meta = {
  title: 'Widgets/Annual wheel',
  component: 'mulighetsrom-annual-wheel',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const Preset: Story = {
  name: 'The partnership preset (an example)',
  render: () =>
    html`<mulighetsrom-annual-wheel
      preset="partnerskap"
      year="2027"
      toolbar
      .now=${now}
    ></mulighetsrom-annual-wheel>`,
};

export const BusyYear: Story = {
  name: 'A busy year (40 activities on 4 rings, example data)',
  render: () =>
    html`<mulighetsrom-annual-wheel .data=${BUSY} .now=${now}></mulighetsrom-annual-wheel>`,
};

export const Editable: Story = {
  render: () =>
    html`<mulighetsrom-annual-wheel
      preset="partnerskap"
      year="2027"
      editable
      toolbar
      .now=${now}
      @mulighetsrom-change=${(e: CustomEvent) => console.info('mulighetsrom-change', e.detail)}
      @mulighetsrom-select=${(e: CustomEvent) => console.info('mulighetsrom-select', e.detail)}
    ></mulighetsrom-annual-wheel>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px: only the list)',
  render: () =>
    narrow(
      html`<mulighetsrom-annual-wheel
        preset="partnerskap"
        year="2027"
        .now=${now}
      ></mulighetsrom-annual-wheel>`,
    ),
};

export const Dark: Story = {
  render: () =>
    onDark(
      html`<mulighetsrom-annual-wheel
        preset="partnerskap"
        year="2027"
        .now=${now}
      ></mulighetsrom-annual-wheel>`,
    ),
};

export const English: Story = {
  render: () =>
    html`<mulighetsrom-annual-wheel
      lang="en"
      preset="partnerskap"
      year="2027"
      .now=${now}
    ></mulighetsrom-annual-wheel>`,
};
