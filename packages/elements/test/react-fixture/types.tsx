// Type fixture (tsc --noEmit -p test/react-fixture, run by test/react.test.mjs): the wrappers
// and the raw tags as a React 19 app writes them, with no declarations of its own. Every
// `@ts-expect-error` line must fail to typecheck, so wrong props are proven to be errors.
import { useRef } from 'react';
import type { DataError, ModelData, SwotData } from '@mulighetsrom/core';
import type { MulighetsromModel as ModelElement } from '@mulighetsrom/elements/model.js';
import { MulighetsromModel, MulighetsromSwot } from '@mulighetsrom/elements/react';

const doc = { title: 'Grimstad', areas: [{ id: 2, status: 'strong' as const }] };
const bad = { areas: [{ id: 2, status: 'great' }] };
const useValue = (value: ModelData | undefined) => value;
const useSwot = (value: SwotData | undefined) => value;
const useErrors = (errors: readonly DataError[]) => errors;

export function Wrappers() {
  const ref = useRef<ModelElement>(null);
  return (
    <>
      <MulighetsromModel
        ref={ref}
        data={doc}
        editable
        lang="nn"
        storageKey="grimstad"
        level="eier"
        toolbar
        className="wide"
        onChange={(event) => useValue(event.detail.value)}
        onSelect={(event) => event.detail.id?.toFixed()}
        onError={(event) => useErrors(event.detail.errors)}
      />
      <MulighetsromModel data='{"title":"JSON text"}' />
      <MulighetsromSwot voteLimit={3} roomMode onChange={(event) => useSwot(event.detail.value)} />
      {/* @ts-expect-error: a status the model does not have */}
      <MulighetsromModel data={bad} />
      {/* @ts-expect-error: lang is nb, nn or en */}
      <MulighetsromModel lang="de" />
      {/* @ts-expect-error: editable is a boolean */}
      <MulighetsromModel editable="yes" />
      {/* @ts-expect-error: level is eier, kontor or tjeneste */}
      <MulighetsromModel level="top" />
      {/* @ts-expect-error: detail.value is ModelData, not text */}
      <MulighetsromModel onChange={(event) => event.detail.value?.toUpperCase()} />
      {/* @ts-expect-error: the SWOT has no select event */}
      <MulighetsromSwot onSelect={() => undefined} />
      {/* @ts-expect-error: a SWOT's title is text */}
      <MulighetsromSwot data={{ title: 3 }} />
    </>
  );
}

export function RawTags() {
  return (
    <>
      <mulighetsrom-model
        data={doc}
        lang="nn"
        editable
        storage-key="grimstad"
        onmulighetsrom-change={(event) => useValue(event.detail.value)}
        onmulighetsrom-select={(event) => event.detail.id?.toFixed()}
      />
      <mulighetsrom-swot vote-limit={3} room-mode layout="tabs" />
      <mulighetsrom-expectation-matrix transposed />
      {/* @ts-expect-error: a status the model does not have */}
      <mulighetsrom-model data={bad} />
      {/* @ts-expect-error: lang is nb, nn or en */}
      <mulighetsrom-model lang="sv" />
      {/* @ts-expect-error: layout is tabs or side-by-side */}
      <mulighetsrom-swot layout="grid" />
      {/* @ts-expect-error: detail.value is ModelData, not text */}
      <mulighetsrom-model onmulighetsrom-change={(event) => event.detail.value?.toUpperCase()} />
      {/* @ts-expect-error: no such widget */}
      <mulighetsrom-nothing />
    </>
  );
}
