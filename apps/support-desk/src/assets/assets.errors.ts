import { defineErrors } from '@trustops/service-kit';

export const assetErrors = defineErrors('Support desk · assets', {
  ASSET_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No asset with that id in your trust and school scope.',
  },
  ASSET_TAG_TAKEN: {
    category: 'CONFLICT',
    meaning: 'Another device of your trust already has that tag; tags are unique in a trust. Check the label.',
  },
});

export const assetNotFound = (assetId: string) =>
  assetErrors.error('ASSET_NOT_FOUND', 'No asset with that id that you can see', { assetId });
