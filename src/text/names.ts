/**
 * Shape checks for holder and contact names: organization names, person names, Latin script, and how a name is typed.
 * Everything returns codes and data, never user-facing text. Pure and browser-safe; no input throws.
 */
export * from './organization-names.js';
export * from './person-names.js';
export * from './name-typing.js';
