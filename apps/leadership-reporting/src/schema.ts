/** The database schema of leadership reporting: its rollups, its copies of directory data and its schedules. */
export const S = 'leadership_reporting';
