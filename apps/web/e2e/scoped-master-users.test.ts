import { schema } from '@groupdesk/db';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();

describe('a Master User limited to one contract', () => {
  it('is offered only their contract, cannot act on wider access, and is told why a change was refused', async () => {
    const { db } = app.database;
    const [employer] = await db
      .select({ id: schema.employers.id })
      .from(schema.employers)
      .where(eq(schema.employers.name, 'Brasserie Van Damme SA'));
    const contractId = async (number: string) =>
      (
        await db
          .select({ id: schema.groupContracts.id })
          .from(schema.groupContracts)
          .where(eq(schema.groupContracts.number, number))
      )[0]!.id;
    const [own, other] = [await contractId('530/00412'), await contractId('530/00413')];
    // the demo HR officer made a Master User of contract 530/00412 only
    const [membership] = await db
      .update(schema.memberships)
      .set({ role: 'master', allContracts: false })
      .where(
        and(
          eq(schema.memberships.employerId, employer!.id),
          sql`${schema.memberships.userId} = (select id from users where email = 'hr@demo.groupdesk.be')`,
        ),
      )
      .returning({ id: schema.memberships.id });
    await db.insert(schema.membershipContracts).values({ membershipId: membership!.id, contractId: own });

    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await app.logIn(page, 'hr@demo.groupdesk.be');
      await page.goto(`${app.server.url}/employers/${employer!.id}/users`);
      await page.getByText(/Your own access covers only some contracts/).waitFor();

      // the viewer sees every contract: listed, but left to a Master User who has them all
      const viewer = page.getByTestId('user-viewer@demo.groupdesk.be');
      await viewer.getByText('All contracts').waitFor();
      await viewer.getByText('Managed by a Master User with the other contracts').waitFor();
      expect(await viewer.getByRole('button').count()).toBe(0);

      await page.getByRole('button', { name: 'Invite a user' }).click();
      const dialog = page.getByRole('dialog', { name: 'Invite a user' });
      await dialog.getByText('You can choose only among the contracts of your own access.').waitFor();
      expect(await dialog.getByRole('radio', { name: 'All contracts' }).count()).toBe(0);
      await dialog.getByRole('checkbox', { name: /530\/00412/ }).waitFor();
      expect(await dialog.getByRole('checkbox', { name: /530\/00413/ }).count()).toBe(0);
      await dialog.getByRole('textbox', { name: /^E-mail/ }).fill('scoped.invitee@consult-partners.be');
      await dialog.getByRole('textbox', { name: /^Name/ }).fill('Sam Scoped');
      await dialog.getByRole('checkbox', { name: /530\/00412/ }).check();
      await dialog.getByRole('button', { name: 'Send the invitation' }).click();
      const row = page.getByTestId('user-scoped.invitee@consult-partners.be');
      await row.getByText('530/00412').waitFor();

      // meanwhile a Master User with every contract gives this person contract 530/00413 as well
      await row.getByRole('button', { name: 'Change' }).click();
      await db.execute(sql`insert into membership_contracts (membership_id, contract_id)
        select id, ${other} from memberships where user_id = (select id from users where email = 'scoped.invitee@consult-partners.be')`);
      const edit = page.getByRole('dialog', { name: 'Access of Sam Scoped' });
      await edit.getByRole('radio', { name: 'Consultation and registration' }).check();
      await edit.getByRole('button', { name: 'Save' }).click();
      await edit
        .getByRole('alert')
        .getByText(/has access to contracts outside yours: only a Master User with those contracts/)
        .waitFor();
    } finally {
      await context.close();
    }
  });
});
