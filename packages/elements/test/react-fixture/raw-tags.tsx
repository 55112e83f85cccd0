// Type fixture: raw tags only. A type-only import of the entry brings the JSX types and loads
// no code (nothing of the wrappers reaches the bundle).
import type {} from '@mulighetsrom/elements/react';
import type { ModelData } from '@mulighetsrom/core';

const keep = (value: ModelData | undefined) => value;

export const RawOnly = () => (
  <mulighetsrom-model lang="nb" onmulighetsrom-change={(event) => keep(event.detail.value)} />
);
