// The view of a path the app does not know, and of a workspace this browser does not have.
import { format } from '@mulighetsrom/core';
import { html } from 'lit';
import { shellMessages } from '../messages/shell.js';
import type { ViewContext } from '../views/context.js';
import { href } from './paths.js';

export function notFoundView(ctx: ViewContext, path: string) {
  const t = shellMessages[ctx.lang];
  return html`<h1 tabindex="-1">${t.notFoundTitle}</h1>
    <p>${format(t.notFoundText, { path })}</p>
    <p><a href=${href({ view: 'home' })}>${t.notFoundHome}</a></p>`;
}

export function noWorkspaceView(ctx: ViewContext) {
  const t = shellMessages[ctx.lang];
  return html`<h1 tabindex="-1">${t.noWorkspaceTitle}</h1>
    <p>${t.noWorkspaceText}</p>
    <p><a href=${href({ view: 'home' })}>${t.notFoundHome}</a></p>`;
}

export function loadingView(ctx: ViewContext) {
  return html`<h1 tabindex="-1" data-loading>${shellMessages[ctx.lang].siteName}</h1>
    <p role="status">${shellMessages[ctx.lang].loading}</p>`;
}
