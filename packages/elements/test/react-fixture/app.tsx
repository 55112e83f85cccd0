// The fixture app of the React tests (test/react.test.mjs): rendered in the browser with
// createRoot, and on the server with renderToString, then hydrated with hydrateRoot.
import { useState } from 'react';
import type { ModelData, ModelDocument } from '@mulighetsrom/core';
import { MulighetsromModel } from '@mulighetsrom/elements/react';

const statusOf = (value: ModelData | undefined, id: number): string => {
  const doc = Array.isArray(value) ? value[0] : value;
  return doc?.areas?.find((area) => area.id === id)?.status ?? 'none';
};

const START: ModelDocument = { title: 'Grimstad', areas: [{ id: 2, status: 'improve' }] };

export function App() {
  const [changes, setChanges] = useState(0);
  const [status, setStatus] = useState('');
  const [renders, setRenders] = useState(0);
  const [doc, setDoc] = useState<ModelData>(START);
  return (
    <main>
      <p id="changes">{changes}</p>
      <p id="status">{status}</p>
      <p id="controlled-status">{statusOf(doc, 2)}</p>
      <button id="rerender" type="button" onClick={() => setRenders((n) => n + 1)}>
        {renders}
      </button>
      {/* The inline-literal trap: a new object on every render of App. */}
      <MulighetsromModel
        id="inline"
        lang="nn"
        editable
        data={{ title: 'Grimstad', areas: [{ id: 2, status: 'improve' }] }}
        onChange={(event) => {
          setChanges((n) => n + 1);
          setStatus(statusOf(event.detail.value, 2));
        }}
      />
      {/* Controlled: the change event's value is passed back as data. */}
      <MulighetsromModel
        id="controlled"
        lang="nn"
        editable
        data={doc}
        onChange={(event) => {
          if (event.detail.value) setDoc(event.detail.value);
        }}
      />
      {/* JSON text, as a server component would pass it. */}
      <MulighetsromModel id="json" lang="en" data='{"title":"From JSON"}' />
    </main>
  );
}
