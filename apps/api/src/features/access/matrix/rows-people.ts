import { todayInBelgium } from '@groupdesk/domain';
import { sql } from 'drizzle-orm';
import type { MatrixContext } from './context';
import { affiliateRead, affiliateWrite, employerRead, masterOnly, row } from './row';
import type { Role } from './roles';

let invitations = 0;
const isMaster = (role: Role) => role === 'master';

/** An active affiliation of the affiliate, its medical acceptance made pending (a questionnaire asked). */
async function pendingAcceptance(c: MatrixContext, affiliateId: string): Promise<string> {
  const result = await c.t.db.execute<{ id: string }>(sql`
    update affiliate_contracts set medical_acceptance = 'pending', medical_formality = 'questionnaire',
      acceptance_table = 'organizer'
    where id = (select id from affiliate_contracts where affiliate_id = ${affiliateId} and status = 'active'
      order by id limit 1)
    returning id`);
  const [affiliation] = result.rows;
  if (!affiliation) throw new Error('the affiliate has no active affiliation');
  return affiliation.id;
}

/** The employer's users (its Master User's business), and the affiliates' life events and incapacities. */
export const peopleRows = [
  row('GET', '/api/employers/{employerId}/users', masterOnly(200), (c) => ({ url: c.vd('/users') })),
  row('POST', '/api/employers/{employerId}/users', masterOnly(201), (c) => {
    invitations += 1;
    return {
      url: c.vd('/users'),
      payload: {
        email: `matrix-invited-${invitations}@vandamme.be`,
        name: 'Invited Consultant',
        language: 'fr',
        profile: 'read',
        contractIds: null,
      },
    };
  }),
  row('PATCH', '/api/employers/{employerId}/users/{userId}', masterOnly(200), async (c) => ({
    url: c.vd(`/users/${await c.employerUser()}`),
    payload: { profile: 'read' },
  })),
  row('DELETE', '/api/employers/{employerId}/users/{userId}', masterOnly(200), async (c) => ({
    url: c.vd(`/users/${await c.employerUser()}`),
  })),
  row('POST', '/api/employers/{employerId}/users/{userId}/invitation', masterOnly(200), async (c) => ({
    url: c.vd(`/users/${await c.employerUser(true)}/invitation`),
    payload: {},
  })),
  row('GET', '/api/employers/{employerId}/affiliates/{affiliateId}/events', affiliateRead(), (c) => ({
    url: c.vd(`/affiliates/${c.affiliate}/events`),
  })),
  row(
    'POST',
    '/api/employers/{employerId}/affiliates/{affiliateId}/events',
    affiliateWrite(201),
    (c, role) => ({
      url: c.vd(`/affiliates/${c.target(role)}/events`),
      payload: { kind: 'family-situation', eventDate: '2026-05-20', familySituation: 'married' },
    }),
  ),
  row(
    'POST',
    '/api/employers/{employerId}/affiliates/{affiliateId}/exit',
    affiliateWrite(201),
    (c, role) => ({
      url: c.vd(`/affiliates/${c.target(role)}/exit`),
      payload: { exitDate: '2026-05-31' },
    }),
  ),
  row(
    'POST',
    '/api/employers/{employerId}/affiliates/{affiliateId}/acceptances/{affiliationId}/decision',
    affiliateWrite(200),
    async (c, role) => {
      const affiliateId = c.target(role);
      return {
        url: c.vd(
          `/affiliates/${affiliateId}/acceptances/${await pendingAcceptance(c, affiliateId)}/decision`,
        ),
        payload: { decision: 'accepted', decidedOn: todayInBelgium() },
      };
    },
  ),
  row('GET', '/api/employers/{employerId}/incapacities', employerRead(), (c) => ({
    url: c.vd('/incapacities'),
  })),
  row('POST', '/api/employers/{employerId}/incapacities', affiliateWrite(201), (c, role) => ({
    url: c.vd('/incapacities'),
    payload: { affiliateId: c.target(role), firstDay: '2026-02-02', cause: 'illness' },
  })),
  row(
    'POST',
    '/api/employers/{employerId}/incapacities/{incapacityId}/close',
    affiliateWrite(200),
    async (c, role) => ({
      url: c.vd(
        `/incapacities/${await (isMaster(role) || role === 'write' ? c.openIncapacity() : c.sharedIncapacity())}/close`,
      ),
      payload: { endDate: '2026-03-01' },
    }),
  ),
];
