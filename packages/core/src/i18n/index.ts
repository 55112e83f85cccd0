export * from './lang.js';
export * from './format.js';
export * from './localize.js';
export * from './common.js';
export * from './errors.js';
export * from './widget.js';
export * from './model.js';
export * from './editing.js';
