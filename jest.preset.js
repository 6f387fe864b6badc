// One jest preset for every package: @swc/jest compiles TS (with decorator metadata, which Nest needs);
// Nest 12 ships ESM, so those packages are transformed too (Jest does require(esm) only on Node >= 24.9).
const esm = [
  '\\.pnpm',
  '@nestjs',
  '@as-integrations',
  'file-type',
  'load-esm',
  'uid',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  'nestjs-cls',
  'jose',
  'openid-client',
  'oauth4webapi',
  'oidc-provider',
];
module.exports = (dir) => ({
  displayName: require('path').basename(dir),
  rootDir: dir,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transformIgnorePatterns: [`/node_modules/(?!(${esm.join('|')})/)`],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
});
