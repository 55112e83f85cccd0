// The example wheel `partnerskap` (issue 13): the partnership's year as the report describes it
// (ch. 4.3, fig. 7), in our own words (i18n/wheel.ts). Months are a sensible default that the
// user changes; the document carries `preset: 'partnerskap'` so a widget labels it an example.
import { wheelMessages, type WheelMessages } from '../i18n/wheel.js';
import type { Lang } from '../types.js';
import type { WheelActivity, WheelDocument, WheelPresetId } from './types.js';

/** @internal */
export const WHEEL_PRESET_IDS: readonly WheelPresetId[] = ['partnerskap'];

type Text = keyof WheelMessages;

/** One activity of the example: ring, texts, and month-day of start and end (next year: +1). */
interface PresetActivity {
  readonly id: string;
  readonly ring: string;
  readonly title: Text;
  readonly note: Text;
  readonly start: string;
  readonly end?: string;
  /** The end falls in the next year (the activity crosses New Year). */
  readonly nextYear?: boolean;
  readonly checklist?: true;
}

const RINGS: readonly { id: string; label: Text }[] = [
  { id: 'partnerskap', label: 'ringPartnerskap' },
  { id: 'kommune', label: 'ringKommune' },
  { id: 'stat', label: 'ringStat' },
  { id: 'kontor', label: 'ringKontor' },
];

const ACTIVITIES: readonly PresetActivity[] = [
  {
    id: 'tildelingsbrev',
    ring: 'stat',
    title: 'actAllocation',
    note: 'noteAllocation',
    start: '01-05',
    end: '01-31',
  },
  {
    id: 'analyse-var',
    ring: 'kontor',
    title: 'actAnalysisSpring',
    note: 'noteAnalysis',
    start: '02-01',
    end: '03-06',
  },
  {
    id: 'partnerskapsmote-var',
    ring: 'partnerskap',
    title: 'actMeetingSpring',
    note: 'noteMeeting',
    start: '03-16',
    checklist: true,
  },
  {
    id: 'brukerundersokelse',
    ring: 'kontor',
    title: 'actUserSurvey',
    note: 'noteUserSurvey',
    start: '04-12',
    end: '05-14',
  },
  {
    id: 'lederavtale',
    ring: 'partnerskap',
    title: 'actLeaderAgreement',
    note: 'noteLeaderAgreement',
    start: '06-01',
    end: '06-19',
  },
  {
    id: 'analyse-host',
    ring: 'kontor',
    title: 'actAnalysisAutumn',
    note: 'noteAnalysis',
    start: '08-16',
    end: '09-17',
  },
  {
    id: 'kommunebudsjett',
    ring: 'kommune',
    title: 'actBudget',
    note: 'noteBudget',
    start: '09-01',
    end: '12-15',
  },
  {
    id: 'partnerskapsmote-host',
    ring: 'partnerskap',
    title: 'actMeetingAutumn',
    note: 'noteMeeting',
    start: '10-05',
    checklist: true,
  },
  {
    id: 'virksomhetsplan',
    ring: 'kontor',
    title: 'actBusinessPlan',
    note: 'noteBusinessPlan',
    start: '11-15',
    end: '01-20',
    nextYear: true,
  },
];

/**
 * The example wheel `id` for `year`, in one language: four rings (the partnership, the
 * municipality, NAV and the state, the office) and the year's activities. A new document each
 * call; the user edits it like any other.
 */
export function wheelPreset(id: WheelPresetId, year: number, lang: Lang): WheelDocument {
  const m = wheelMessages[lang];
  void id; // one preset so far
  const activities: WheelActivity[] = ACTIVITIES.map((a) => {
    const activity: WheelActivity = {
      id: a.id,
      ring: a.ring,
      title: m[a.title],
      start: `${year}-${a.start}`,
    };
    if (a.end) activity.end = `${a.nextYear ? year + 1 : year}-${a.end}`;
    if (a.checklist) activity.checklist = 'model';
    activity.note = m[a.note];
    return activity;
  });
  return {
    title: m.presetTitle,
    year,
    preset: 'partnerskap',
    rings: RINGS.map((ring) => ({ id: ring.id, label: m[ring.label] })),
    activities,
  };
}
