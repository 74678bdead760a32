// What the end-to-end walk needs around the browser: configuration from the environment, Debian's
// Chromium driven by playwright-core, direct API calls for set-up, and the screenshots.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));

export const config = {
  baseUrl: (process.env.CONSOLE_BASE_URL ?? 'http://127.0.0.1:8001').replace(/\/$/, ''),
  username: process.env.CONSOLE_ADMIN_USERNAME ?? 'admin',
  password: process.env.CONSOLE_ADMIN_PASSWORD ?? '',
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  screenshots: resolve(process.env.CONSOLE_SCREENSHOT_DIR ?? join(here, '..', '..', 'docs', 'console')),
  avatar: join(here, 'fixtures', 'avatar.png'),
};

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };

/**
 * A headless Chromium with a fresh profile, and one page in it. Every Content-Security-Policy
 * violation or uncaught error the console causes is collected: the walk fails on any.
 */
export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'console-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: config.chromium,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: DESKTOP,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const faults = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) {
      faults.push(`CSP: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => faults.push(`page error: ${error.message}`));
  return {
    page,
    faults,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves `<name>-desktop.png` or `<name>-phone.png`: the whole page, or what a modal leaves in view. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(config.screenshots, { recursive: true });
  // Lists and panels mark themselves aria-busy while the data they show is being refreshed.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  const { width } = page.viewportSize();
  const file = join(config.screenshots, `${name}-${width <= PHONE.width ? 'phone' : 'desktop'}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** The service's API, called directly with the admin's own token, for set-up the walk does not show. */
export async function apiSession() {
  const signIn = await fetch(`${config.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: config.username, password: config.password }),
  });
  if (!signIn.ok) throw new Error(`admin sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const { access_token: token, user } = await signIn.json();
  return {
    user,
    async call(method, path, body, contentType = 'application/json') {
      const response = await fetch(`${config.baseUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': contentType } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
    },
  };
}
