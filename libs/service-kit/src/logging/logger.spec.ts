import { safeError } from './logger';

describe('safeError', () => {
  it("logs a database error without the statement's parameters, text or driver copy", () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), {
      query: 'INSERT INTO directory.app_user (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)',
      parameters: ['id', 'jo@school.example', 'Jo', '$argon2id$v=19$secret-hash'],
      driverError: { detail: 'Key (lower(email))=(jo@school.example) already exists.' },
      code: '23505',
    });
    const logged = JSON.stringify(safeError(error));
    expect(logged).toContain('duplicate key value');
    expect(logged).toContain('23505');
    expect(logged).not.toContain('argon2');
    expect(logged).not.toContain('INSERT INTO');
    expect(logged).not.toContain('jo@school.example');
  });
});
