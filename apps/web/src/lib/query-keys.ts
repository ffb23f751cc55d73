/**
 * Query keys shared across features, so that one feature's mutation can invalidate what another shows
 * without importing it. Everything of one employer sits under `['employers', employerId]`.
 */
export const queryKeys = {
  session: ['session'] as const,
  employers: ['employers', 'list'] as const,
  employer: (employerId: string) => ['employers', employerId] as const,
  contracts: (employerId: string) => ['employers', employerId, 'contracts'] as const,
  affiliates: (employerId: string) => ['employers', employerId, 'affiliates'] as const,
  affiliateLists: (employerId: string) => ['employers', employerId, 'affiliates', 'list'] as const,
  affiliateList: (employerId: string, query: object) =>
    ['employers', employerId, 'affiliates', 'list', query] as const,
  actions: (employerId: string) => ['employers', employerId, 'actions'] as const,
  actionLists: (employerId: string) => ['employers', employerId, 'actions', 'list'] as const,
  actionList: (employerId: string, query: object) =>
    ['employers', employerId, 'actions', 'list', query] as const,
  action: (employerId: string, actionId: string) =>
    ['employers', employerId, 'actions', 'detail', actionId] as const,
  uploadRows: (employerId: string, actionId: string, query: object) =>
    ['employers', employerId, 'actions', 'detail', actionId, 'rows', query] as const,
  affiliate: (employerId: string, affiliateId: string) =>
    ['employers', employerId, 'affiliates', 'detail', affiliateId] as const,
  statements: (employerId: string, affiliateId: string) =>
    ['employers', employerId, 'affiliates', 'detail', affiliateId, 'statements'] as const,
  affiliateEvents: (employerId: string, affiliateId: string) =>
    ['employers', employerId, 'affiliates', 'detail', affiliateId, 'events'] as const,
  incapacities: (employerId: string) => ['employers', employerId, 'incapacities'] as const,
  incapacityList: (employerId: string, query: object) =>
    ['employers', employerId, 'incapacities', 'list', query] as const,
  users: (employerId: string) => ['employers', employerId, 'users'] as const,
  notificationAddress: (employerId: string) => ['employers', employerId, 'notification-address'] as const,
  account: ['account'] as const,
  accountSessions: ['account', 'sessions'] as const,
  emails: (employerId: string) => ['employers', employerId, 'emails'] as const,
  emailList: (employerId: string, query: object) =>
    ['employers', employerId, 'emails', 'list', query] as const,
  journal: (employerId: string) => ['employers', employerId, 'journal'] as const,
  journalPage: (employerId: string, query: object) => ['employers', employerId, 'journal', query] as const,
  portfolio: ['portfolio'] as const,
  emailCoverage: (employerId: string | undefined) =>
    ['portfolio', 'email-coverage', employerId ?? 'all'] as const,
};
