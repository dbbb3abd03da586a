// The coordinator view of the reference backend: signups, matches and trainings behind the
// coordinator token (session.ts). Each part wires its own controls; this file connects them.
import { initErasure, openErasure } from './erasure.ts';
import { loadMatches, proposeFor } from './matching.ts';
import { handleFailure, initSession, isSignedIn, showWorkspace } from './session.ts';
import { initSignups } from './signups.ts';
import { initTrainings, loadTrainings } from './trainings.ts';

const loadSignups = initSignups({ findMentor: proposeFor, erase: openErasure });
initTrainings();
initErasure(refreshAll);
initSession(refreshAll);

async function refreshAll(): Promise<void> {
  try {
    await Promise.all([loadSignups(), loadMatches(), loadTrainings()]);
  } catch (error) {
    handleFailure(error);
  }
}

showWorkspace(isSignedIn());
// refreshAll catches its own failures (handleFailure).
if (isSignedIn()) void refreshAll();
