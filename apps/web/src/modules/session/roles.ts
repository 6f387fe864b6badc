/** Who works tickets, changes and incidents: the IT team's roles, as the services define them. */
export const IT_TEAM = ['TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR'];

export const isItTeam = (role: string | undefined) => IT_TEAM.includes(role ?? '');
