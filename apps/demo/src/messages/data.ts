// The texts of the app's data-safety layer (saving, other tabs, named versions, export and
// import), in Bokmål, Nynorsk and English. Typed: every language has every key.
import type { Lang } from '@mulighetsrom/core';
import type { StepId } from '../workspace/document.js';
import type { ChangeUnit, DetailField } from '../workspace/compare.js';
import type { SaveState } from '../workspace/saved-store.js';

/** Errors of a saved or imported document (flat, so core's `localize` can fill them). */
export type DataErrorMessages = {
  notWorkspace: string;
  badSchemaVersion: string;
  newerSchema: string;
  invalidWorkspace: string;
  notJson: string;
  foreignFile: string;
  emptyFile: string;
  duplicateId: string;
  tooLarge: string;
  unreadableFile: string;
  /** Put in front of an error about one workspace of a file. */
  workspaceNumber: string;
};
export type DataErrorKey = keyof DataErrorMessages;

export const dataErrorMessages: Record<Lang, DataErrorMessages> = {
  nb: {
    notWorkspace: 'Dette er ikke en arbeidsflate.',
    badSchemaVersion: 'Skjemaversjonen mangler eller er ugyldig.',
    newerSchema:
      'Den er lagret av en nyere versjon av appen (skjemaversjon {version}); denne versjonen kan lese til og med {supported}.',
    invalidWorkspace: 'Arbeidsflaten har feil.',
    notJson: 'Fila er ikke JSON.',
    foreignFile: 'Fila er ikke en eksport fra Mulighetsrom.',
    emptyFile: 'Fila inneholder ingen arbeidsflater.',
    duplicateId: 'Fila har to arbeidsflater med samme id ({id}).',
    tooLarge: 'Fila er for stor.',
    unreadableFile: 'Fila kunne ikke leses.',
    workspaceNumber: 'Arbeidsflate {n} i fila:',
  },
  nn: {
    notWorkspace: 'Dette er ikkje ei arbeidsflate.',
    badSchemaVersion: 'Skjemaversjonen manglar eller er ugyldig.',
    newerSchema:
      'Ho er lagra av ein nyare versjon av appen (skjemaversjon {version}); denne versjonen kan lese til og med {supported}.',
    invalidWorkspace: 'Arbeidsflata har feil.',
    notJson: 'Fila er ikkje JSON.',
    foreignFile: 'Fila er ikkje ein eksport frå Mulighetsrom.',
    emptyFile: 'Fila inneheld ingen arbeidsflater.',
    duplicateId: 'Fila har to arbeidsflater med same id ({id}).',
    tooLarge: 'Fila er for stor.',
    unreadableFile: 'Fila kunne ikkje lesast.',
    workspaceNumber: 'Arbeidsflate {n} i fila:',
  },
  en: {
    notWorkspace: 'This is not a workspace.',
    badSchemaVersion: 'The schema version is missing or invalid.',
    newerSchema:
      'It was saved by a newer version of the app (schema version {version}); this version reads up to {supported}.',
    invalidWorkspace: 'The workspace has errors.',
    notJson: 'The file is not JSON.',
    foreignFile: 'The file is not a Mulighetsrom export.',
    emptyFile: 'The file holds no workspaces.',
    duplicateId: 'The file has two workspaces with the same id ({id}).',
    tooLarge: 'The file is too large.',
    unreadableFile: 'The file could not be read.',
    workspaceNumber: 'Workspace {n} in the file:',
  },
};

export interface DataMessages {
  /** The name of the workspace made from today's demo model when it has no title. */
  firstWorkspaceName: string;
  exampleLabel: string;
  noWorkspace: string;
  cancel: string;

