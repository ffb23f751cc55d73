export * from './delete-session';
export * from './get-session';
export * from './update-session-language';
