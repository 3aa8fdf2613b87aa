export * from './privileges.js';
export * from './applications.js';
export * from './languages.js';
export * from './user.js';
export * from './group.js';
export * from './defaults.js';
export * from './extension-pool.js';
export * from './site.js';
