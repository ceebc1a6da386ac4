/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
] as const;

const REACT_18 = {
  react: '<rootDir>/test/react18/node_modules/react',
  reactDom: '<rootDir>/test/react18/node_modules/react-dom',
};

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '\\.module\\.css$': '<rootDir>/test/css-module-stub.ts' },
  // A mutation run's sandbox copy of the project, while one is under way.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
};

const config: Config = {
  // Generous, because CI machines are shared: a slow run must not fail a correct test. Tests wait for
  // conditions, never for time, so a longer limit changes nothing when they pass.
  testTimeout: 30_000,
  // One worker per core (jest's default leaves one idle): the jsdom, node and browser suites run side by
  // side. The browser suites wait on the network and Chromium much of the time, so their waits overlap.
  maxWorkers: '100%',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/test/jsdom-setup.ts'],
    },
    {
      // The same jsdom suites on React 18.3, the oldest React the module supports (a host's React is
      // the one it runs): nothing React-19-only may creep into the page.
      ...common,
      displayName: 'unit-react18',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/test/jsdom-setup.ts'],
      moduleNameMapper: {
        ...common.moduleNameMapper,
        '^react$': REACT_18.react,
        '^react/(.*)$': `${REACT_18.react}/$1`,
        '^react-dom$': REACT_18.reactDom,
        '^react-dom/(.*)$': `${REACT_18.reactDom}/$1`,
      },
    },
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/mock-host/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
      slowTestThreshold: 30,
    },
  ],
};

export default config;
