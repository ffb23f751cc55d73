import { pgEnum } from 'drizzle-orm/pg-core';

export const languageEnum = pgEnum('language', ['fr', 'nl', 'en', 'de']);
export const sexEnum = pgEnum('sex', ['M', 'F']);
export const planTypeEnum = pgEnum('plan_type', ['classic', 'cafeteria']);
export const contractStatusEnum = pgEnum('contract_status', ['active', 'passive', 'terminated']);
export const employmentStatusEnum = pgEnum('employment_status', ['in-service', 'left']);
export const nationalNumberKindEnum = pgEnum('national_number_kind', ['national', 'bis']);
export const userKindEnum = pgEnum('user_kind', ['employer', 'account-manager', 'admin']);
export const membershipRoleEnum = pgEnum('membership_role', ['master', 'hr']);
export const membershipProfileEnum = pgEnum('membership_profile', ['read', 'write']);
export const actionStatusEnum = pgEnum('action_status', [
  'queued',
  'running',
  'ready',
  'applied',
  'failed',
  'expired',
  'undone',
]);
export const emailStatusEnum = pgEnum('email_status', [
  'scheduled',
  'sending',
  'sent',
  'failed',
  'cancelled',
]);
// The affiliate's life (issue 7): names as in packages/domain/src/affiliate-events.ts and medical-acceptance.ts
export const employeeCategoryEnum = pgEnum('employee_category', ['employees', 'workers', 'executives']);
export const familySituationEnum = pgEnum('family_situation', [
  'single',
  'married',
  'legal-cohabitant',
  'de-facto-cohabitant',
]);
export const acceptanceTableEnum = pgEnum('acceptance_table', ['organizer', 'other']);
export const medicalFormalityEnum = pgEnum('medical_formality', [
  'none',
  'health-declaration',
  'questionnaire',
  'treating-doctor',
  'cardiologist',
]);
// not-required: within the Free Cover Limit; pending: the formality is awaited; then the insurer decides
export const medicalAcceptanceEnum = pgEnum('medical_acceptance', [
  'not-required',
  'pending',
  'accepted',
  'refused',
]);
export const affiliateEventKindEnum = pgEnum('affiliate_event_kind', [
  'affiliation',
  'occupancy-rate',
  'family-situation',
  'category',
  'suspension',
  'suspension-end',
  'exit',
]);
export const incapacityCauseEnum = pgEnum('incapacity_cause', [
  'illness',
  'private-accident',
  'occupational-accident',
  'pregnancy',
]);
