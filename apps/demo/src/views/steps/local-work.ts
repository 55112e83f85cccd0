// The weeks of local work between gatherings 1 and 2: free notes, saved as they are typed.
import { html } from 'lit';
import { posterNames } from '../../messages/posters.js';
import { stepMessages } from '../../messages/steps.js';
import type { Workspace } from '../../workspace/document.js';
import type { ViewContext } from '../context.js';
import { drafts, save, stepFrame } from './frame.js';

export function localWorkView(ctx: ViewContext, workspace: Workspace) {
  const t = stepMessages[ctx.lang];
  const key = `${workspace.id}:localWorkNotes`;
  const write = (text: string) => save(ctx, workspace.id, (w) => ({ ...w, localWorkNotes: text }));
  return stepFrame(
    ctx,
    workspace,
    'local-work',
    html`<section class="widget-section">
      <label class="section-label" for="local-work-notes"
        >${posterNames[ctx.lang].localWorkNotes}</label
      >
      <p id="local-work-hint" class="hint">${t.notesHint}</p>
      <textarea
        id="local-work-notes"
        rows="12"
        aria-describedby="local-work-hint"
        .value=${drafts.value(key, workspace.localWorkNotes)}
        @input=${(e: Event) => drafts.input(key, (e.target as HTMLTextAreaElement).value, write)}
        @blur=${() => void drafts.flush(key)}
      ></textarea>
    </section>`,
  );
}
