// The admin console walked end to end against a running service, as an administrator would:
// sign in, onboard a company and a customer account, find the profile, edit it, annotate it, give
// it an avatar, export and erase its data. Steps run in order and share one browser session.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { apiSession, config, DESKTOP, openBrowser, PHONE, screenshot } from './support.mjs';

const run = Date.now().toString(36);
const company = { name: `E2E Shop ${run}`, key: `E2E-${run}`.toUpperCase(), created: false };
const person = { username: `e2e-${run}`, first: 'Erin', last: `Walker ${run}` };
const fullName = `${person.first} ${person.last}`;
const consoleUrl = `${config.baseUrl}/console/`;

let browser;
let page;
let api;

before(async () => {
  assert.ok(config.password, 'set CONSOLE_ADMIN_PASSWORD (and CONSOLE_ADMIN_USERNAME unless it is "admin")');
  api = await apiSession();
  browser = await openBrowser();
  page = browser.page;
  page.setDefaultTimeout(15_000);
});

// What a run created goes again, even after a failed step: the erasure is idempotent, and the
// company can be deleted once its only user is gone.
after(async () => {
  await browser?.close();
  if (!api) return;
  const { body } = await api.call('GET', `/api/v1/users?search=${person.username}`);
  for (const user of body?.users ?? []) {
    await api.call('POST', '/v1/customers/gdpr/erase', { user_id: user.uuid });
  }
  if (company.created) await api.call('DELETE', `/api/v1/companies/${company.key}`);
});

let failedStep = null;

/**
 * One step of the walk. Each builds on the ones before, so after a failure the rest are skipped
 * rather than timing out one by one; the page as it was is saved for the post-mortem.
 */
function step(name, body) {
  test(name, async (t) => {
    if (failedStep) return t.skip(`after the failed step "${failedStep}"`);
    try {
      await body();
    } catch (error) {
      failedStep = name;
      const file = join(tmpdir(), `console-e2e-failure-${Date.now()}.png`);
      await page?.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      t.diagnostic(`page at the failure: ${file}`);
      throw error;
    }
  });
}

const announcement = () => page.locator('.announcements');
const nav = (name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
const customerRow = () => page.getByRole('row').filter({ hasText: fullName });

step('the sign-in page explains a wrong password', async () => {
  await page.goto(consoleUrl);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await screenshot(page, 'login');
  await page.getByLabel('Username or email', { exact: true }).fill(config.username);
  await page.getByLabel('Password', { exact: true }).fill('not-the-password-1');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('alert').getByText('That username or password is not right.').waitFor();
});

step('an administrator signs in and lands on the customers', async () => {
  await page.getByLabel('Password', { exact: true }).fill(config.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/console/customers');
});

step('a reload resumes the session with the refresh token', async () => {
  const refreshed = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/refresh'));
  await page.reload();
  assert.equal((await refreshed).status(), 200);
  await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
});

step('companies: the list, and a new company', async () => {
  await nav('Companies').click();
  await page.getByRole('heading', { name: 'Companies', level: 1 }).waitFor();
  const create = page.getByRole('button', { name: 'New company', exact: true });
  if (await create.isVisible()) {
    await create.click();
    const form = page.getByRole('region', { name: 'New company' });
    await form.getByLabel('Name', { exact: true }).fill(company.name);
    await form.getByLabel('Company key', { exact: true }).fill(company.key);
    await form.getByLabel('Document type', { exact: true }).selectOption('PASSPORT');
    await form.getByLabel('Document number', { exact: true }).fill(run.toUpperCase());
    await form.getByLabel('Days of credit', { exact: true }).fill('30');
    await form.getByRole('button', { name: 'Create company', exact: true }).click();
    await announcement().getByText(`Created company ${company.name}`).waitFor();
    company.created = true;
  } else {
    company.key = api.user.company_id;
  }
  await page.getByRole('table').waitFor();
  await screenshot(page, 'companies');
});

step('users: a new customer account', async () => {
  await nav('Users').click();
  await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'New user', exact: true }).click();
  const form = page.getByRole('region', { name: 'New user' });
  await form.getByLabel('Username', { exact: true }).fill(person.username);
  await form.getByLabel('Email', { exact: true }).fill(`${person.username}@example.com`);
  await form.getByLabel('Password', { exact: true }).fill('e2e-password-1');
  await form.getByLabel('First name', { exact: true }).fill(person.first);
  await form.getByLabel('Last name', { exact: true }).fill(person.last);
  await form.getByLabel('Role', { exact: true }).selectOption('customer');
  const companySelect = form.getByLabel('Company', { exact: true });
  if (await companySelect.isVisible()) await companySelect.selectOption(company.key);
  await form.getByRole('button', { name: 'Create user', exact: true }).click();
  await announcement().getByText(`Created user ${person.username}`).waitFor();
  await page.getByRole('cell', { name: person.username, exact: true }).waitFor();
  await screenshot(page, 'users');
});

