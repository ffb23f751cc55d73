import type { MatrixContext } from './context';
import {
  affiliateRead,
  affiliateWrite,
  anyUser,
  employerRead,
  employerWrite,
  everyone,
  masterOnly,
  row,
} from './row';

/** The employer's own data: contracts, affiliates, reports, statements, journal; and what is not an employer's. */
export const employerRows = [
  row('GET', '/api/health', everyone(200), () => ({ url: '/api/health' })),
  row('GET', '/api/employers', anyUser(200), () => ({ url: '/api/employers' })),
  row('GET', '/api/employers/{employerId}/contracts', employerRead(), (c) => ({ url: c.vd('/contracts') })),
  row('GET', '/api/employers/{employerId}/affiliates', employerRead(), (c) => ({ url: c.vd('/affiliates') })),
  // a newcomer on contract 530/00412, outside the restricted user's contract (refused as an unknown contract)
  row(
    'POST',
    '/api/employers/{employerId}/affiliates',
    [401, 403, 201, 201, 403, 404, 400, 401],
    async (c) => ({
      url: c.vd('/affiliates'),
      payload: await newcomer(c),
    }),
  ),
  row('GET', '/api/employers/{employerId}/affiliates/{affiliateId}', affiliateRead(), (c) => ({
    url: c.vd(`/affiliates/${c.affiliate}`),
  })),
  row('PATCH', '/api/employers/{employerId}/affiliates/{affiliateId}', affiliateWrite(200), (c) => ({
    url: c.vd(`/affiliates/${c.affiliate}`),
    payload: { language: 'nl' },
  })),
  row('GET', '/api/employers/{employerId}/reports/missing-national-numbers', employerRead(), (c) => ({
    url: c.vd('/reports/missing-national-numbers'),
  })),
  row('GET', '/api/employers/{employerId}/affiliates/{affiliateId}/statements', affiliateRead(), (c) => ({
    url: c.vd(`/affiliates/${c.affiliate}/statements`),
  })),
  row(
    'GET',
    '/api/employers/{employerId}/affiliates/{affiliateId}/statements/{statementId}/pdf',
    affiliateRead(),
    (c) => ({ url: c.vd(`/affiliates/${c.affiliate}/statements/${c.statement}/pdf`) }),
  ),
  row('POST', '/api/employers/{employerId}/statements/prints', employerWrite(202), (c) => ({
    url: c.vd('/statements/prints'),
    payload: { year: c.statementYear, all: true },
  })),
  row('GET', '/api/employers/{employerId}/journal', employerRead(), (c) => ({ url: c.vd('/journal') })),
  row('GET', '/api/employers/{employerId}/journal/export', employerRead(), (c) => ({
    url: c.vd('/journal/export?kind=affiliate.updated'),
  })),
  row('GET', '/api/employers/{employerId}/notification-address', employerRead(), (c) => ({
    url: c.vd('/notification-address'),
  })),
  row('PUT', '/api/employers/{employerId}/notification-address', masterOnly(200), (c) => ({
    url: c.vd('/notification-address'),
    payload: { notificationEmail: 'hr-team@vandamme.be' },
  })),
  // the insurer's own view
  row('GET', '/api/portfolio', [401, 403, 403, 403, 200, 403, 403, 401], () => ({ url: '/api/portfolio' })),
  row('GET', '/api/portfolio/email-coverage', [401, 403, 403, 403, 200, 403, 403, 401], (c) => ({
    url: `/api/portfolio/email-coverage?employerId=${c.world.employerId.vanDamme}`,
  })),
  row('POST', '/api/rules/medical-acceptance', anyUser(200), () => ({
    url: '/api/rules/medical-acceptance',
    payload: { cover: 'disability', table: 'other', participants: 20, amount: 10_000 },
  })),
  // the portal's and the back office's service tokens: a user's session is not one
  row('POST', '/api/integrations/portal/registrations', everyone(401), () => ({
    url: '/api/integrations/portal/registrations',
    payload: { nationalNumber: '85073003328' },
  })),
  row('POST', '/api/integrations/statements', everyone(401), () => ({
    url: '/api/integrations/statements',
    payload: { statements: [] },
  })),
];

async function newcomer(c: MatrixContext) {
  return {
    lastName: 'Matrix',
    firstName: 'Julie',
    birthDate: '1990-03-12',
    sex: 'F',
    language: 'fr',
    nationalNumber: await c.freeNationalNumber(),
    professionalEmail: null,
    category: 'employees',
    occupancyRate: 100,
    familySituation: 'single',
    startDate: '2026-09-01',
    contracts: [
      { contractId: c.world.contractId['530/00412']!, deathCapital: 50_000, disabilityAnnuity: 6_000 },
    ],
  };
}
