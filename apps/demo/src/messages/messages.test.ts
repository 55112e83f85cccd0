// Every catalog of the app's own views: nb, nn and en have the same keys, the same number of
// paragraphs and the same {placeholders}, and no text is empty.
import { describe, expect, it } from 'vitest';
import { homeMessages } from './home.js';
import { posterNames } from './posters.js';
import { shellMessages } from './shell.js';
import { stepMessages } from './steps.js';
import { timerMessages } from './timer.js';
import { workspaceMessages } from './workspace.js';

/** Every leaf of a catalog as path → text. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  return Object.entries(value as object).flatMap(([key, item]) =>
    leaves(item, path ? `${path}.${key}` : key),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['shell', shellMessages],
  ['home', homeMessages],
  ['posters', posterNames],
  ['steps', stepMessages],
  ['workspace', workspaceMessages],
  ['timer', timerMessages],
] as const)('%s messages', (_name, catalog) => {
  const nb = new Map(leaves(catalog.nb));

  it.each(['nn', 'en'] as const)('%s has what nb has, with the same placeholders', (lang) => {
    const other = new Map(leaves(catalog[lang]));
    expect([...other.keys()]).toEqual([...nb.keys()]);
    for (const [path, text] of nb)
      expect(placeholders(other.get(path) ?? ''), `${lang} ${path}`).toEqual(placeholders(text));
  });

  it('has no empty text', () => {
    for (const lang of ['nb', 'nn', 'en'] as const)
      for (const [path, text] of leaves(catalog[lang]))
        expect(text.trim(), `${lang} ${path}`).not.toBe('');
  });
});
