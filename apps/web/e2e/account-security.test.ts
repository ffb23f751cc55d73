import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { codeNow } from '../../api/test/accounts';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();

describe('my account in the browser', () => {
  it('switches on two-factor sign-in with the QR code, then logs in with the password and a code', async () => {
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    try {
      await app.logIn(page, 'hr@demo.groupdesk.be');
      await page.getByRole('button', { name: /User menu/ }).click();
      await page.getByRole('menuitem', { name: 'My account' }).click();
      await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();
      await page.getByRole('region', { name: 'Sessions' }).getByText('This session').waitFor();

      await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
      await page.getByRole('img', { name: 'QR code to scan with the authenticator app' }).waitFor();
      const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      // the code of the step before, so that the login below may use the code of now
      await page.getByLabel('Code from the app').fill(codeNow(secret, -1));
      await page.getByRole('button', { name: 'Switch on' }).click();
      await page.getByText('Two-factor sign-in is on', { exact: true }).waitFor();
      const recoveryCodes = await page.getByRole('listitem').allInnerTexts();
      expect(recoveryCodes).toHaveLength(10);
      await page.getByRole('button', { name: 'I have kept them' }).click();
      await page.getByText(/10 recovery codes left/).waitFor();

      await page.getByRole('button', { name: /User menu/ }).click();
      await page.getByRole('menuitem', { name: 'Log out' }).click();
      await page.getByLabel('E-mail').fill('hr@demo.groupdesk.be');
      await page.getByLabel(/^Password/).fill('groupdesk-demo');
      await page.getByRole('button', { name: 'Log in' }).click();
      const code = page.getByRole('textbox', { name: /^Code/ });
      await code.waitFor();
      const valid = new Set([-1, 0, 1].map((step) => codeNow(secret, step)));
      await code.fill(['000000', '111111', '222222'].find((wrong) => !valid.has(wrong))!);
      await page.getByRole('button', { name: 'Log in', exact: true }).click();
      await page.getByText(/This code is not right/).waitFor();
      await code.fill(codeNow(secret));
      await page.getByRole('button', { name: 'Log in', exact: true }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.getByRole('link', { name: 'Affiliates', exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('tells a Master User with two-factor sign-in on why it cannot be switched off, and offers no switch', async () => {
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    try {
      await app.logIn(page, 'master@demo.groupdesk.be');
      // enrolled earlier (the enrolment itself is the test above)
      await app.database.db.execute(
        sql`update users set totp_enabled_at = now() where email = 'master@demo.groupdesk.be'`,
      );
      await page.getByRole('button', { name: /User menu/ }).click();
      await page.getByRole('menuitem', { name: 'My account' }).click();
      const card = page.getByRole('region', { name: 'Two-factor sign-in' });
      await card.getByText(/As a Master User you keep two-factor sign-in on/).waitFor();
      expect(await card.getByRole('button', { name: 'Switch off…' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('asks for a reset link from the login page, with the same answer for any address', async () => {
    const context = await app.browser.newContext({ locale: 'en-BE' });
    const page = await context.newPage();
    try {
      await page.goto(app.server.url);
      await page.getByRole('radio', { name: 'EN' }).click();
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByLabel('E-mail').fill('nobody@demo.groupdesk.be');
      await page.getByRole('button', { name: 'Send me a link' }).click();
      await page.getByText(/If nobody@demo.groupdesk.be belongs to a groupdesk account/).waitFor();
    } finally {
      await context.close();
    }
  });
});
