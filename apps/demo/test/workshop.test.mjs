// One partnership through the whole process in Chromium, on the production build: content in
// every step's widgets reaches the store (the progress overview shows it), the widgets link to
// each other, the limit of three areas holds, and one gathering is done by keyboard alone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createWorkspace, startApp, tabTo, visit, waitForView } from './helpers.mjs';

let app;

before(async () => {
  app = await startApp();
});

after(async () => {
  await app?.close();
});

/** Follows the steps navigation to `name`. */
async function openStep(page, name) {
  await page.locator('.steps-nav a', { hasText: name }).click();
  await waitForView(page);
}

/** Adds a note to the first column of a board (Enter in its field). */
async function addNote(board, text) {
  const input = board.locator('form.add input[name="text"]').first();
  await input.fill(text);
  await input.press('Enter');
}

/** Writes `text` into a follow-up table's cell (Enter on it opens its editor, Enter saves). */
async function writeCell(table, row, column, text) {
  await table.locator(`tr[data-id="${row}"] td[data-column="${column}"]`).focus();
  await table.page().keyboard.press('Enter');
  const editor = table.locator('.editor');
  await editor.fill(text);
  await editor.press('Enter');
}

/** Opens an area's details on a model and ticks or picks `choice`. */
async function onModel(page, area, choice) {
  await page.locator('mulighetsrom-model').evaluate(async (model, id) => {
    model.select(id);
    await model.updateComplete;
  }, area);
  await page.locator('mulighetsrom-model').locator(choice).check();
}

/** The progress table's content cell of each step. */
const progress = (page) =>
  page
    .locator('.progress-table tbody tr')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.dataset.step,
          row.querySelector('td').textContent.replace(/\s+/g, ' ').trim(),
        ]),
      ),
    );

