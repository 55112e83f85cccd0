// The reader's language and colour scheme, kept in localStorage so a reload keeps them.
import { DEFAULT_LANG, normalizeLang, type Lang } from '@mulighetsrom/core';
import { themes, type ThemeName } from '@mulighetsrom/tokens';

/** A theme of @mulighetsrom/tokens, or the device's setting. */
export type Scheme = 'system' | ThemeName;

export interface Settings {
  lang: Lang;
  scheme: Scheme;
}

export const SCHEMES: readonly Scheme[] = ['system', ...themes];
const KEY = 'mulighetsrom-demo:settings';

function isScheme(value: unknown): value is Scheme {
  return SCHEMES.includes(value as Scheme);
}

/** Saved settings, else Bokmål and the device's colour scheme. */
export function loadSettings(): Settings {
  let saved: Partial<Settings> = {};
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (raw && typeof raw === 'object') saved = raw as Partial<Settings>;
  } catch {
    // Private mode or a damaged entry: fall back to the defaults.
  }
  return {
    lang: normalizeLang(saved.lang) ?? DEFAULT_LANG,
    scheme: isScheme(saved.scheme) ? saved.scheme : 'system',
  };
}

export function saveSettings(settings: Settings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage may be full or blocked; the page still works for this visit.
  }
}

/** Applies the settings to <html>: `lang` for widgets and screen readers, and the theme. */
export function applySettings({ lang, scheme }: Settings): void {
  const root = document.documentElement;
  root.lang = lang;
  if (scheme === 'system') root.removeAttribute('data-color-scheme');
  else root.dataset['colorScheme'] = scheme;
}
