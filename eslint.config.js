import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      '**/.turbo/**',
      'bench/results/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'apps/demo/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts', 'apps/demo/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    // CSP + Trusted Types: no HTML parsing from strings anywhere in shipped code.
    files: ['packages/*/src/**/*.ts', 'apps/demo/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.stories.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Trusted Types: build DOM with Lit templates.' },
        { property: 'outerHTML', message: 'Trusted Types: build DOM with Lit templates.' },
        { property: 'insertAdjacentHTML', message: 'Trusted Types: build DOM with Lit templates.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          name: 'lit/directives/unsafe-html.js',
          message: 'No unsafeHTML: user text is always text.',
        },
        { name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG.' },
        {
          name: 'd3',
          message: 'Import d3 per module (d3-shape, d3-path …): the umbrella is 46–97 kB gzip.',
        },
      ],
    },
  },
  {
    // esbuild's splitter follows a barrel's re-exports into the entry chunk, so a widget that
    // imports core's root pulls every lazy text (errors, area texts) into its first download.
    files: ['packages/elements/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.stories.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          name: '@mulighetsrom/core',
          allowTypeImports: true,
          message: "Import values from core's module, e.g. '@mulighetsrom/core/i18n/model.js'.",
        },
      ],
    },
  },
);
