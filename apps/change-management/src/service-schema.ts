/** Change management's own PostgreSQL schema: every table its repositories, seed and copies of directory use. */
export const SCHEMA = 'change_management';
