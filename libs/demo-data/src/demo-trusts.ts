import { demoId } from './demo-id';

export type DemoPhase = 'PRIMARY' | 'SECONDARY' | 'SPECIAL' | 'ALL_THROUGH';
export interface DemoSchool {
  id: string;
  name: string;
  urn: string;
  phase: DemoPhase;
  localAuthority: string;
  sites: string[];
}
export interface DemoTrust {
  id: string;
  code: string;
  name: string;
  schools: DemoSchool[];
}

const school = (
  trust: string,
  name: string,
  urn: string,
  phase: DemoPhase,
  localAuthority: string,
  sites = ['Main site'],
): DemoSchool => ({ id: demoId('school', trust, name), name, urn, phase, localAuthority, sites });

export const NORTHSTAR: DemoTrust = {
  id: demoId('trust', 'NLT'),
  code: 'NLT',
  name: 'Northstar Learning Trust',
  schools: [
    school('NLT', 'Oakfield Primary School', '148201', 'PRIMARY', 'Leeds'),
    school('NLT', 'Beech Hill Primary School', '148202', 'PRIMARY', 'Leeds'),
    school('NLT', 'Kirkgate Primary Academy', '148203', 'PRIMARY', 'Wakefield'),
    school('NLT', 'Holmewood Primary School', '148204', 'PRIMARY', 'Bradford'),
    school('NLT', "St Aidan's CE Primary", '148205', 'PRIMARY', 'Leeds'),
    school('NLT', 'Moorside Infant School', '148206', 'PRIMARY', 'Kirklees'),
    school('NLT', 'Riverbank Junior School', '148207', 'PRIMARY', 'Wakefield'),
    school('NLT', 'Northfield Primary Academy', '148208', 'PRIMARY', 'Bradford'),
    school('NLT', 'Northstar Academy Leeds', '148209', 'SECONDARY', 'Leeds', ['Main site', 'Sixth form centre']),
    school('NLT', 'Calder Valley High School', '148210', 'SECONDARY', 'Kirklees'),
    school('NLT', 'Aire Park Academy', '148211', 'ALL_THROUGH', 'Bradford', ['Primary phase', 'Secondary phase']),
    school('NLT', 'Willow Bank Special School', '148212', 'SPECIAL', 'Leeds'),
  ],
};

export const RIVERSIDE: DemoTrust = {
  id: demoId('trust', 'RVA'),
  code: 'RVA',
  name: 'Riverside Academies',
  schools: [
    school('RVA', 'Riverside Primary Academy', '149301', 'PRIMARY', 'York'),
    school('RVA', 'Ouse Bridge Primary', '149302', 'PRIMARY', 'York'),
    school('RVA', 'Foss Lane Primary', '149303', 'PRIMARY', 'North Yorkshire'),
    school('RVA', 'Riverside High School', '149304', 'SECONDARY', 'York'),
  ],
};

export const DEMO_TRUSTS = [NORTHSTAR, RIVERSIDE];