  // Saving and other tabs.
  /** The name of the region that holds the notices. */
  noticesLabel: string;
  saveStates: Record<SaveState, string>;
  /** The notice's question (the reader chooses with the two buttons). */
  conflictNotice: string;
  conflictDeleted: string;
  /** The saved copy was written by a newer version of the app: nothing to choose here. */
  conflictUnreadable: string;
  conflictWorkspace: string;
  reloadButton: string;
  takeOverButton: string;
  reloadHelp: string;
  takeOverHelp: string;
  /** The version this tab's copy is kept as when the reader reloads. */
  keptVersionName: string;
  /** The version that keeps a closed tab's unsaved change when the saved copy moved on. */
  recoveredVersionName: string;
  reloaded: string;
  tookOver: string;
  saveFailed: string;
  retryButton: string;
  unreadableSaved: string;
  loadFailed: string;

  // Named versions.
  /** The versions page's heading. */
  versionsTitle: string;
  versionsIntro: string;
  newVersionHeading: string;
  versionNameLabel: string;
  versionStepLabel: string;
  noStep: string;
  saveVersionButton: string;
  versionNameMissing: string;
  stepNames: Record<StepId, string>;
  /** Suggested names of a version made at a step («Samling 1»). */
  stepVersionNames: Record<StepId, string>;
  versionListHeading: string;
  noVersions: string;
  versionStep: string;
  compareButton: string;
  hideCompareButton: string;
  restoreButton: string;
  deleteButton: string;
  confirmRestore: string;
  confirmRestoreButton: string;
  confirmDelete: string;
  confirmDeleteButton: string;
  beforeRestoreName: string;
  versionSaved: string;
  versionRestored: string;
  versionDeleted: string;
  versionFailed: string;
  comparisonHeading: string;
  comparisonSame: string;

  // Comparisons.
  detailNames: Record<DetailField, string>;
  detailsChanged: string;
  /** Singular and plural of what a poster's changes are counted in. */
  units: Record<Exclude<ChangeUnit, 'text'>, readonly [one: string, other: string]>;
  added: string;
  removed: string;
  changed: string;
  textChanged: string;
  modelAreas: string;

  // Export and import.
  transferHeading: string;
  exportWorkspaceButton: string;
  exportNetworkButton: string;
  exportDone: string;
  importLabel: string;
  importHint: string;
  previewHeading: string;
  previewAdds: string;
  previewReplaces: string;
  previewUnchanged: string;
  previewNothing: string;
  confirmImportButton: string;
  importDone: string;
  importCancelled: string;
  importFailed: string;
}

