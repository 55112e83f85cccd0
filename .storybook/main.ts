// Storybook for every package: stories live beside the components (packages/*/src) or in a
// package's stories/ folder (e.g. the token page). Telemetry is off: with it on the build takes
// about three times as long trying to report from this closed network.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: [
    '../packages/*/src/**/*.stories.ts',
    '../packages/*/stories/**/*.stories.ts',
    '../packages/*/stories/**/*.mdx',
    '../packages/*/src/**/*.mdx',
  ],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // The decorator mode of tsconfig.base.json (experimentalDecorators, useDefineForClassFields
      // false), stated here too so files outside a package tsconfig compile the same way. Vite 8
      // (Oxc) would otherwise leave TC39 `accessor` decorators raw and the bundle would not parse.
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
      // Quiet production builds: the chunk-size warning is about Storybook's own manager code.
      build: { chunkSizeWarningLimit: 4096 },
    });
  },
};

export default config;
