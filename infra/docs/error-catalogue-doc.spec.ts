import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conflictingCodes, loadCatalogues, renderErrorsDoc } from './error-catalogue-doc';

describe('docs/errors.md', () => {
  const catalogues = loadCatalogues();

  it('lists every catalogued code as generated (run `pnpm docs:errors` after changing a catalogue)', () => {
    const written = readFileSync(join(__dirname, '..', '..', 'docs', 'errors.md'), 'utf8');
    expect(written).toBe(renderErrorsDoc(catalogues));
  });

  it('finds the kit catalogue and at least one per service', () => {
    const files = catalogues.map((c) => c.file);
    expect(files[0]).toBe('libs/service-kit/src/errors/kit-errors.ts');
    for (const app of ['directory', 'support-desk', 'change-management', 'strategy-roadmap', 'leadership-reporting'])
      expect(files.some((f) => f.startsWith(`apps/${app}/`))).toBe(true);
  });

  it('gives one code one category wherever it is declared', () => {
    expect(conflictingCodes(catalogues)).toEqual([]);
  });

  it('explains every code', () => {
    const unexplained = catalogues.flatMap((c) =>
      Object.entries(c.catalogue.codes)
        .filter(([, entry]) => entry.meaning.trim().length < 10)
        .map(([code]) => code),
    );
    expect(unexplained).toEqual([]);
  });
});
