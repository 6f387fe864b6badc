module.exports = {
  projects: ['<rootDir>/libs/*/jest.config.js', '<rootDir>/apps/*/jest.config.js', '<rootDir>/infra/jest.config.js'],
  testTimeout: 60000,
};
