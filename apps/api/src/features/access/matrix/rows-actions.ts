import { multipartFile } from '../../../../test/http';
import { affiliateWrite, employerRead, employerWrite, row } from './row';
import type { Role } from './roles';

const emptyList = () => multipartFile('list.csv', Buffer.from('N° national / BIS;E-mail professionnel\r\n'));
/** the roles whose request reaches the upload: each gets a fresh one */
const uploaders: Role[] = ['write', 'master', 'outOfScope'];

/** The actions overview, the insured-list round trip and the e-mail log. */
export const actionRows = [
  row('GET', '/api/employers/{employerId}/actions', employerRead(), (c) => ({ url: c.vd('/actions') })),
  row('GET', '/api/employers/{employerId}/actions/{actionId}', employerRead(), (c) => ({
    url: c.vd(`/actions/${c.exportAction}`),
  })),
  // the HR officer's export: a user limited to some contracts gets only the files of their own actions
  row(
    'GET',
    '/api/employers/{employerId}/actions/{actionId}/file',
    [401, 200, 200, 200, 200, 404, 404, 401],
    (c) => ({
      url: c.vd(`/actions/${c.exportAction}/file`),
    }),
  ),
  row('POST', '/api/employers/{employerId}/insured-list/exports', employerWrite(202), (c) => ({
    url: c.vd('/insured-list/exports'),
    payload: {},
  })),
  row('POST', '/api/employers/{employerId}/insured-list/uploads', employerWrite(202), (c) => ({
    url: c.vd('/insured-list/uploads'),
    ...emptyList(),
  })),
  row('GET', '/api/employers/{employerId}/actions/{actionId}/rows', employerRead(), async (c) => ({
    url: c.vd(`/actions/${await c.sharedUpload()}/rows`),
  })),
  row(
    'POST',
    '/api/employers/{employerId}/actions/{actionId}/apply',
    employerWrite(200),
    async (c, role) => ({
      url: c.vd(`/actions/${uploaders.includes(role) ? await c.upload() : await c.sharedUpload()}/apply`),
      payload: {},
    }),
  ),
  row('POST', '/api/employers/{employerId}/actions/{actionId}/undo', employerWrite(200), async (c, role) => ({
    url: c.vd(`/actions/${uploaders.includes(role) ? await c.upload(true) : await c.sharedUpload()}/undo`),
    payload: {},
  })),
  row('GET', '/api/employers/{employerId}/emails', employerRead(), (c) => ({ url: c.vd('/emails') })),
  // an invitation planned for the shared affiliate, outside the restricted contract
  row('POST', '/api/employers/{employerId}/emails/{emailId}/cancel', affiliateWrite(200), async (c) => ({
    url: c.vd(`/emails/${await c.scheduledEmail()}/cancel`),
    payload: {},
  })),
  row(
    'POST',
    '/api/employers/{employerId}/affiliates/{affiliateId}/invitations',
    affiliateWrite(201),
    (c, role) => ({
      url: c.vd(`/affiliates/${c.target(role)}/invitations`),
      payload: {},
    }),
  ),
];
