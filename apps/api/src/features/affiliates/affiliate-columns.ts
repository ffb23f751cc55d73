import { schema } from '@groupdesk/db';
import { sql } from 'drizzle-orm';

const { affiliates } = schema;

/** What the list shows of an affiliate, and the detail starts from. */
export const listColumns = {
  id: affiliates.id,
  nationalNumber: affiliates.nationalNumber,
  nationalNumberKind: affiliates.nationalNumberKind,
  lastName: affiliates.lastName,
  firstName: affiliates.firstName,
  birthDate: affiliates.birthDate,
  language: affiliates.language,
  professionalEmail: affiliates.professionalEmail,
  privateEmailKnown: sql<boolean>`${affiliates.privateEmail} is not null`,
  portalRegistered: sql<boolean>`${affiliates.portalRegisteredAt} is not null`,
  employmentStatus: affiliates.employmentStatus,
};
