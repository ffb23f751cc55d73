// Languages an affiliate can receive mail and statements in; German is a Belgian national language
// but the backoffice itself is only translated into the three below.
export const languages = ['fr', 'nl', 'en', 'de'] as const;
export type Language = (typeof languages)[number];

export const uiLanguages = ['fr', 'nl', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const sexes = ['M', 'F'] as const;
export type Sex = (typeof sexes)[number];

// active: premiums still paid ("police active");
// passive: no more premiums, reserves remain ("police passive");
// terminated: no reserves left, every amount is zero ("police résiliée").
export const contractStatuses = ['active', 'passive', 'terminated'] as const;
export type ContractStatus = (typeof contractStatuses)[number];

export const planTypes = ['classic', 'cafeteria'] as const;
export type PlanType = (typeof planTypes)[number];

export const employmentStatuses = ['in-service', 'left'] as const;
export type EmploymentStatus = (typeof employmentStatuses)[number];
