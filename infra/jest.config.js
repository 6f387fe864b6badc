const preset = require('../jest.preset.js')(__dirname);
module.exports = { ...preset, displayName: 'infra', testMatch: ['<rootDir>/docs/**/*.spec.ts'] };
