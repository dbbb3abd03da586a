// Entry of the sessions page (sessions.html): the full log, the sessions feature's page.
import { sessionsPage } from '../features/sessions/sessions-page.ts';
import { startFeatures } from '../shared/feature.ts';

startFeatures([sessionsPage], new AbortController().signal);
