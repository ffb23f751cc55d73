export * from './delete-session';
export * from './get-session';
export * from './session-end';
export * from './update-session-language';
