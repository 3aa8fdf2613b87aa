export * from './query.js';
export * from './fields.js';
export { parseSearch } from './parse.js';
export { applyCompletion, completionAt } from './complete.js';
export { searchTerm, withTerm, STATE_FILTER_TERMS } from './terms.js';
