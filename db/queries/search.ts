import 'server-only';
import { db } from '..';
import { createSearch } from './full-text';

export {
  matchExpression,
  SEARCH_WINDOW,
  type SearchFilters,
  type SearchHit,
  type SearchOutcome,
  type SearchSort,
} from './full-text';

/** The search on the server's own connection (the admin's list, the bench, a search worker's stand-in). */
export const searchArticles = createSearch(db.$client);
