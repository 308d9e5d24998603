import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e build grants screenshot permission at install so browser tests
// exercise the real capture path; the store build asks for it at runtime.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // The e2e build stays readable so browser-test failures and profiles name real functions.
  vite: (env) => ({ plugins: [preact()], build: { minify: env.mode !== 'e2e' } }),
  zip: {
    excludeSources: ['test-results/**', 'demo-output/**', 'playwright-report/**', 'bench-output/**'],
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // storage: settings; unlimitedStorage: evidence (screenshots) must never be evicted;
    // activeTab: screenshot of the tab the user is acting on (keyboard command, context menu);
    // contextMenus: "Keep as evidence" on a right click.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'contextMenus'],
    host_permissions: mode === 'e2e' ? ['<all_urls>'] : [],
    // Screenshots of any tab, granted by the user from the onboarding page.
    ...(mode === 'e2e'
      ? {}
      : browser === 'firefox'
        ? { optional_permissions: ['<all_urls>'] }
        : { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'keep-focused': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandKeepFocused__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'temoin@temoin.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
