// The page around every view: skip link, header (site name, main navigation, language and
// colour scheme), the timer, the workspace's steps, the main outlet and the live region.
import { LANGS, format, type Lang } from '@mulighetsrom/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { languageNames, shellMessages } from '../messages/shell.js';
import { stepMessages } from '../messages/steps.js';
import { timerMessages } from '../messages/timer.js';
import type { Route } from '../router.js';
import { SCHEMES, type Scheme, type Settings } from '../settings.js';
import '../timer/timer-element.js';
import { STEP_IDS, type Workspace } from '../workspace/document.js';
import { href } from './paths.js';

export interface LayoutInput {
  settings: Settings;
  route: Route;
  /** The workspace the route is in, if any. */
  workspace: Workspace | undefined;
  /** Shown above the main content (e.g. the other-tab notice). */
  notice: TemplateResult | typeof nothing;
  content: TemplateResult;
  onSettings: (next: Partial<Settings>) => void;
  announce: (text: string) => void;
}

/** `aria-current="page"` on the link of the view shown. */
const current = (yes: boolean) => (yes ? 'page' : 'false');

/** A labelled select of [value, text, lang?] options. */
function choice(
  id: string,
  label: string,
  options: [string, string, string?][],
  selected: string,
  onChange: (value: string) => void,
): TemplateResult {
  return html`<label>
    ${label}
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${options.map(
        ([value, text, lang]) =>
          html`<option value=${value} lang=${ifDefined(lang)} ?selected=${value === selected}>
            ${text}
          </option>`,
      )}
    </select>
  </label>`;
}

export function layout(input: LayoutInput): TemplateResult {
  const { settings, route, workspace } = input;
  const t = shellMessages[settings.lang];
  const steps = stepMessages[settings.lang];
  const view = route.view;
  // The workspace whose steps the header lists: the one the route is in (not on its embed page).
  const stepsOf =
    'id' in route && route.id !== undefined && view !== 'embed'
      ? (workspace?.id ?? route.id)
      : workspace?.id;
  return html`
    <a class="skip-link" href="#main">${t.skipLink}</a>
    <header class="site-header">
      <p class="site-name"><a href=${href({ view: 'home' })}>${t.siteName}</a></p>
      <nav class="main-nav" aria-label=${t.mainNav}>
        <ul>
          <li>
            <a href=${href({ view: 'home' })} aria-current=${current(view === 'home')}
              >${t.navHome}</a
            >
          </li>
          <li>
            <a href=${href({ view: 'network' })} aria-current=${current(view === 'network')}
              >${t.navNetwork}</a
            >
          </li>
          <li>
            <a
              href=${href(workspace ? { view: 'embed', id: workspace.id } : { view: 'embed' })}
              aria-current=${current(view === 'embed')}
              >${t.navEmbed}</a
            >
          </li>
        </ul>
      </nav>
      <section class="settings" aria-labelledby="settings-heading">
        <h2 id="settings-heading" class="visually-hidden">${t.settingsHeading}</h2>
        ${choice(
          'language',
          t.languageLabel,
          LANGS.map((code) => [code, languageNames[code], code]),
          settings.lang,
          (lang) => input.onSettings({ lang: lang as Lang }),
        )}
        ${choice(
          'scheme',
          t.schemeLabel,
          SCHEMES.map((code) => [code, t.schemes[code]]),
          settings.scheme,
          (scheme) => input.onSettings({ scheme: scheme as Scheme }),
        )}
      </section>
    </header>
    ${input.notice}
    <aside class="timer-region" aria-label=${timerMessages[settings.lang].heading}>
      <demo-timer lang=${settings.lang} .announce=${input.announce}></demo-timer>
    </aside>
    ${
      // Drawn from the route, before the saved workspace has loaded, so the page below does
      // not jump down when it arrives (Lighthouse measured a layout shift of 0.6 here).
      stepsOf
        ? html`<nav
            class="steps-nav"
            aria-label=${format(t.stepsNav, { name: workspace?.name ?? stepsOf })}
          >
            <ol>
              <li>
                <a
                  href=${href({ view: 'workspace', id: stepsOf })}
                  aria-current=${current(view === 'workspace')}
                  >${t.navOverview}</a
                >
              </li>
              ${STEP_IDS.map(
                (step) =>
                  html`<li>
                    <a
                      href=${href({ view: 'step', id: stepsOf, step })}
                      aria-current=${current(view === 'step' && route.step === step)}
                      >${steps.steps[step].name}</a
                    >
                  </li>`,
              )}
            </ol>
          </nav>`
        : nothing
    }
    <main id="main" tabindex="-1">
      ${
        workspace?.example
          ? html`<p class="example-notice">
              <strong class="example-label">${t.exampleLabel}</strong> ${t.exampleNotice}
            </p>`
          : nothing
      }
      ${input.content}
    </main>
    <footer class="site-footer">
      <p>${t.footer}</p>
    </footer>
    <div id="live-region" class="visually-hidden" role="status" aria-live="polite"></div>
  `;
}
