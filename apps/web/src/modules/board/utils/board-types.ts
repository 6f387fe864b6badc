import type { BoardRowFieldsFragment } from '../../../gql/graphql';

/** What the board query returns for a school (or the trust), as the schema says. */
export type BoardRow = BoardRowFieldsFragment;
export type WeekPoint = BoardRow['trend'][number];