export const dataMessages: Record<Lang, DataMessages> = {
  nb: {
    firstWorkspaceName: 'Partnerskapet mitt',
    exampleLabel: 'Eksempel',
    noWorkspace: 'Fant ikke arbeidsflaten.',
    cancel: 'Avbryt',
    noticesLabel: 'Lagring',
    saveStates: {
      saved: 'Lagret',
      saving: 'Lagrer …',
      failed: 'Ikke lagret',
      conflict: 'Endret i en annen fane',
    },
    conflictNotice: 'Endret i en annen fane — last inn på nytt eller ta over?',
    conflictDeleted:
      'Slettet i en annen fane — last inn på nytt (fjern den her) eller ta over (behold den)?',
    conflictUnreadable:
      '«{name}» er lagret av en nyere versjon av appen i en annen fane. Endringene her lagres ikke; last inn siden på nytt for å få den nye versjonen.',
    conflictWorkspace: 'Gjelder arbeidsflaten «{name}».',
    reloadButton: 'Last inn på nytt',
    takeOverButton: 'Ta over',
    reloadHelp:
      'Last inn på nytt henter den lagrede kopien; endringene i denne fanen tas vare på som en versjon.',
    takeOverHelp: 'Ta over lagrer kopien i denne fanen over den andre.',
    keptVersionName: 'Endringer fra en annen fane',
    recoveredVersionName: 'Ulagrede endringer fra en lukket fane',
    reloaded: 'Den lagrede kopien av «{name}» er lastet inn.',
    tookOver: 'Kopien i denne fanen av «{name}» er lagret.',
    saveFailed:
      'Endringene i «{name}» er ikke lagret: nettleseren avviste lagringen. De finnes bare i denne fanen til lagringen lykkes.',
    retryButton: 'Prøv å lagre igjen',
    unreadableSaved: 'En lagret arbeidsflate ({id}) kan ikke leses og er latt være urørt: {reason}',
    loadFailed:
      'De lagrede arbeidsflatene kunne ikke leses. Det du gjør nå, blir kanskje ikke lagret.',
    versionsTitle: 'Versjoner av «{name}»',
    versionsIntro:
      'En versjon er et øyeblikksbilde av hele arbeidsflaten. Lagre en etter hver samling, sammenlign med i dag og gjenopprett ved behov.',
    newVersionHeading: 'Lagre en ny versjon',
    versionNameLabel: 'Navn på versjonen',
    versionStepLabel: 'Hører til steget',
    noStep: 'Ingen bestemt',
    saveVersionButton: 'Lagre versjonen',
    versionNameMissing: 'Skriv et navn på versjonen.',
    stepNames: {
      preparation: 'Forberedelse',
      'gathering-1': 'Samling 1',
      'local-work': 'Lokalt arbeid',
      'gathering-2': 'Samling 2',
      'gathering-3': 'Samling 3',
      'gathering-4': 'Samling 4',
      'annual-wheel': 'Årshjulet',
    },
    stepVersionNames: {
      preparation: 'Etter forberedelsen',
      'gathering-1': 'Samling 1',
      'local-work': 'Etter det lokale arbeidet',
      'gathering-2': 'Samling 2',
      'gathering-3': 'Samling 3',
      'gathering-4': 'Samling 4',
      'annual-wheel': 'Årshjulet',
    },
    versionListHeading: 'Lagrede versjoner',
    noVersions: 'Ingen versjoner ennå.',
    versionStep: 'Steg: {step}',
    compareButton: 'Sammenlign «{name}» med nå',
    hideCompareButton: 'Skjul sammenligningen',
    restoreButton: 'Gjenopprett «{name}»',
    deleteButton: 'Slett «{name}»',
    confirmRestore:
      'Gjenopprette «{name}»? Det som står nå, lagres først som versjonen «{before}», så du kan angre.',
    confirmRestoreButton: 'Ja, gjenopprett',
    confirmDelete: 'Slette versjonen «{name}»? Det kan ikke angres.',
    confirmDeleteButton: 'Ja, slett',
    beforeRestoreName: 'Før gjenoppretting',
    versionSaved: 'Versjonen «{name}» er lagret.',
    versionRestored:
      '«{name}» er gjenopprettet. Det som sto før, er lagret som versjonen «{before}».',
    versionDeleted: 'Versjonen «{name}» er slettet.',
    versionFailed: 'Versjonen kunne ikke lagres eller endres. Ingenting er endret.',
    comparisonHeading: 'Fra «{name}» til nå',
    comparisonSame: 'Ingen forskjeller.',
    detailNames: {
      name: 'navn',
      office: 'kontor',
      municipality: 'kommune',
      owners: 'eiere',
      participants: 'deltakere',
      year: 'år',
    },
    detailsChanged: 'Opplysninger endret: {fields}',
    units: {
      areas: ['område', 'områder'],
      notes: ['lapp', 'lapper'],
      rows: ['rad', 'rader'],
      cells: ['celle', 'celler'],
      activities: ['aktivitet', 'aktiviteter'],
      fields: ['svar', 'svar'],
    },
    added: '{n} {unit} lagt til',
    removed: '{n} {unit} fjernet',
    changed: '{n} {unit} endret',
    textChanged: 'endret',
    modelAreas: 'område {areas}',
    transferHeading: 'Eksport og import',
    exportWorkspaceButton: 'Eksporter «{name}» som fil',
    exportNetworkButton: 'Eksporter hele nettverket som fil',
    exportDone: 'Fila {file} er laget.',
    importLabel: 'Importer arbeidsflater fra fil (JSON)',
    importHint: 'Du ser hva fila legger til og erstatter før noe endres.',
    previewHeading: 'Dette gjør importen',
    previewAdds: 'Legger til ({n})',
    previewReplaces: 'Erstatter ({n})',
    previewUnchanged: 'Allerede lik ({n})',
    previewNothing: 'Fila har ingenting nytt.',
    confirmImportButton: 'Importer',
    importDone: 'Arbeidsflater importert: {n}.',
    importCancelled: 'Importen er avbrutt. Ingenting er endret.',
    importFailed: 'Fila kan ikke importeres. {reason} Ingenting er endret.',
  },
  nn: {
    firstWorkspaceName: 'Partnarskapet mitt',
    exampleLabel: 'Døme',
    noWorkspace: 'Fann ikkje arbeidsflata.',
    cancel: 'Avbryt',
    noticesLabel: 'Lagring',
    saveStates: {
      saved: 'Lagra',
      saving: 'Lagrar …',
      failed: 'Ikkje lagra',
      conflict: 'Endra i ei anna fane',
    },
    conflictNotice: 'Endra i ei anna fane — last inn på nytt eller ta over?',
    conflictDeleted:
      'Sletta i ei anna fane — last inn på nytt (fjern ho her) eller ta over (behald ho)?',
    conflictUnreadable:
      '«{name}» er lagra av ein nyare versjon av appen i ei anna fane. Endringane her blir ikkje lagra; last inn sida på nytt for å få den nye versjonen.',
    conflictWorkspace: 'Gjeld arbeidsflata «{name}».',
    reloadButton: 'Last inn på nytt',
    takeOverButton: 'Ta over',
    reloadHelp:
      'Last inn på nytt hentar den lagra kopien; endringane i denne fana blir tekne vare på som ein versjon.',
    takeOverHelp: 'Ta over lagrar kopien i denne fana over den andre.',
    keptVersionName: 'Endringar frå ei anna fane',
    recoveredVersionName: 'Ulagra endringar frå ei lukka fane',
    reloaded: 'Den lagra kopien av «{name}» er lasta inn.',
    tookOver: 'Kopien i denne fana av «{name}» er lagra.',
    saveFailed:
      'Endringane i «{name}» er ikkje lagra: nettlesaren avviste lagringa. Dei finst berre i denne fana til lagringa lukkast.',
    retryButton: 'Prøv å lagre igjen',
    unreadableSaved:
      'Ei lagra arbeidsflate ({id}) kan ikkje lesast og er late vere urørt: {reason}',
    loadFailed:
      'Dei lagra arbeidsflatene kunne ikkje lesast. Det du gjer no, blir kanskje ikkje lagra.',
    versionsTitle: 'Versjonar av «{name}»',
    versionsIntro:
      'Ein versjon er eit augneblinksbilete av heile arbeidsflata. Lagre ein etter kvar samling, samanlikn med i dag og gjenopprett ved behov.',
    newVersionHeading: 'Lagre ein ny versjon',
    versionNameLabel: 'Namn på versjonen',
    versionStepLabel: 'Høyrer til steget',
    noStep: 'Ikkje noko bestemt',
    saveVersionButton: 'Lagre versjonen',
    versionNameMissing: 'Skriv eit namn på versjonen.',
    stepNames: {
      preparation: 'Førebuing',
      'gathering-1': 'Samling 1',
      'local-work': 'Lokalt arbeid',
      'gathering-2': 'Samling 2',
      'gathering-3': 'Samling 3',
      'gathering-4': 'Samling 4',
      'annual-wheel': 'Årshjulet',
    },
    stepVersionNames: {
      preparation: 'Etter førebuinga',
      'gathering-1': 'Samling 1',
      'local-work': 'Etter det lokale arbeidet',
      'gathering-2': 'Samling 2',
      'gathering-3': 'Samling 3',
      'gathering-4': 'Samling 4',
      'annual-wheel': 'Årshjulet',
    },
    versionListHeading: 'Lagra versjonar',
    noVersions: 'Ingen versjonar enno.',
    versionStep: 'Steg: {step}',
    compareButton: 'Samanlikn «{name}» med no',
    hideCompareButton: 'Skjul samanlikninga',
    restoreButton: 'Gjenopprett «{name}»',
    deleteButton: 'Slett «{name}»',
    confirmRestore:
      'Gjenopprette «{name}»? Det som står no, blir først lagra som versjonen «{before}», så du kan angre.',
    confirmRestoreButton: 'Ja, gjenopprett',
    confirmDelete: 'Slette versjonen «{name}»? Det kan ikkje angrast.',
    confirmDeleteButton: 'Ja, slett',
    beforeRestoreName: 'Før gjenoppretting',
    versionSaved: 'Versjonen «{name}» er lagra.',
    versionRestored:
      '«{name}» er gjenoppretta. Det som stod før, er lagra som versjonen «{before}».',
    versionDeleted: 'Versjonen «{name}» er sletta.',
    versionFailed: 'Versjonen kunne ikkje lagrast eller endrast. Ingenting er endra.',
    comparisonHeading: 'Frå «{name}» til no',
    comparisonSame: 'Ingen skilnader.',
    detailNames: {
      name: 'namn',
      office: 'kontor',
      municipality: 'kommune',
      owners: 'eigarar',
      participants: 'deltakarar',
      year: 'år',
    },
    detailsChanged: 'Opplysningar endra: {fields}',
    units: {
      areas: ['område', 'område'],
      notes: ['lapp', 'lappar'],
      rows: ['rad', 'rader'],
      cells: ['celle', 'celler'],
      activities: ['aktivitet', 'aktivitetar'],
      fields: ['svar', 'svar'],
    },
    added: '{n} {unit} lagt til',
    removed: '{n} {unit} fjerna',
    changed: '{n} {unit} endra',
    textChanged: 'endra',
    modelAreas: 'område {areas}',
    transferHeading: 'Eksport og import',
    exportWorkspaceButton: 'Eksporter «{name}» som fil',
    exportNetworkButton: 'Eksporter heile nettverket som fil',
    exportDone: 'Fila {file} er laga.',
    importLabel: 'Importer arbeidsflater frå fil (JSON)',
    importHint: 'Du ser kva fila legg til og erstattar før noko blir endra.',
    previewHeading: 'Dette gjer importen',
    previewAdds: 'Legg til ({n})',
    previewReplaces: 'Erstattar ({n})',
    previewUnchanged: 'Allereie lik ({n})',
    previewNothing: 'Fila har ingenting nytt.',
    confirmImportButton: 'Importer',
    importDone: 'Arbeidsflater importert: {n}.',
    importCancelled: 'Importen er avbroten. Ingenting er endra.',
    importFailed: 'Fila kan ikkje importerast. {reason} Ingenting er endra.',
  },
  en: {
    firstWorkspaceName: 'My partnership',
    exampleLabel: 'Example',
    noWorkspace: 'Workspace not found.',
    cancel: 'Cancel',
    noticesLabel: 'Saving',
    saveStates: {
      saved: 'Saved',
      saving: 'Saving …',
      failed: 'Not saved',
      conflict: 'Changed in another tab',
    },
    conflictNotice: 'Changed in another tab — reload or take over?',
    conflictDeleted: 'Deleted in another tab — reload (remove it here) or take over (keep it)?',
    conflictUnreadable:
      '«{name}» was saved by a newer version of the app in another tab. The changes here are not saved; reload the page to get the new version.',
    conflictWorkspace: 'About the workspace «{name}».',
    reloadButton: 'Reload',
    takeOverButton: 'Take over',
    reloadHelp: 'Reload fetches the saved copy; the changes in this tab are kept as a version.',
    takeOverHelp: 'Take over saves this tab’s copy over the other one.',
    keptVersionName: 'Changes from another tab',
    recoveredVersionName: 'Unsaved changes from a closed tab',
    reloaded: 'The saved copy of «{name}» is loaded.',
    tookOver: 'This tab’s copy of «{name}» is saved.',
    saveFailed:
      'The changes to «{name}» are not saved: the browser refused to store them. They exist only in this tab until saving works.',
    retryButton: 'Try saving again',
    unreadableSaved: 'A saved workspace ({id}) cannot be read and is left untouched: {reason}',
    loadFailed: 'The saved workspaces could not be read. What you do now may not be saved.',
    versionsTitle: 'Versions of «{name}»',
    versionsIntro:
      'A version is a snapshot of the whole workspace. Save one after each gathering, compare it with today and restore it when needed.',
    newVersionHeading: 'Save a new version',
    versionNameLabel: 'Name of the version',
    versionStepLabel: 'Belongs to the step',
    noStep: 'None in particular',
    saveVersionButton: 'Save the version',
    versionNameMissing: 'Write a name for the version.',
    stepNames: {
      preparation: 'Preparation',
      'gathering-1': 'Gathering 1',
      'local-work': 'Local work',
      'gathering-2': 'Gathering 2',
      'gathering-3': 'Gathering 3',
      'gathering-4': 'Gathering 4',
      'annual-wheel': 'Annual wheel',
    },
    stepVersionNames: {
      preparation: 'After the preparation',
      'gathering-1': 'Gathering 1',
      'local-work': 'After the local work',
      'gathering-2': 'Gathering 2',
      'gathering-3': 'Gathering 3',
      'gathering-4': 'Gathering 4',
      'annual-wheel': 'Annual wheel',
    },
    versionListHeading: 'Saved versions',
    noVersions: 'No versions yet.',
    versionStep: 'Step: {step}',
    compareButton: 'Compare «{name}» with now',
    hideCompareButton: 'Hide the comparison',
    restoreButton: 'Restore «{name}»',
    deleteButton: 'Delete «{name}»',
    confirmRestore:
      'Restore «{name}»? What is there now is first saved as the version «{before}», so you can undo.',
    confirmRestoreButton: 'Yes, restore',
    confirmDelete: 'Delete the version «{name}»? This cannot be undone.',
    confirmDeleteButton: 'Yes, delete',
    beforeRestoreName: 'Before restoring',
    versionSaved: 'The version «{name}» is saved.',
    versionRestored:
      '«{name}» is restored. What was there before is saved as the version «{before}».',
    versionDeleted: 'The version «{name}» is deleted.',
    versionFailed: 'The version could not be saved or changed. Nothing was changed.',
    comparisonHeading: 'From «{name}» to now',
    comparisonSame: 'No differences.',
    detailNames: {
      name: 'name',
      office: 'office',
      municipality: 'municipality',
      owners: 'owners',
      participants: 'participants',
      year: 'year',
    },
    detailsChanged: 'Details changed: {fields}',
    units: {
      areas: ['area', 'areas'],
      notes: ['note', 'notes'],
      rows: ['row', 'rows'],
      cells: ['cell', 'cells'],
      activities: ['activity', 'activities'],
      fields: ['answer', 'answers'],
    },
    added: '{n} {unit} added',
    removed: '{n} {unit} removed',
    changed: '{n} {unit} changed',
    textChanged: 'changed',
    modelAreas: 'area {areas}',
    transferHeading: 'Export and import',
    exportWorkspaceButton: 'Export «{name}» as a file',
    exportNetworkButton: 'Export the whole network as a file',
    exportDone: 'The file {file} is made.',
    importLabel: 'Import workspaces from a file (JSON)',
    importHint: 'You see what the file adds and replaces before anything changes.',
    previewHeading: 'What the import does',
    previewAdds: 'Adds ({n})',
    previewReplaces: 'Replaces ({n})',
    previewUnchanged: 'Already the same ({n})',
    previewNothing: 'The file has nothing new.',
    confirmImportButton: 'Import',
    importDone: 'Workspaces imported: {n}.',
    importCancelled: 'The import is cancelled. Nothing was changed.',
    importFailed: 'The file cannot be imported. {reason} Nothing was changed.',
  },
};