step('customers: search finds the profile the new account got', async () => {
  await nav('Customers').click();
  await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
  await page.getByLabel('Search by name, email or phone', { exact: true }).fill(run);
  await page.waitForURL(new RegExp(`/console/customers\\?q=${run}$`));
  // The profile is made from the account's registration event, a moment after the account.
  const found = page.getByText('1 customer', { exact: true });
  for (let attempt = 0; attempt < 20 && !(await found.isVisible()); attempt += 1) {
    await page.waitForTimeout(500);
    if (attempt % 4 === 3) await page.reload();
  }
  await found.waitFor();
  await customerRow().waitFor();

  await page.getByLabel('Search by name, email or phone', { exact: true }).fill('');
  await page.waitForURL(/\/console\/customers$/);
  await customerRow().waitFor();
  await screenshot(page, 'customers');
  await page.getByLabel('Search by name, email or phone', { exact: true }).fill(run);
  await found.waitFor();
});

step('customers: an inline edit is sent as a JSON Patch', async () => {
  await page.getByRole('button', { name: `Edit ${fullName}` }).click();
  const editor = page.getByRole('form', { name: `Edit ${fullName}` });
  await editor.getByLabel('Phone', { exact: true }).fill('+40 712 345 678');
  const sent = page.waitForRequest((request) => request.method() === 'PATCH');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  const request = await sent;
  assert.equal(request.headers()['content-type'], 'application/json-patch+json');
  assert.deepEqual(request.postDataJSON(), [
    { op: 'test', path: '/phone', value: null },
    { op: 'replace', path: '/phone', value: '+40 712 345 678' },
  ]);
  await announcement().getByText(`Saved ${fullName}.`).waitFor();
  await customerRow().getByText('+40712345678').waitFor();
});

step('customers: "Mark OK" tags the customer through a JSON Patch', async () => {
  await page.getByRole('button', { name: `Mark OK ${fullName}` }).click();
  await customerRow().getByText('Marked OK').waitFor();
});

step('customers: the patch rate limit is explained kindly', async () => {
  const [customer] = (await api.call('GET', `/v1/customers?search=${run}`)).body;
  let answer;
  // Enough for any sensible CUSTOMER_PATCH_RATE: 5/minute by default, 12/minute in the service's tests.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    answer = await api.call('PATCH', `/v1/customers/${customer.id}`, [{ op: 'test', path: '/gender', value: 'unspecified' }], 'application/json-patch+json');
    if (answer.status === 429) break;
  }
  assert.equal(answer.status, 429, 'the service never limited the patches');
  await page.getByRole('button', { name: `Edit ${fullName}` }).click();
  const editor = page.getByRole('form', { name: `Edit ${fullName}` });
  await editor.getByLabel('Gender', { exact: true }).selectOption('female');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  const alert = editor.getByRole('alert');
  await alert.getByText('Too many changes in a short time; the service asks for a short pause.').waitFor();
  await alert.getByText(/You can try again in \d+ seconds?\./).waitFor();
  await screenshot(page, 'customers-rate-limited');
  await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('button', { name: `Edit ${fullName}` }).waitFor();
});

