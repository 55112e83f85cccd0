// Gathering 4: the hunt for new ideas with dot voting (three dots each, or the room's raised
// hands counted on one screen) and the next steps.
import type { SwotDocument } from '@mulighetsrom/core';
import { html } from 'lit';
import { posterNames } from '../../messages/posters.js';
import { stepMessages } from '../../messages/steps.js';
import type { Workspace } from '../../workspace/document.js';
import type { ViewContext } from '../context.js';
import { bind, planSection, stepFrame } from './frame.js';
import { staged } from './staged.js';

/** Each participant's dots. */
const VOTES_EACH = 3;
/** One screen for the whole room (a choice of this visit, not of the workspace). */
let roomMode = false;

export function gathering4View(ctx: ViewContext, workspace: Workspace) {
  const t = stepMessages[ctx.lang];
  const ideas = bind<SwotDocument>(
    ctx,
    workspace,
    'ideas',
    (w) => w.ideas,
    (w, value) => ({ ...w, ideas: value }),
    () => ({}),
  );
  return stepFrame(
    ctx,
    workspace,
    'gathering-4',
    html`
      <section class="widget-section" aria-labelledby="ideas-heading">
        <h2 id="ideas-heading">${posterNames[ctx.lang].ideas}</h2>
        <p class="checkbox-field">
          <input
            type="checkbox"
            id="room-mode"
            aria-describedby="room-mode-hint"
            .checked=${roomMode}
            @change=${(e: Event) => {
              roomMode = (e.target as HTMLInputElement).checked;
              ctx.redraw();
            }}
          />
          <label for="room-mode">${t.roomMode}</label>
        </p>
        <p id="room-mode-hint" class="hint">${t.roomModeHint}</p>
        ${staged(
          'mulighetsrom-swot',
          html`<mulighetsrom-swot
            id="ideas"
            editable
            toolbar
            vote-limit=${VOTES_EACH}
            ?room-mode=${roomMode}
            .data=${ideas.data}
            @mulighetsrom-change=${ideas.change}
          ></mulighetsrom-swot>`,
        )}
      </section>
      ${planSection(ctx, workspace, 'nextSteps', 'next-steps')}
    `,
  );
}
