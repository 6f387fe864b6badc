import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogues, renderErrorsDoc } from './error-catalogue-doc';

const out = join(__dirname, '..', '..', 'docs', 'errors.md');
const catalogues = loadCatalogues();
writeFileSync(out, renderErrorsDoc(catalogues));
console.log(`docs/errors.md: ${catalogues.reduce((n, c) => n + Object.keys(c.catalogue.codes).length, 0)} codes`);
