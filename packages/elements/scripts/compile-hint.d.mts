// Types for compile-hint.mjs (imported by vite.config.ts).
export const COMPILE_HINT: '//# allFunctionsCalledOnLoad';
