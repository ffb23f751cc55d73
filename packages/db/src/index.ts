export * from './client';
export * from './migrate';
export * from './embedded';
export * as schema from './schema/index';
export { DEMO_LOGINS, DEMO_PASSWORD, demoStatementYears, seedDemo, type SeedSize } from './seed/index';
