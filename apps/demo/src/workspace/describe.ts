// A comparison (./compare.ts) in words, one line per poster, in the reader's language.
import { followUpAreaText, format, type Lang } from '@mulighetsrom/core';
import { dataMessages } from '../messages/data.js';
import { posterNames } from '../messages/posters.js';
import type { PosterChange, WorkspaceComparison } from './compare.js';

/** The one-area name of the posters kept per area. */
const ONE_AREA = {
  situationBoards: 'situationBoard',
  developmentPlans: 'developmentPlan',
} as const;

/** The poster's name as the step views and print call it, with its area for a board or plan. */
export function posterName(change: PosterChange, lang: Lang): string {
  const names = posterNames[lang];
  const { poster, area } = change;
  if (area === undefined || (poster !== 'situationBoards' && poster !== 'developmentPlans'))
    return names[poster];
  // A saved key «6» is area 6; a key that is no area is shown as it is.
  const id = Number(area);
  const which = Number.isInteger(id) && area.trim() !== '' ? id : area;
  return format(names[ONE_AREA[poster]], { area: followUpAreaText(which, lang) });
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
