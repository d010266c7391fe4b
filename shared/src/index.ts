export * from './enums';
export * from './error-codes';
export * from './limits';
export * from './period';
export * from './progress';
export * from './jira-owned';
export * from './access';
export * from './sign-in-return';
