import { css, unsafeCSS } from 'lit';
import { shadowTokensCss } from './shadow-tokens.generated.js';

/**
 * Styles every widget shares. The tokens come in as a constructable stylesheet (no <style>
 * text, so CSP `style-src 'self'` holds). Fallbacks keep a widget readable without them.
 */
export const baseStyles = [
  unsafeCSS(shadowTokensCss),
  css`
    /* The widgets' shared short names for the tokens (statuses, surfaces, text, focus, space),
       each with its literal fallback, so a widget stays readable without the page's tokens. */
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--mulighetsrom-font-family, inherit);
      color: var(--mulighetsrom-color-text-default, #1a2230);
      --_strong-bg: var(--mulighetsrom-color-status-strong-background, #dff3e4);
      --_strong-border: var(--mulighetsrom-color-status-strong-border, #2e8540);
      --_strong-text: var(--mulighetsrom-color-status-strong-text, #14532d);
      --_improve-bg: var(--mulighetsrom-color-status-improve-background, #fff3c4);
      --_improve-border: var(--mulighetsrom-color-status-improve-border, #a37800);
      --_improve-text: var(--mulighetsrom-color-status-improve-text, #5a4300);
      --_unknown-bg: var(--mulighetsrom-color-status-unknown-background, #ffffff);
      --_unknown-border: var(--mulighetsrom-color-status-unknown-border, #6b7480);
      --_unknown-text: var(--mulighetsrom-color-status-unknown-text, #4b5563);
      --_planned-bg: var(--mulighetsrom-color-status-planned-background, #e4ebfb);
      --_planned-border: var(--mulighetsrom-color-status-planned-border, #3b5fc0);
      --_surface: var(--mulighetsrom-color-surface-default, #ffffff);
      --_raised: var(--mulighetsrom-color-surface-raised, #f3f5f8);
      --_text: var(--mulighetsrom-color-text-default, #1a2230);
      --_subtle: var(--mulighetsrom-color-text-subtle, #4b5563);
      --_border: var(--mulighetsrom-color-border-default, #6b7480);
      --_focus: var(--mulighetsrom-color-focus-ring, #1b4fbd);
      --_space: var(--mulighetsrom-space-3, 0.75rem);
    }

    :host([hidden]) {
      display: none !important;
    }

    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }

    :focus-visible {
      outline: var(--mulighetsrom-focus-ring-width, 3px) solid
        var(--mulighetsrom-color-focus-ring, #1b4fbd);
      outline-offset: var(--mulighetsrom-focus-ring-offset, 2px);
    }

    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }

    /* Empty (nothing loading) it takes no room. */
    .mulighetsrom-loading:not(:empty) {
      margin: 0 0 var(--mulighetsrom-space-3, 0.75rem);
      font-style: italic;
    }

    .mulighetsrom-errors {
      margin: 0 0 var(--mulighetsrom-space-3, 0.75rem);
      padding: var(--mulighetsrom-space-3, 0.75rem) var(--mulighetsrom-space-4, 1rem);
      border: 2px solid var(--mulighetsrom-color-danger-border, #c12a1f);
      border-radius: var(--mulighetsrom-radius-small, 0.25rem);
      background: var(--mulighetsrom-color-danger-background, #fcebea);
      color: var(--mulighetsrom-color-danger-text, #8c1c14);
    }

    .mulighetsrom-errors p,
    .mulighetsrom-errors ul {
      margin: 0;
    }

    .mulighetsrom-errors ul {
      margin-top: var(--mulighetsrom-space-2, 0.5rem);
      padding-left: 1.25rem;
    }

    .mulighetsrom-errors code {
      font-family: ui-monospace, monospace;
      overflow-wrap: anywhere;
    }

    /* Saved work kept aside, or not saved: information, not an error in the data. */
    .mulighetsrom-notice {
      margin: 0 0 var(--mulighetsrom-space-3, 0.75rem);
      padding: var(--mulighetsrom-space-3, 0.75rem) var(--mulighetsrom-space-4, 1rem);
      border: 2px solid currentColor;
      border-left-width: 0.5rem;
      border-radius: var(--mulighetsrom-radius-small, 0.25rem);
    }

    .mulighetsrom-notice p {
      margin: 0;
    }

    .mulighetsrom-notice-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mulighetsrom-space-2, 0.5rem);
      margin-top: var(--mulighetsrom-space-2, 0.5rem) !important;
    }

    .history {
      display: inline-flex;
      flex-wrap: wrap;
      gap: var(--mulighetsrom-space-2, 0.5rem);
    }

    /* Still focusable (aria-disabled), so the state shows by more than colour: a dashed edge. */
    button[aria-disabled='true'] {
      border-style: dashed;
      opacity: 0.7;
      cursor: not-allowed;
    }

    /* The move menu: a handle on each item and the menu under it. */
    .move {
      position: relative;
      display: inline-block;
    }

    .move-handle {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 2.75rem;
      min-height: 2.75rem;
    }

    .move-handle svg {
      width: 1rem;
      height: 1rem;
      fill: currentColor;
    }

    .move-menu {
      position: absolute;
      z-index: 10;
      inset-inline-start: 0;
      top: 100%;
      display: flex;
      flex-direction: column;
      min-width: 12rem;
      max-width: calc(100vw - 2rem);
      padding: var(--mulighetsrom-space-1, 0.25rem);
      border: 1px solid currentColor;
      border-radius: var(--mulighetsrom-radius-small, 0.25rem);
      background: var(--mulighetsrom-color-surface-raised, #f3f5f8);
      color: var(--mulighetsrom-color-text-default, #1a2230);
      box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 20%);
    }

    .move-menu [role='menuitem'] {
      text-align: start;
    }

    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }

    @media (forced-colors: active) {
      .move-menu {
        border-color: CanvasText;
        background: Canvas;
        color: CanvasText;
      }

      .mulighetsrom-errors {
        border-color: CanvasText;
        background: Canvas;
        color: CanvasText;
      }

      :focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