step('customer detail: statistics, a note, tags and an avatar', async () => {
  await page.getByRole('link', { name: fullName }).click();
  await page.getByRole('heading', { name: fullName, level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Statistics' }).getByText('Lifetime value').waitFor();

  const notes = page.getByRole('region', { name: /^Notes/ });
  await notes.getByLabel('New note', { exact: true }).fill(`Asked for an invoice copy (${run}).`);
  await notes.getByRole('button', { name: 'Add note', exact: true }).click();
  await announcement().getByText('Note added.').waitFor();
  await notes.getByText(`Asked for an invoice copy (${run}).`).waitFor();
  await notes.getByText('by you').waitFor();

  const tags = page.getByRole('region', { name: 'Tags' });
  await tags.getByLabel('Add tags', { exact: true }).fill('VIP, E2E');
  await tags.getByRole('button', { name: 'Add', exact: true }).click();
  await tags.getByRole('button', { name: 'Remove tag VIP', exact: true }).waitFor();
  await tags.getByRole('button', { name: 'Remove tag E2E', exact: true }).click();
  await announcement().getByText('Removed tag E2E.').waitFor();
  assert.equal(await tags.getByRole('button', { name: 'Remove tag E2E', exact: true }).count(), 0);

  const avatar = page.getByRole('region', { name: 'Avatar' });
  await avatar.getByLabel('Choose an image', { exact: true }).setInputFiles(config.avatar);
  await avatar.getByRole('img', { name: 'Preview of avatar.png' }).waitFor();
  await avatar.getByRole('button', { name: 'Upload avatar', exact: true }).click();
  await announcement().getByText('Avatar uploaded.').waitFor();
  const image = avatar.getByRole('img', { name: `Avatar of ${fullName}` });
  assert.match(await image.getAttribute('src'), /^\/v1\/customers\/avatars\/.+\.png$/);
  await page.waitForFunction((element) => element.complete && element.naturalWidth === 64, await image.elementHandle());
  await screenshot(page, 'customer-detail');
});

step('every page fits a phone screen', async () => {
  await page.setViewportSize(PHONE);
  await screenshot(page, 'customer-detail');
  for (const [link, heading, name] of [
    ['Customers', 'Customers', 'customers'],
    ['Users', 'Users', 'users'],
    ['Companies', 'Companies', 'companies'],
  ]) {
    await nav(link).click();
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await page.getByRole('table').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name} is ${overflow}px wider than the phone`);
    await screenshot(page, name);
  }
  await page.setViewportSize(DESKTOP);
});

step('GDPR export: the signed link downloads the ZIP', async () => {
  await nav('Customers').click();
  await page.getByLabel('Search by name, email or phone', { exact: true }).fill(run);
  await page.getByRole('link', { name: fullName }).click();
  const gdpr = page.getByRole('region', { name: 'Personal data (GDPR)' });
  await gdpr.getByRole('button', { name: 'GDPR export', exact: true }).click();
  const link = gdpr.getByRole('link', { name: 'Download the export (ZIP)' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.match(download.suggestedFilename(), /\.zip$/);
  const zip = readFileSync(await download.path());
  assert.equal(zip.subarray(0, 2).toString(), 'PK');
});

step('GDPR erase: confirmed in a dialog, then everything is gone', async () => {
  const gdpr = page.getByRole('region', { name: 'Personal data (GDPR)' });
  const opener = gdpr.getByRole('button', { name: 'Erase personal data…', exact: true });
  const dialog = page.getByRole('dialog', { name: `Erase the personal data of ${fullName}?` });

  await opener.click();
  await dialog.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel');
  await screenshot(page, 'erase-dialog', { fullPage: false });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  await opener.click();
  await dialog.getByRole('button', { name: 'Erase permanently', exact: true }).click();
  await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
  await announcement().getByText(`Erased the personal data of ${fullName}`).waitFor();
  await page.getByLabel('Search by name, email or phone', { exact: true }).fill(run);
  await page.getByText(`No customer matches “${run}”.`).waitFor();
});

step('signing out returns to the sign-in page', async () => {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByText('You have signed out.').waitFor();
  await page.setViewportSize(PHONE);
  await screenshot(page, 'login');
  await page.setViewportSize(DESKTOP);
});

test('nothing broke the content security policy or threw', () => {
  assert.deepEqual(browser.faults, []);
});
