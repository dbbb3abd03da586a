// The people list (<mk-people-list>, people/people-list.ts) wired to the page: its "Find a
// mentor" and classify events open the page's proposal (with the person's signup) and
// classification; a failure it cannot show itself (a session that ended) goes to
// handleFailure. Its CSV export is its own (people/list-export.ts).
import { apiJson } from './api.ts';
import type { Signup } from './api-types.ts';
import { byId } from './dom.ts';
import './people/define-people-list.ts';
import type { PersonActionDetail } from './people/list-types.ts';
import { handleFailure } from './session.ts';

export interface SignupActions {
  findMentor(mentee: Signup): Promise<void>;
  /** Opens the classification (which loads the person itself). */
  classify(signup: Pick<Signup, 'id'>): void;
}

const peopleList = () =>
  byId('people-list', HTMLElement) as HTMLElementTagNameMap['mk-people-list'];

/** After a classification: the focus back on the person's row, where it was before the dialog. */
export function focusClassifyButton(signupId: string): void {
  peopleList().focusClassify(signupId);
}

/** The person's whole signup, which the proposal shows. */
function withSignup(event: Event, then: (signup: Signup) => unknown): void {
  const { id } = (event as CustomEvent<PersonActionDetail>).detail;
  apiJson<Signup>(`/api/coordinator/signups/${encodeURIComponent(id)}`)
    .then(then)
    .catch(handleFailure);
}

/** Wires the list's events; returns what reloads the list. */
export function initSignups(actions: SignupActions): () => Promise<void> {
  const list = peopleList();
  list.addEventListener('mk-people-find-mentor', (event) =>
    withSignup(event, (signup) => actions.findMentor(signup)),
  );
  list.addEventListener('mk-people-classify', (event) =>
    actions.classify({ id: (event as CustomEvent<PersonActionDetail>).detail.id }),
  );
  list.addEventListener('mk-people-failure', (event) =>
    handleFailure((event as CustomEvent<{ error: unknown }>).detail.error),
  );
  return () => list.reload();
}
