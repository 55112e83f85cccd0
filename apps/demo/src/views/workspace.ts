// A workspace's overview: the partnership (name, owners, participants, year; edited in place),
// the steps with a short status each, the progress (what each step holds, what is overdue in
// the plans) and the development plans.
import { followUpAreaText, format, todayIso, type Lang } from '@mulighetsrom/core';
import { html, nothing } from 'lit';
import { posterNames } from '../messages/posters.js';
import { stepMessages } from '../messages/steps.js';
import { workspaceMessages, type WorkspaceMessages } from '../messages/workspace.js';
import { href } from '../shell/paths.js';
import { STEP_IDS, type Workspace } from '../workspace/document.js';
import type { ViewContext } from './context.js';
import { chosenAreas } from './steps/areas.js';
import { save } from './steps/frame.js';
import { workspaceProgress, type CountKind, type StepCount } from './steps/progress.js';
import { lines, readYear } from './workspace-form.js';

type Field = 'name' | 'owners' | 'participants' | 'year';
/** A field whose last input was refused (the stored value is kept). */
let refused: { id: string; field: Field } | undefined;

const COUNT_KEYS: Record<CountKind, keyof WorkspaceMessages> = {
  notes: 'countNotes',
  rows: 'countRows',
  marks: 'countMarks',
  areas: 'countAreas',
  chosen: 'countChosen',
  activities: 'countActivities',
  text: 'countText',
  plans: 'countPlans',
};

const countText = (counts: readonly StepCount[], t: WorkspaceMessages): string =>
  counts.map(({ kind, count }) => format(t[COUNT_KEYS[kind]] as string, { count })).join(', ');

function edit(ctx: ViewContext, workspace: Workspace, field: Field, event: Event): void {
  const input = event.target as HTMLInputElement | HTMLTextAreaElement;
  const t = workspaceMessages[ctx.lang];
  let change: Partial<Workspace>;
  if (field === 'name') {
    const name = input.value.trim();
    if (name === '') return refuse(ctx, workspace, field, t.nameMissing);
    change = { name };
  } else if (field === 'year') {
    const year = readYear(input.value);
    if (year === undefined) return refuse(ctx, workspace, field, t.yearInvalid);
    change = { year };
  } else change = { [field]: lines(input.value) };
  refused = undefined;
  void save(ctx, workspace.id, (w) => ({ ...w, ...change })).then(() => {
    ctx.announce(t.detailsSaved);
    ctx.redraw();
  });
}

function refuse(ctx: ViewContext, workspace: Workspace, field: Field, text: string): void {
  refused = { id: workspace.id, field };
  ctx.announce(text);
  ctx.redraw();
}

