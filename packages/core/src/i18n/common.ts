import type { Lang } from '../types.js';

/** Strings shared by several widgets. The nb object defines the shape. */
const nb = {
  /** Level names (short: for legends and tight spaces). */
  levelEierLong: 'Eiernivå',
  levelKontorLong: 'Kontornivå',
  levelTjenesteLong: 'Tjenestenivå',
  statusStrong: 'Sterkt',
  statusImprove: 'Kan styrkes',
  statusUnknown: 'Ikke vurdert',
  statusPlanned: 'I utviklingsplanen',
  statusLabel: 'Status',
  noteLabel: 'Merknad',
  tool: 'Verktøy',
  close: 'Lukk',
  edit: 'Rediger',
  reset: 'Tilbakestill',
  undo: 'Angre',
  print: 'Skriv ut',
  loading: 'Laster …',
  exampleData: 'Eksempeldata, ikke ekte vurderinger',
  untitled: 'Uten tittel',
} as const;

export type CommonMessages = { readonly [K in keyof typeof nb]: string };

const nn: CommonMessages = {
  levelEierLong: 'Eigarnivå',
  levelKontorLong: 'Kontornivå',
  levelTjenesteLong: 'Tenestenivå',
  statusStrong: 'Sterkt',
  statusImprove: 'Kan styrkjast',
  statusUnknown: 'Ikkje vurdert',
  statusPlanned: 'I utviklingsplanen',
  statusLabel: 'Status',
  noteLabel: 'Merknad',
  tool: 'Verktøy',
  close: 'Lukk',
  edit: 'Rediger',
  reset: 'Tilbakestill',
  undo: 'Angre',
  print: 'Skriv ut',
  loading: 'Lastar …',
  exampleData: 'Dømedata, ikkje ekte vurderingar',
  untitled: 'Utan tittel',
};

const en: CommonMessages = {
  levelEierLong: 'Owner level',
  levelKontorLong: 'Office level',
  levelTjenesteLong: 'Service level',
  statusStrong: 'Strong',
  statusImprove: 'Can be strengthened',
  statusUnknown: 'Not assessed',
  statusPlanned: 'In the development plan',
  statusLabel: 'Status',
  noteLabel: 'Note',
  tool: 'Tool',
  close: 'Close',
  edit: 'Edit',
  reset: 'Reset',
  undo: 'Undo',
  print: 'Print',
  loading: 'Loading …',
  exampleData: 'Example data, not real assessments',
  untitled: 'Untitled',
};

export const commonMessages: Readonly<Record<Lang, CommonMessages>> = { nb, nn, en };
