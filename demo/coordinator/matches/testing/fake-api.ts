// The coordinator API of the proposals, the matches and the shared sessions, in the browser,
// for their component tests: `fetch` answers as the reference backend does (steps from the
// statuses it allows, a close without a reason refused, a pair proposed twice refused, a link
// revoked or made anew, a session marked handled), and records what was asked. Each state (a
// failure, a slow answer held until the test releases it) is the test's to set, never a delay.
// The real backend is the e2e tests' (tests/e2e/backend/match-lifecycle.spec.ts).
import type { FakeRequest } from '../../shared/testing/fake-fetch.ts';
import { failureQueue, installFetch, json } from '../../shared/testing/fake-fetch.ts';
import type { Candidates, MatchEntry, SharedSessions } from '../types.ts';

export interface FakeMatchesApi {
  requests: FakeRequest[];
  matches: MatchEntry[];
  shared: SharedSessions;
  /** The next GET answers (or, with `post`, the next POST) with `status`. */
  failNext(status: number, post?: boolean): void;
  /** Holds every GET until `release()`. */
  hold(): void;
  release(): void;
  restore(): void;
}

const problem = (status: number, title: string, errors?: { field: string; detail: string }[]) =>
  json({ title, ...(errors ? { errors } : {}) }, status);

const STEPS: Record<string, { from: string[]; to: string }> = {
  activate: { from: ['proposed', 'paused'], to: 'active' },
  pause: { from: ['active'], to: 'paused' },
  complete: { from: ['active', 'paused'], to: 'completed' },
  close: { from: ['proposed', 'active', 'paused'], to: 'closed' },
};

export function fakeMatchesApi(
  data: { candidates?: Candidates; matches?: MatchEntry[]; shared?: SharedSessions } = {},
): FakeMatchesApi {
  const getFailures = failureQueue();
  const postFailures = failureQueue();
  const matches = structuredClone(data.matches ?? []);
  const shared = structuredClone(data.shared ?? { matches: [], flagged: [] });
  const proposedPairs = new Set<string>();

  const get = (path: string): Response => {
    if (/^\/api\/coordinator\/signups\/[^/]+\/candidates$/.test(path)) {
      return json(data.candidates ?? { candidates: [], occupationNames: {}, inActiveMatch: false });
    }
    if (path === '/api/coordinator/matches') return json(matches);
    if (path === '/api/coordinator/shared-sessions') return json(shared);
    return problem(404, 'Not found');
  };

  const post = (path: string, body: Record<string, string>): Response => {
    if (path === '/api/coordinator/matches') {
      const pair = `${body.mentorId} ${body.menteeId}`;
      if (proposedPairs.has(pair)) return problem(409, 'Already matched');
      proposedPairs.add(pair);
      const token = (role: string) => `${role}${'x'.repeat(43 - role.length)}`;
      return json(
        {
          profile: {
            id: `m-${body.mentorId}`,
            status: 'proposed',
            mentor: { displayName: 'Eva Lund' },
            mentee: { displayName: 'Amal Haddad' },
            reasons: [],
          },
          participantUrls: {
            mentor: `http://localhost/match/${token('mentor')}`,
            mentee: `http://localhost/match/${token('mentee')}`,
          },
        },
        201,
      );
    }
    const handled = /^\/api\/coordinator\/matches\/([^/]+)\/sessions\/([^/]+)\/handled$/.exec(path);
    if (handled) {
      const session = shared.flagged.find((s) => s.sessionId === handled[2]);
      if (!session) return problem(404, 'Not found');
      session.handledAt = '2026-11-25T10:15:00.000Z';
      return json({ handledAt: session.handledAt });
    }
    const found = /^\/api\/coordinator\/matches\/([^/]+)\/(.+)$/.exec(path);
    const entry = found && matches.find((match) => match.profile.id === found[1]);
    if (!found || !entry) return problem(404, 'Not found', undefined);
    const action = found[2]!;
    const rule = STEPS[action];
    if (rule) {
      if (!rule.from.includes(entry.profile.status)) return problem(409, 'Not possible now');
      if (action === 'close' && !body.reason) {
        return problem(422, 'Reason required', [{ field: 'reason', detail: 'Say why.' }]);
      }
      const from = entry.profile.status;
      entry.profile.status = rule.to as MatchEntry['profile']['status'];
      entry.history.push({
        actor: 'coordinator',
        action: `${action}d`,
        about: null,
        fromStatus: from,
        toStatus: entry.profile.status,
        reason: body.reason || null,
        at: '2026-11-25T10:00:00.000Z',
      });
      return json(entry.profile);
    }
    if (action === 'meetings') {
      if (!body.date || body.date < (entry.profile.startedAt ?? '').slice(0, 10)) {
        return problem(422, 'Invalid date', [{ field: 'date', detail: 'Out of range.' }]);
      }
      entry.profile.meetingsHeld = (entry.profile.meetingsHeld ?? 0) + 1;
      entry.lastMeeting = body.date;
      return json(entry.profile, 201);
    }
    const link = /^links\/(mentor|mentee)\/(revoke|reissue)$/.exec(action);
    if (link) {
      const role = link[1] as 'mentor' | 'mentee';
      if (link[2] === 'revoke') {
        entry.links[role] = { ...entry.links[role], usable: false };
        return json({ revoked: true });
      }
      entry.links[role] = { expiresAt: '2026-12-25T10:00:00.000Z', usable: true };
      return json({ url: `http://localhost/match/${'n'.repeat(43)}` });
    }
    return problem(404, 'Not found');
  };

  const fake = installFetch(async ({ method, body }, url) => {
    if (method === 'GET') {
      await fake.passed();
      const failure = getFailures.next();
      if (failure) return problem(failure, 'Failed');
      return get(url.pathname);
    }
    const failure = postFailures.next();
    if (failure) return problem(failure, 'Failed');
    return post(url.pathname, (body ?? {}) as Record<string, string>);
  });
  return {
    ...fake,
    matches,
    shared,
    failNext: (status, isPost = false) => (isPost ? postFailures : getFailures).add(status),
  };
}
