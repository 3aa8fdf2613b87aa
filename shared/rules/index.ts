export * from './text.js';
export * from './issues.js';
export * from './user-rules.js';
export * from './group-rules.js';
export * from './defaults-rules.js';
export * from './pool-rules.js';
export * from './network-rules.js';
