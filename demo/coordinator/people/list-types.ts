// The people list's answer as the view reads it: the server's types (type-only, nothing of the
// server is bundled) after JSON.
import type { PeoplePageView } from '../../server/api/people-routes.ts';
import type { Json } from '../api-types.ts';

export type PeoplePage = Json<PeoplePageView>;
export type PersonItem = PeoplePage['items'][number];
export type Facets = NonNullable<PeoplePage['facets']>;

/** What the element asks the page to do with one person (events, wired in main.ts). */
export interface PersonActionDetail {
  id: string;
  name: string;
}
