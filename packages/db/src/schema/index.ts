export * from './enums';
export * from './employers';
export * from './users';
export * from './affiliates';
export * from './actions';
export * from './emails';
export * from './journal';
export * from './credentials';
