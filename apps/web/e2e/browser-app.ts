import { createDatabase } from '@groupdesk/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { startAppServer } from './server';

/**
 * The real app, a database client and Chromium for one test file: started before its tests, stopped after.
 * Read the parts inside tests (they exist once `beforeAll` ran).
 */
export function browserAppForThisFile() {
  const parts = {} as {
    server: Awaited<ReturnType<typeof startAppServer>>;
    browser: Browser;
    database: ReturnType<typeof createDatabase>;
  };
  beforeAll(async () => {
    parts.server = await startAppServer();
    parts.database = createDatabase(parts.server.databaseUrl, { max: 1 });
    parts.browser = await launchChromium();
  });
  afterAll(async () => {
    await parts.browser?.close();
    await parts.server?.app.close();
    await parts.database?.pool.end();
  });
  return {
    get server() {
      return parts.server;
    },
    get browser() {
      return parts.browser;
    },
    get database() {
      return parts.database;
    },
    /** Logs in with the demo password; an explicit EN on the login page is kept whatever the user's language. */
    async logIn(page: Page, email: string, options: { waitForAffiliates?: boolean } = {}) {
      await page.goto(parts.server.url);
      await page.getByRole('radio', { name: 'EN' }).click();
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel(/^Password/).fill('groupdesk-demo');
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      if (!options.waitForAffiliates) return;
      // a user of one employer lands on its home page; the list is one click away
      await page.getByRole('link', { name: 'Affiliates', exact: true }).click();
      await page.getByRole('textbox', { name: /Search/ }).waitFor();
    },
  };
}
