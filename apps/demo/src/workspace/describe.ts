// A comparison (./compare.ts) in words, one line per poster, in the reader's language.
import { format, type Lang } from '@mulighetsrom/core';
import { dataMessages } from '../messages/data.js';
import type { PosterChange, WorkspaceComparison } from './compare.js';

/** The poster's name, with its area for a situation board or development plan. */
export function posterName(change: PosterChange, lang: Lang): string {
  const t = dataMessages[lang];
  const poster = t.posterNames[change.poster];
  return change.area === undefined ? poster : format(t.posterOfArea, { poster, area: change.area });
}

export function describeChange(change: PosterChange, lang: Lang): string {
  const t = dataMessages[lang];
  const name = posterName(change, lang);
  if (change.unit === 'text') return `${name}: ${t.textChanged}`;
  const [one, other] = t.units[change.unit];
  const counted = (template: string, n: number) =>
    format(template, { n, unit: n === 1 ? one : other });
  const parts = [
    change.added > 0 ? counted(t.added, change.added) : '',
    change.removed > 0 ? counted(t.removed, change.removed) : '',
    change.changed > 0 ? counted(t.changed, change.changed) : '',
  ].filter(Boolean);
  const areas = change.areas?.length
    ? ` (${format(t.modelAreas, { areas: change.areas.join(', ') })})`
    : '';
  return `${name}: ${parts.join(', ')}${areas}`;
}

/** Every line of a comparison; empty when nothing differs. */
export function describeComparison(comparison: WorkspaceComparison, lang: Lang): string[] {
  const t = dataMessages[lang];
  const details = comparison.details.length
    ? [
        format(t.detailsChanged, {
          fields: comparison.details.map((f) => t.detailNames[f]).join(', '),
        }),
      ]
    : [];
  return [...details, ...comparison.posters.map((change) => describeChange(change, lang))];
}

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** A saved time, e.g. «4. des. 2026, 19:40». */
export function formatTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
