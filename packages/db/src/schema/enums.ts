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
