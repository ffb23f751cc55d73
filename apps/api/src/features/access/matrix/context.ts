import type { ActionResponse } from '@groupdesk/contracts';
import { sql } from 'drizzle-orm';
import { makeNationalNumber } from '@groupdesk/domain';
import { type DemoWorld, belgianDay, createUser } from '../../../../test/fixtures';
import { client, multipartFile } from '../../../../test/http';
import { type TestApp, login, waitForAction } from '../../../../test/test-app';
import {
  type LoggedInRole,
  RESTRICTED_CONTRACT,
  type Role,
  accounts,
  addressOf,
  passwordHashes,
} from './roles';

const one = <T>(rows: T[]) => {
  if (!rows[0]) throw new Error('the seed has no such row');
  return rows[0];
};

/**
 * What the rows of the matrix request: the shared targets (a Van Damme affiliate outside the restricted
 * contract, one of its statements, an export), sessions per role, and fresh targets for the roles whose
 * request changes something, so that each row answers the same whatever ran before.
 */
export class MatrixContext {
  private readonly sessions = new Map<LoggedInRole, string>();
  private hashes = new Map<string, string>();
  private readonly pool: string[] = [];
  private sequence = 0;
  affiliate = '';
  statement = '';
  statementYear = 0;
  exportAction = '';

  constructor(
    readonly t: TestApp,
    readonly world: DemoWorld,
  ) {}

  /** `/api/employers/<Van Damme>` followed by `path` */
  vd = (path = '') => `/api/employers/${this.world.employerId.vanDamme}${path}`;

  async prepare() {
    this.hashes = await passwordHashes(this.t);
    const outside = sql`a.employer_id = ${this.world.employerId.vanDamme} and not exists (
      select 1 from affiliate_contracts ac where ac.affiliate_id = a.id and ac.contract_id = ${this.world.contractId[RESTRICTED_CONTRACT]!})`;
    const shared = one(
      (
        await this.t.db.execute<{ affiliate_id: string; id: string; year: number }>(sql`
          select s.affiliate_id, s.id, s.year from benefit_statements s join affiliates a on a.id = s.affiliate_id
          where ${outside} order by s.year desc, s.id limit 1`)
      ).rows,
    );
    [this.affiliate, this.statement, this.statementYear] = [shared.affiliate_id, shared.id, shared.year];
    // in service with an address, never invited nor registered, with no history: any change may happen to them
    const pool = await this.t.db.execute<{ id: string }>(sql`
      select a.id from affiliates a where ${outside} and a.id <> ${shared.affiliate_id}
        and a.employment_status = 'in-service' and a.professional_email is not null and a.portal_registered_at is null
        and a.national_number is not null
        and exists (select 1 from affiliate_contracts ac where ac.affiliate_id = a.id and ac.status = 'active')
        and not exists (select 1 from email_outbox o where o.affiliate_id = a.id and o.kind = 'invitation')
        and not exists (select 1 from affiliate_events e where e.affiliate_id = a.id)
        and not exists (select 1 from incapacities i where i.affiliate_id = a.id)
      order by a.id`);
    this.pool.push(...pool.rows.map((row) => row.id));
    const exported = await this.as('write').send({
      method: 'POST',
      url: this.vd('/insured-list/exports'),
      payload: {},
    });
    this.exportAction = exported.json<ActionResponse>().action.id;
    await waitForAction(this.t.db, this.exportAction);
  }

  /** The Cookie header of the role's session (logged in once), or undefined for anonymous. */
  async cookie(role: Role): Promise<string | undefined> {
    if (role === 'anonymous') return undefined;
    const known = this.sessions.get(role);
    if (known) return known;
    const cookie = await this.freshCookie(role);
    this.sessions.set(role, cookie!);
    return cookie;
  }

  /** Puts back a password a row changed. */
  async restorePassword(email: string) {
    if (!this.hashes.has(email)) return;
    await this.t.db.execute(
      sql`update users set password_hash = ${this.hashes.get(email)!} where email = ${email}`,
    );
  }

  /** A session of its own for a row that ends it. */
  async freshCookie(role: Role): Promise<string | undefined> {
    if (role === 'anonymous') return undefined;
    if (role === 'expired') return this.loginBeforeTheMissionEnded();
    return login(this.t.app, accounts[role].email, accounts[role].password);
  }

