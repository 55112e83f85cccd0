// The workshop app in Chromium, on its production build (dist/, made by `build`): routes as real
// links, the shell (language and colour scheme remembered, focus and title on every route, the
// live region), axe on every route in nb, nn and en, and the facilitator's timer.
// The whole process of one partnership is in workshop.test.mjs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AXE_ROUTES,
  axeViolations,
  createWorkspace,
  deepActive,
  startApp,
  visit,
  waitForView,
} from './helpers.mjs';

let app;

before(async () => {
  app = await startApp();
});

after(async () => {
  await app?.close();
});

describe('the shell', () => {
  it('opens on the home page: title, landmarks, and h1 focused after each route change', async () => {
    const { page, problems } = await app.newPage();
    await visit(page, app.url('/'));
    assert.equal(await page.title(), 'Arbeidsrommene – Mulighetsrom');
    assert.equal(await page.locator('html').getAttribute('lang'), 'nb');
    assert.equal(await page.locator('header nav[aria-label="Hovedmeny"] a').count(), 3);
    assert.equal(await page.locator('main#main').count(), 1);
    assert.equal(await page.locator('[role="status"][aria-live="polite"]').count(), 1);
    const home = page.locator('.main-nav a', { hasText: 'Arbeidsrom' });
    assert.equal(await home.getAttribute('aria-current'), 'page');

    // A client-side route change: no reload, the new h1 has the focus, the title follows.
    await page.evaluate(() => (window.__sameDocument = true));
    await page.locator('.main-nav a', { hasText: 'Nettverket' }).click();
    await waitForView(page);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no page load');
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'h1');
    const h1 = (await page.locator('main h1').textContent()).trim();
    assert.equal(await page.title(), `${h1} – Mulighetsrom`);
    assert.equal(
      await page.locator('.main-nav a', { hasText: 'Nettverket' }).getAttribute('aria-current'),
      'page',
    );

    // Back: popstate shows the home page again.
    await page.goBack();
    await waitForView(page);
    assert.equal(await page.title(), 'Arbeidsrommene – Mulighetsrom');
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'still no page load');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('leaves modifier clicks to the browser (a new tab, not a route change here)', async () => {
    const { page } = await app.newPage();
    await visit(page, app.url('/'));
    const popup = page.context().waitForEvent('page');
    await page.locator('.main-nav a', { hasText: 'Nettverket' }).click({ modifiers: ['Shift'] });
    const opened = await popup;
    assert.equal(new URL(page.url()).pathname, '/', 'this page stayed');
    await opened.waitForLoadState();
    assert.equal(new URL(opened.url()).pathname, '/network');
    await opened.close();
    await page.close();
  });

  it('switches to Nynorsk and English, page and widgets, and keeps the choice over a reload', async () => {
    const { page, problems } = await app.newPage();
    await visit(page, app.url('/'));
    await page.locator('#language').selectOption('nn');
    assert.equal(await page.locator('html').getAttribute('lang'), 'nn');
    assert.equal((await page.locator('main h1').textContent()).trim(), 'Arbeidsromma');
    assert.equal(await page.title(), 'Arbeidsromma – Mulighetsrom');
    await page.reload();
    await waitForView(page);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nn');
    assert.equal((await page.locator('main h1').textContent()).trim(), 'Arbeidsromma');
    assert.equal(await page.locator('#language').inputValue(), 'nn');

    await page.locator('#scheme').selectOption('dark');
    assert.equal(await page.locator('html').getAttribute('data-color-scheme'), 'dark');
    await page.locator('#language').selectOption('en');
    await page.reload();
    await waitForView(page);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('html').getAttribute('data-color-scheme'), 'dark');
    assert.equal((await page.locator('main h1').textContent()).trim(), 'The workspaces');

    // A widget follows <html lang>.
    await createWorkspace(page, { name: 'NAV Solvik' });
    await page.locator('.steps-nav a', { hasText: 'Gathering 3' }).click();
    await waitForView(page);
    const legend = await page
      .locator('mulighetsrom-model')
      .evaluate((model) => model.shadowRoot.querySelector('.legend-title')?.textContent.trim());
    assert.equal(legend, 'Key');
    await page.locator('#language').selectOption('nb');
    await page.locator('#scheme').selectOption('system');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shows a not-found view for unknown paths and for a workspace this browser lacks', async () => {
    const { page, problems } = await app.newPage();
    await visit(page, app.url('/finnes/ikke'));
    assert.equal((await page.locator('main h1').textContent()).trim(), 'Fant ikke siden');
    assert.match(await page.locator('main').textContent(), /\/finnes\/ikke/);
    await visit(page, app.url('/w/ukjent-123/gathering-1'));
    assert.equal((await page.locator('main h1').textContent()).trim(), 'Fant ikke arbeidsrommet');
    await page.locator('main a', { hasText: 'Gå til arbeidsrommene' }).click();
    await waitForView(page);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('creates a workspace with a labelled form: errors named and focused, then opened', async () => {
    const { page, problems } = await app.newPage();
    await visit(page, app.url('/'));
    await page.locator('#new-year').fill('27');
    await page.getByRole('button', { name: 'Opprett arbeidsrommet' }).click();
    assert.equal(await page.locator('#new-name').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#new-year').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'new-name');
    assert.match(await page.locator('#name-error').textContent(), /Skriv inn et navn/);
    await page.getByLabel('Navn på partnerskapet').fill('NAV Solvik');
    await page.getByLabel('År').fill('2027');
    await page.getByLabel('NAV-kontor').fill('NAV Solvik');
    await page.getByLabel('Kommune').fill('Solvik');
    await page.getByLabel('Eiere').fill('Rådmann Solvik\nFylkesdirektør Agder');
    await page.getByLabel('Deltakere').fill('Kari\nOla');
    await page.getByRole('button', { name: 'Opprett arbeidsrommet' }).click();
    // The home page is a drawn view too: wait for the new workspace's route first.
    await page.waitForFunction(() => location.pathname.startsWith('/w/'));
    await waitForView(page);
    assert.match(new URL(page.url()).pathname, /^\/w\/nav-solvik-/);
    assert.equal((await page.locator('main h1').textContent()).trim(), 'NAV Solvik');
    assert.equal(await page.locator('#ws-year').inputValue(), '2027');
    assert.equal(
      await page.locator('#ws-owners').inputValue(),
      'Rådmann Solvik\nFylkesdirektør Agder',
    );

    // Delete from the home page, then undo.
    await page.locator('.main-nav a', { hasText: 'Arbeidsrom' }).click();
    await waitForView(page);
    const own = page.locator('.workspace-list li', { hasText: 'NAV Solvik' });
    const count = await page.locator('.workspace-list li').count();
    await page.getByRole('button', { name: 'Slett NAV Solvik' }).click();
    await own.waitFor({ state: 'detached' });
    assert.equal(await page.locator('.workspace-list li').count(), count - 1);
    await page.waitForFunction(() => document.activeElement?.id === 'undo-delete');
    await page.waitForFunction(() =>
      document.querySelector('#live-region')?.textContent.includes('NAV Solvik er slettet.'),
    );
    await page.keyboard.press('Enter');
    await own.waitFor();
    assert.equal(await page.locator('.workspace-list li').count(), count);
    await page.waitForFunction(
      () =>
        document.activeElement?.textContent === 'NAV Solvik' &&
        document.activeElement.localName === 'a',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('axe', () => {
  it('finds no violations on any route in nb, nn or en, nor in the dark and high-contrast themes', async () => {
    // axe is injected as a script of its own: the app's CSP (kept by every other test) would
    // refuse it.
    const { page, problems } = await app.newPage({ bypassCSP: true });
    await visit(page, app.url('/'));
    const id = await createWorkspace(page, { name: 'NAV Solvik' });
    const found = [];
    // Each language in the light theme, and Bokmål in the dark and high-contrast themes.
    for (const [lang, scheme] of [
      ['nb', 'light'],
      ['nn', 'light'],
      ['en', 'light'],
      ['nb', 'dark'],
      ['nb', 'high-contrast'],
    ]) {
      await page.locator('#language').selectOption(lang);
      await page.locator('#scheme').selectOption(scheme);
      for (const path of AXE_ROUTES(id)) {
        // Client-side, so the (in-memory or saved) workspace is there on every route.
        await page.evaluate((to) => {
          const link = Object.assign(document.createElement('a'), { href: to });
          document.body.append(link);
          link.click();
          link.remove();
        }, path);
        await waitForView(page);
        for (const v of await axeViolations(page))
          found.push(
            `${lang} ${scheme} ${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`,
          );
      }
    }
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the timer', () => {
  it('counts down any duration, keeps running across routes, and ends with a banner and an announcement', async () => {
    const { page, problems } = await app.newPage();
    await visit(page, app.url('/'));
    const timer = page.locator('demo-timer');
    await timer.locator('summary').click();
    await timer.getByRole('button', { name: 'Sett 5 minutter' }).click();
    assert.equal((await timer.locator('[role="timer"]').textContent()).trim(), '05:00');

    // A bad duration: named, announced, nothing starts.
    await timer.getByRole('textbox', { name: 'Sekunder' }).fill('75');
    await timer.locator('.timer-toggle').click();
    assert.match(await timer.locator('#timer-error').textContent(), /sekunder \(0–59\)/);
    assert.equal(
      await timer.getByRole('textbox', { name: 'Sekunder' }).getAttribute('aria-invalid'),
      'true',
    );

    await timer.getByRole('textbox', { name: 'Minutter' }).fill('0');
    await timer.getByRole('textbox', { name: 'Sekunder' }).fill('2');
    await timer.locator('.timer-toggle').click();
    assert.equal((await timer.locator('.timer-toggle').textContent()).trim(), 'Pause');
    // A route change does not stop it.
    await page.locator('.main-nav a', { hasText: 'Nettverket' }).click();
    await waitForView(page);
    assert.match(await timer.locator('summary').textContent(), /Tidtaker: 00:0\d igjen/);
    await page.locator('.timer-banner').waitFor({ timeout: 5000 });
    assert.match(await page.locator('.timer-banner').textContent(), /Tiden er ute\./);
    await page.waitForFunction(() =>
      document.querySelector('#live-region')?.textContent.includes('Tiden er ute.'),
    );
    assert.equal((await timer.locator('[role="timer"]').textContent()).trim(), '00:00');
    assert.equal(await page.locator('audio, video').count(), 0, 'no sound');
    await page.getByRole('button', { name: 'Lukk meldingen' }).click();
    assert.equal(await page.locator('.timer-banner').count(), 0);

    // Pause keeps the time left; reset goes back to the duration.
    await timer.locator('.timer-toggle').click();
    await page.waitForTimeout(300);
    await timer.locator('.timer-toggle').click();
    assert.equal((await timer.locator('.timer-toggle').textContent()).trim(), 'Fortsett');
    await timer.getByRole('button', { name: 'Nullstill' }).click();
    assert.equal((await timer.locator('[role="timer"]').textContent()).trim(), '00:02');
    assert.equal(await deepActive(page), 'button');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('does not animate the end banner when the reader asks for reduced motion', async () => {
    const { page } = await app.newPage({ reducedMotion: 'reduce' });
    await visit(page, app.url('/'));
    const timer = page.locator('demo-timer');
    await timer.locator('summary').click();
    await timer.getByRole('textbox', { name: 'Minutter' }).fill('0');
    await timer.getByRole('textbox', { name: 'Sekunder' }).fill('1');
    await timer.locator('.timer-toggle').click();
    await page.locator('.timer-banner').waitFor({ timeout: 4000 });
    const animation = await page
      .locator('.timer-banner')
      .evaluate((banner) => getComputedStyle(banner).animationName);
    assert.equal(animation, 'none');
    await page.close();
  });
});
