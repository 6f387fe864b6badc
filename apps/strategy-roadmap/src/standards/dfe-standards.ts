import { demoId } from '@trustops/demo-data';

/** The DfE digital and technology standards for schools and colleges, as the catalogue every trust assesses against. */
export const DFE_STANDARDS = [
  [
    'BROADBAND',
    'Broadband internet',
    'A suitable connection with a backup, filtered and monitored, meeting the bandwidth schools need',
  ],
  [
    'SWITCHING',
    'Network switching',
    'Switches that provide fast, reliable and secure connections to wired and wireless devices',
  ],
  [
    'WIRELESS',
    'Wireless network',
    'A fast, reliable wireless connection across the school, secured and managed centrally',
  ],
  [
    'CYBER',
    'Cyber security',
    'Protection against cyber attacks: accounts, patches, backups, training and an incident plan',
  ],
  [
    'FILTERING',
    'Filtering and monitoring',
    'Filtering and monitoring that keep pupils safe online, reviewed at least annually',
  ],
  [
    'LEADERSHIP',
    'Digital leadership and governance',
    'A senior leader responsible for digital, a strategy, and registers of assets and risks',
  ],
  [
    'SERVERS',
    'Servers and storage',
    'Servers and storage that are secure, backed up and refreshed, or moved to the cloud',
  ],
  ['CLOUD', 'Cloud solutions', 'Cloud services used securely, with data protection and business continuity in mind'],
  [
    'DEVICES',
    'Laptops, desktops and tablets',
    'Devices that meet educational and administrative needs, managed and refreshed on a plan',
  ],
].map(([code, title, summary]) => ({ id: demoId('standard', code), code, title, summary }));
