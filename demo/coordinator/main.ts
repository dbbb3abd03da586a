// The coordinator view of the reference backend: signups, matches, trainings, calendar
// feeds from elsewhere and the mail outbox behind the
// coordinator token (session.ts). Each part wires its own controls; this file connects them.
import { initErasure, openErasure } from './erasure.ts';
import { initFeeds, loadFeeds } from './feeds.ts';
import { loadMatches } from './matches.ts';
import { proposeFor } from './matching.ts';
import { initOccupation, openOccupation } from './occupation.ts';
import { loadOutbox } from './outbox.ts';
import { initReport, loadReport } from './report.ts';
import { handleFailure, initSession, isSignedIn, showWorkspace } from './session.ts';
import { focusClassifyButton, initSignups } from './signups.ts';
import { initTrainings, loadTrainings } from './trainings.ts';

const loadSignups = initSignups({
  findMentor: proposeFor,
  erase: openErasure,
  classify: openOccupation,
});
initOccupation(async (signup) => {
  await loadSignups();
  focusClassifyButton(signup.id);
});
initTrainings();
initFeeds();
initReport();
initErasure(refreshAll);
initSession(refreshAll);

async function refreshAll(): Promise<void> {
  try {
    await Promise.all([
      loadSignups(),
      loadMatches(),
      loadReport(),
      loadTrainings(),
      loadFeeds(),
      loadOutbox(),
    ]);
  } catch (error) {
    handleFailure(error);
  }
}

showWorkspace(isSignedIn());
// refreshAll catches its own failures (handleFailure).
if (isSignedIn()) void refreshAll();