  /** The consultant logged in on the last day of the mission; it ended yesterday, and with it the session. */
  private async loginBeforeTheMissionEnded(): Promise<string> {
    const { email, password } = accounts.expired;
    const setEndDate = (day: string) =>
      this.t.db.execute(sql`update memberships set end_date = ${day}
        where user_id = (select id from users where email = ${email})`);
    await setEndDate(belgianDay(0));
    try {
      return await login(this.t.app, email, password);
    } finally {
      await setEndDate(belgianDay(-1));
    }
  }

  /** After a row that ended the role's other sessions. */
  forget(role: Role) {
    if (role !== 'anonymous') this.sessions.delete(role);
  }

  as(role: LoggedInRole) {
    const app = this.t.app;
    return {
      send: async (options: Parameters<ReturnType<typeof client>['send']>[0]) =>
        client(app, await this.cookie(role)).send({ remoteAddress: addressOf(role), ...options }),
    };
  }

  /** A Van Damme affiliate outside the restricted contract that no other row touched. */
  take(): string {
    const next = this.pool.shift();
    if (!next) throw new Error('no more affiliates in the seed for the matrix');
    return next;
  }

  /** The affiliate a role's request is about: a fresh one for the roles that change it. */
  target(role: Role, changers: Role[] = ['write', 'master']): string {
    return changers.includes(role) ? this.take() : this.affiliate;
  }

  /** A national number nobody holds, for a woman born on 12 March 1990. */
  async freeNationalNumber(): Promise<string> {
    for (;;) {
      this.sequence += 2;
      const number = makeNationalNumber({
        birthDate: '1990-03-12',
        sequence: 800 + this.sequence,
        kind: 'national',
      });
      const held = await this.t.db.execute(sql`select 1 from affiliates where national_number = ${number}`);
      if (held.rows.length === 0) return number;
    }
  }

  private shared: string | undefined;

  /** One validated upload for the roles refused before it is touched. */
  async sharedUpload(): Promise<string> {
    this.shared ??= await this.upload();
    return this.shared;
  }

  /** An upload of an empty list by the HR officer, validated (ready), or applied too. */
  async upload(applied = false): Promise<string> {
    const response = await this.as('write').send({
      method: 'POST',
      url: this.vd('/insured-list/uploads'),
      ...multipartFile('list.csv', Buffer.from('N° national / BIS;E-mail professionnel\r\n')),
    });
    const id = response.json<ActionResponse>().action.id;
    await waitForAction(this.t.db, id);
    if (applied) {
      await this.as('write').send({ method: 'POST', url: this.vd(`/actions/${id}/apply`), payload: {} });
    }
    return id;
  }

  /** An invitation still to be sent to the shared affiliate, straight into the outbox. */
  async scheduledEmail(): Promise<string> {
    const result = await this.t.db.execute<{ id: string }>(sql`
      insert into email_outbox (employer_id, affiliate_id, kind, recipient, language, idempotency_key, due_at)
      values (${this.world.employerId.vanDamme}, ${this.affiliate}, 'invitation', 'matrix@vandamme.be', 'fr',
        ${`matrix-${Math.random()}`}, now() + interval '2 days')
      returning id`);
    return one(result.rows).id;
  }

  /** An incapacity to work declared by the HR officer, still open. */
  async openIncapacity(affiliateId = this.take()): Promise<string> {
    const response = await this.as('write').send({
      method: 'POST',
      url: this.vd('/incapacities'),
      payload: { affiliateId, firstDay: '2026-01-05', cause: 'illness' },
    });
    if (response.statusCode !== 201) throw new Error(`no incapacity: ${response.body}`);
    return response.json<{ id: string }>().id;
  }

  private sharedOpen: string | undefined;

  /** One open incapacity, of an affiliate outside the restricted contract, for the roles refused before it. */
  async sharedIncapacity(): Promise<string> {
    this.sharedOpen ??= await this.openIncapacity();
    return this.sharedOpen;
  }

  /** A Van Damme HR user (write) for the users routes to act on; `invited`: no password set yet. */
  async employerUser(invited = false): Promise<string> {
    this.sequence += 1;
    const id = await createUser(this.t.db, {
      email: `matrix-user-${this.sequence}@vandamme.be`,
      memberships: [{ employerId: this.world.employerId.vanDamme }],
    });
    if (invited) await this.t.db.execute(sql`update users set password_hash = null where id = ${id}`);
    return id;
  }

  /** Another session of the HR officer (write), by its public id. */
  async writeUserOtherSession(): Promise<string> {
    const cookie = await this.freshCookie('write');
    const sessions = await client(this.t.app, cookie).get('/api/account/sessions');
    const current = sessions.json<{ items: Array<{ id: string; current: boolean }> }>().items;
    return one(current.filter((session) => session.current)).id;
  }
}
