// Two projects: pure unit specs beside the code, and end-to-end specs that need PostgreSQL.
// Browser specs drive Chromium against the built web client.
// The e2e project's globalSetup starts one embedded PostgreSQL per run (unless DATABASE_URL is set).
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
};

/** @type {import('jest').Config} */
export default {
  testTimeout: 60000,
  // Jest keeps every ESM module graph a test file loaded for the life of the process that ran it (vm
  // modules are not collected), so one process running all ~100 files passed 4 GB and died. A memory
  // limit makes Jest run the files in a worker (even with one worker, as on a 2-core machine) and start
  // a fresh worker once it holds more than this after a file.
  workerIdleMemoryLimit: '1GB',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.mjs'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/web/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
    // A real Chromium (playwright-core) against the real server and the built client (npm run build:web).
    {
      ...common,
      displayName: 'browser',
      // Whole user journeys in a real browser: minutes on a loaded machine.
      setupFilesAfterEnv: ['<rootDir>/test/browser/support/timeout.ts'],
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
  ],
};