export function workspaceView(ctx: ViewContext, workspace: Workspace) {
  const t = workspaceMessages[ctx.lang];
  const steps = stepMessages[ctx.lang];
  const today = todayIso();
  const progress = workspaceProgress(workspace, today);
  const overdue = progress.flatMap((p) => p.overdue);
  const chosen = chosenAreas(workspace.model);
  const bad = (field: Field) => refused?.id === workspace.id && refused.field === field;
  const errorOf = (field: Field, text: string) =>
    bad(field) ? html`<p class="field-error" id=${`ws-${field}-error`}>${text}</p>` : nothing;
  const stepHref = (step: (typeof STEP_IDS)[number]) =>
    href({ view: 'step', id: workspace.id, step });
  return html`
    <h1 tabindex="-1">${workspace.name}</h1>
    <section aria-labelledby="details-heading" class="details">
      <h2 id="details-heading">${t.detailsHeading}</h2>
      <div class="details-grid">
        <div class="field">
          <label for="ws-name">${t.nameLabel}</label>
          <input
            id="ws-name"
            .value=${workspace.name}
            aria-invalid=${bad('name') ? 'true' : 'false'}
            aria-describedby="ws-name-error"
            @change=${(e: Event) => edit(ctx, workspace, 'name', e)}
          />
          ${errorOf('name', t.nameMissing)}
        </div>
        <div class="field">
          <label for="ws-year">${t.yearLabel}</label>
          <input
            id="ws-year"
            inputmode="numeric"
            size="6"
            .value=${String(workspace.year)}
            aria-invalid=${bad('year') ? 'true' : 'false'}
            aria-describedby="ws-year-error"
            @change=${(e: Event) => edit(ctx, workspace, 'year', e)}
          />
          ${errorOf('year', t.yearInvalid)}
        </div>
        <div class="field">
          <label for="ws-owners">${t.ownersLabel}</label>
          <p class="hint" id="ws-owners-hint">${t.onePerLine}</p>
          <textarea
            id="ws-owners"
            rows="3"
            aria-describedby="ws-owners-hint"
            .value=${workspace.owners.join('\n')}
            @change=${(e: Event) => edit(ctx, workspace, 'owners', e)}
          ></textarea>
        </div>
        <div class="field">
          <label for="ws-participants">${t.participantsLabel}</label>
          <p class="hint" id="ws-participants-hint">${t.onePerLine}</p>
          <textarea
            id="ws-participants"
            rows="4"
            aria-describedby="ws-participants-hint"
            .value=${workspace.participants.join('\n')}
            @change=${(e: Event) => edit(ctx, workspace, 'participants', e)}
          ></textarea>
        </div>
      </div>
    </section>
    <section aria-labelledby="progress-heading" class="progress">
      <h2 id="progress-heading">${t.progressHeading}</h2>
      <table class="progress-table">
        <caption>
          ${t.progressCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.colStep}</th>
            <th scope="col">${t.colContent}</th>
            <th scope="col">${t.colOverdue}</th>
          </tr>
        </thead>
        <tbody>
          ${progress.map(
            (p) =>
              html`<tr data-step=${p.step} class=${p.hasContent ? 'has-content' : 'empty'}>
                <th scope="row"><a href=${stepHref(p.step)}>${steps.steps[p.step].name}</a></th>
                <td>
                  <span class="status-mark" aria-hidden="true">${p.hasContent ? '●' : '○'}</span>
                  ${p.hasContent ? t.statusStarted : t.statusEmpty}
                  ${p.hasContent ? countText(p.counts, t) : nothing}
                </td>
                <td>
                  ${p.overdue.length > 0 ? format(t.statusOverdue, { count: p.overdue.length }) : '–'}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <h3>${t.overdueHeading}</h3>
      ${
        overdue.length === 0
          ? html`<p class="no-overdue">${t.noOverdue}</p>`
          : html`<ul class="overdue-list">
              ${overdue.map(
                (task) =>
                  html`<li>
                    <a href=${stepHref(task.step)}
                      >${format(t.overdueRow, {
                        what:
                          (typeof task.row.what === 'string' && task.row.what.trim()) ||
                          t.untitledRow,
                        plan: planName(task.plan, ctx.lang),
                        end: showDay(String(task.row.end), ctx.lang),
                      })}</a
                    >
                  </li>`,
              )}
            </ul>`
      }
    </section>
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">${posterNames[ctx.lang].developmentPlans}</h2>
      ${
        chosen.length === 0
          ? html`<p>${t.noPlans}</p>`
          : html`<ul>
              ${chosen.map(
                (area) =>
                  html`<li>
                    <a href=${href({ view: 'plan', id: workspace.id, area: String(area) })}
                      >${format(posterNames[ctx.lang].developmentPlan, {
                        area: followUpAreaText(area, ctx.lang),
                      })}</a
                    >
                  </li>`,
              )}
            </ul>`
      }
    </section>
    <section aria-labelledby="more-heading">
      <h2 id="more-heading">${t.moreHeading}</h2>
      <ul>
        <li><a href=${href({ view: 'versions', id: workspace.id })}>${t.versionsLink}</a></li>
        <li><a href=${href({ view: 'print', id: workspace.id })}>${t.printLink}</a></li>
        <li><a href=${href({ view: 'embed', id: workspace.id })}>${t.embedLink}</a></li>
      </ul>
    </section>
  `;
}

/** An ISO day as the reader's language writes it (an overdue row's end is always one). */
const showDay = (iso: string, lang: Lang): string =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long' }).format(
    new Date(`${iso.slice(0, 10)}T12:00:00`),
  );

function planName(plan: 'workPlan' | 'followUpPlan' | 'businessPlan' | 'nextSteps', lang: Lang) {
  return posterNames[lang][plan];
}