describe('a partnership through the process', () => {
  it('puts content in every step, and the overview shows each step’s content and what is overdue', async () => {
    const { page, problems } = await app.newPage();
    page.setDefaultTimeout(5000);
    await visit(page, app.url('/'));
    const id = await createWorkspace(page, { name: 'NAV Solvik' });
    const before = await progress(page);
    assert.ok(
      Object.values(before).every((text) => /^○ Ikke startet\.$/.test(text)),
      JSON.stringify(before),
    );

    // Preparation: the work plan, with a task that was due long ago.
    await openStep(page, 'Forberedelse');
    const workPlan = page.locator('#work-plan');
    await writeCell(workPlan, 'row-1', 'what', 'Forankre arbeidet hos eierne');
    await writeCell(workPlan, 'row-1', 'when', '01.01.2020–01.02.2020');

    // Gathering 1: cross, both matrices, the follow-up plan.
    await openStep(page, 'Samling 1');
    await addNote(page.locator('#assessment-cross'), 'Kort vei mellom lederne');
    for (const matrix of ['#expectations-radmann', '#expectations-fylkesdirektor']) {
      await page.locator(matrix).locator('td[tabindex="0"]').first().focus();
      await page.keyboard.press('Space');
    }
    await writeCell(page.locator('#follow-up-plan'), 'row-1', 'what', 'Sende referat');

    // Local work: notes, saved as they are typed.
    await openStep(page, 'Lokalt arbeid');
    await page.getByLabel('Notater fra det lokale arbeidet').fill('Møte med rådmannen 3. mars.');

    // Gathering 2: three areas chosen, a fourth refused; a board per area; the business plan.
    await openStep(page, 'Samling 2');
    for (const area of [3, 16, 4]) await onModel(page, area, '.planned-choice input');
    assert.match(await page.locator('.chosen-areas').textContent(), /3\. .*; 4\. .*; 16\. /);
    await onModel(page, 6, '.planned-choice input');
    await page.locator('.limit-message').waitFor();
    assert.match(await page.locator('.limit-message').textContent(), /opptil 3 utviklingsområder/);
    const planned = await page
      .locator('mulighetsrom-model')
      .evaluate((model) => model.value.areas.filter((a) => a.planned).map((a) => a.id));
    assert.deepEqual(
      planned.sort((a, b) => a - b),
      [3, 4, 16],
      'the fourth is not kept',
    );
    assert.equal(await page.locator('mulighetsrom-situation-board').count(), 3);
    await addNote(page.locator('#board-3 mulighetsrom-situation-board'), 'Faste partnerskapsmøter');
    const business = page.locator('#business-plan');
    await writeCell(business, 'row-1', 'what', 'Felles mål i virksomhetsplanen');
    await writeCell(business, 'row-1', 'area', '3');

    // The area panel: choosing area 3 on the model links to its board, plan and rows.
    await page.locator('mulighetsrom-model').evaluate(async (model) => {
      model.select(3);
      await model.updateComplete;
    });
    const panel = page.locator('.area-panel');
    assert.match(await panel.locator('h3').textContent(), /3\. Rammer for partnerskapsmøter/);
    assert.match(await panel.textContent(), /Radene i planene \(1\)/);
    await panel.getByRole('link', { name: 'Utviklingsplanen for området' }).click();
    await waitForView(page);
    assert.equal(new URL(page.url()).pathname, `/w/${id}/plan/3`);
    await page
      .getByLabel('Hvorfor valgte dere dette området, og hva vil dere oppnå?')
      .fill('Møtene er i dag tilfeldige.');
    await page
      .getByRole('textbox', { name: 'Hvem har ansvaret?', exact: true })
      .fill('NAV-leder og kommunalsjef');
    await page.getByRole('textbox', { name: 'Hvem har ansvaret?', exact: true }).blur();
    const areaRows = await page
      .locator('#area-rows')
      .evaluate((table) => table.value.rows.map((row) => row.what));
    assert.deepEqual(areaRows, ['Felles mål i virksomhetsplanen']);
    await page.getByRole('link', { name: 'Tavla for området (samling 2)' }).click();
    await waitForView(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'board-3');
    assert.deepEqual(
      await page
        .locator('#board-3 mulighetsrom-situation-board')
        .evaluate((b) => b.value.desired.map((n) => n.text)),
      ['Faste partnerskapsmøter'],
      'the board kept its note',
    );

    // Gathering 3: statuses on the model, what helps and hinders.
    await openStep(page, 'Samling 3');
    await onModel(page, 5, 'input[type=radio][value=strong]');
    await onModel(page, 9, 'input[type=radio][value=improve]');
    await addNote(page.locator('#helps-and-hinders'), 'Ledere som prioriterer møtene');

    // Gathering 4: ideas with dot votes, next steps.
    await openStep(page, 'Samling 4');
    const ideas = page.locator('#ideas');
    await addNote(ideas, 'Felles kontor for NAV og kommunen');
    await ideas
      .getByRole('button', { name: 'Stem på «Felles kontor for NAV og kommunen»' })
      .click();
    assert.equal(
      await ideas.evaluate((board) => board.value.strengths[0].votes),
      1,
      'the dot vote is in the data',
    );
    await page.getByLabel('Tell stemmene i rommet på denne skjermen').check();
    assert.equal(await ideas.getAttribute('room-mode'), '');
    await writeCell(page.locator('#next-steps'), 'row-1', 'what', 'Prøve felles mottak');

    // The annual wheel: the example wheel, and a checklist meeting that opens the model.
    await openStep(page, 'Årshjulet');
    await page.getByRole('button', { name: 'Start fra eksempelhjulet' }).click();
    await page.waitForFunction(
      () => document.querySelector('#wheel')?.value?.activities?.length > 0,
    );
    assert.equal(await page.locator('#wheel-preset').count(), 0, 'the offer is gone');
    const meeting = await page
      .locator('#wheel')
      .evaluate((wheel) => wheel.value.activities.find((a) => a.checklist === 'model'));
    assert.ok(meeting, 'the example has a meeting with the model as checklist');
    await page.locator('#wheel').evaluate((wheel, activity) => {
      wheel.dispatchEvent(
        new CustomEvent('mulighetsrom-select', {
          detail: { id: activity.id, activity },
          bubbles: true,
          composed: true,
        }),
      );
    }, meeting);
    await page.getByRole('link', { name: 'Åpne modellen' }).click();
    await waitForView(page);
    assert.equal(new URL(page.url()).pathname, `/w/${id}/gathering-3`);

    // The overview: every step has content, the old task is overdue.
    await page.locator('.steps-nav a', { hasText: 'Oversikt' }).click();
    await waitForView(page);
    const after = await progress(page);
    assert.deepEqual(
      Object.keys(after).filter((step) => !after[step].startsWith('● Har innhold.')),
      [],
      JSON.stringify(after),
    );
    assert.match(after['gathering-1'], /lapper: 1, merkede forventninger: 2, rader: 1/);
    assert.match(
      after['gathering-2'],
      /valgte områder: 3, lapper: 1, utviklingsplaner: 1, rader: 1/,
    );
    assert.match(after['gathering-3'], /vurderte områder: 2, lapper: 1/);
    assert.equal(
      (await page.locator('tr[data-step="preparation"] td').nth(1).textContent()).trim(),
      '1 forsinket',
    );
    assert.match(
      await page.locator('.overdue-list').textContent(),
      /Forankre arbeidet hos eierne \(Arbeidsplan\), frist 1\. februar 2020/,
    );
    assert.equal(await page.locator('section a', { hasText: 'Utviklingsplan for 3.' }).count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('keeps a widget’s undo history over its own autosave (the same data object)', async () => {
    const { page, problems } = await app.newPage();
    await visit(page, app.url('/'));
    await createWorkspace(page, { name: 'NAV Solvik' });
    await openStep(page, 'Samling 3');
    const swot = page.locator('#helps-and-hinders');
    await addNote(swot, 'Første');
    await addNote(swot, 'Andre');
    await swot.getByRole('button', { name: 'Angre' }).click();
    assert.deepEqual(
      await swot.evaluate((board) => board.value.strengths.map((n) => n.text)),
      ['Første'],
      'undo after two autosaved edits takes back the last only',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('does gathering 1 by keyboard alone', async () => {
    const { page, problems } = await app.newPage();
    await visit(page, app.url('/'));
    // Create the workspace: Tab to the name field, type, Enter submits.
    await tabTo(page, '#new-name');
    await page.keyboard.type('NAV Tastatur');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.pathname.startsWith('/w/'));
    await waitForView(page);
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'h1');

    // To gathering 1 through the steps navigation (back from the h1).
    await tabTo(page, 'a[href$="/gathering-1"]', { back: true });
    await page.keyboard.press('Enter');
    await waitForView(page);
    assert.equal((await page.locator('main h1').textContent()).trim(), 'Samling 1');

    // The assessment cross: a note.
    await tabTo(page, 'form.add input[name="text"]');
    await page.keyboard.type('Vi snakker sammen hver uke');
    await page.keyboard.press('Enter');
    // The rådmann's matrix: Space marks the first cell.
    await tabTo(page, 'td[tabindex="0"]');
    await page.keyboard.press('Space');
    // The follow-up plan: past the second matrix (and its row and column editor), its first
    // cell; Enter, type, Enter.
    await tabTo(page, 'td[tabindex="0"][data-column="what"]', { limit: 300 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('Invitere til neste møte');
    await page.keyboard.press('Enter');

    const values = await page.evaluate(() => ({
      cross: document.querySelector('#assessment-cross').value.worksWell.map((n) => n.text),
      radmann: document.querySelector('#expectations-radmann').value.cells?.length ?? 0,
      plan: document
        .querySelector('#follow-up-plan')
        .value.rows.map((r) => r.what)
        .filter(Boolean),
    }));
    assert.deepEqual(values, {
      cross: ['Vi snakker sammen hver uke'],
      radmann: 1,
      plan: ['Invitere til neste møte'],
    });

    // On to the next step, and from its h1 back to the workspace's overview, by keyboard too.
    await tabTo(page, '.step-pager a[rel="next"]');
    await page.keyboard.press('Enter');
    await waitForView(page);
    await tabTo(page, '.step-place a', { back: true });
    await page.keyboard.press('Enter');
    await waitForView(page);
    assert.equal((await page.locator('main h1').textContent()).trim(), 'NAV Tastatur');
    assert.match(
      await page.locator('tr[data-step="gathering-1"] td').first().textContent(),
      /lapper: 1, merkede forventninger: 1, rader: 1/,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});

/** Records, per mutation batch (one per task at most), the widgets added to the page. */
function recordMounts(page) {
  return page.addInitScript(() => {
    window.mounts = [];
    const widgetsIn = (node) =>
      node instanceof Element
        ? [node, ...node.querySelectorAll('*')].filter((el) =>
            el.localName.startsWith('mulighetsrom-'),
          )
        : [];
    new MutationObserver((records) => {
      const added = records.flatMap((record) => [...record.addedNodes].flatMap(widgetsIn));
      if (added.length === 0) return;
      window.mounts.push({
        widgets: added.map((el) => el.id),
        viewDrawn: document.querySelector('main h1:not([data-loading])') !== null,
      });
    }).observe(document, { childList: true, subtree: true });
  });
}

describe('a step view on load', () => {
  it('is drawn first, then mounts its widgets one per task, the focused one first', async () => {
    const { page, problems } = await app.newPage({ viewport: { width: 412, height: 823 } });
    await recordMounts(page);
    await visit(page, app.url('/w/example-arendal/gathering-1'));
    const gathering1 = [
      'assessment-cross',
      'expectations-radmann',
      'expectations-fylkesdirektor',
      'follow-up-plan',
    ];
    // On a first load each widget mounts as its module arrives, one per task.
    let mounts = await page.evaluate(() => window.mounts);
    assert.ok(
      mounts.every((batch) => batch.widgets.length === 1),
      JSON.stringify(mounts),
    );
    assert.deepEqual(mounts.map((batch) => batch.widgets[0]).sort(), [...gathering1].sort());
    assert.ok(
      mounts.every((batch) => batch.viewDrawn),
      'the h1 and guide come before any widget',
    );

    // A link to the last widget's heading: it has the focus, so its widget comes first, and the
    // heading keeps the focus and its place while the widgets above it come in.
    // In-app navigation, so the widgets' modules are there and only the order decides.
    const go = (path) =>
      page.evaluate((to) => {
        window.mounts = [];
        history.pushState(null, '', to);
        window.dispatchEvent(new Event('demo-navigate'));
      }, path);
    await go('/w/example-arendal');
    await waitForView(page);
    await go('/w/example-arendal/gathering-1#follow-up-plan-heading');
    await waitForView(page);
    mounts = await page.evaluate(() => window.mounts);
    assert.ok(
      mounts.every((batch) => batch.widgets.length === 1),
      JSON.stringify(mounts),
    );
    assert.equal(mounts[0].widgets[0], 'follow-up-plan', 'the focused one first');
    assert.deepEqual(mounts.map((batch) => batch.widgets[0]).sort(), [...gathering1].sort());
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'follow-up-plan-heading');
    const top = await page
      .locator('#follow-up-plan-heading')
      .evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 823, `the heading is still in view (top ${top})`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('deep links', () => {
  it('open the view of every route of a saved workspace, with its step marked current', async () => {
    const { page, problems } = await app.newPage();
    await visit(page, app.url('/'));
    const id = await createWorkspace(page, { name: 'NAV Lenke' });
    for (const [path, h1] of [
      [`/w/${id}`, 'NAV Lenke'],
      [`/w/${id}/gathering-3`, 'Samling 3'],
      [`/w/${id}/annual-wheel`, 'Årshjulet'],
      [`/w/${id}/plan/16`, 'Utviklingsplan for 16. Økonomisk handlingsrom'],
    ]) {
      await visit(page, app.url(path));
      assert.equal((await page.locator('main h1').textContent()).trim(), h1, path);
      assert.equal(await page.title(), `${h1} – Mulighetsrom`);
    }
    assert.equal(
      await page.locator('.steps-nav [aria-current="page"]').count(),
      0,
      'a plan is no step',
    );
    await visit(page, app.url(`/w/${id}/gathering-3`));
    assert.equal(
      (await page.locator('.steps-nav [aria-current="page"]').textContent()).trim(),
      'Samling 3',
    );
    await visit(page, app.url(`/w/${id}/gathering-2#board-3`));
    assert.equal((await page.locator('main h1').textContent()).trim(), 'Samling 2');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
