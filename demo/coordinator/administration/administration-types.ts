// What the administration reads (GET /api/coordinator/programmes, /coordinators, /audit, and
// each programme's signup questions from GET /api/questions?programme=<id>): the server's types
// (type-only, nothing of the server is bundled) after JSON, checked enough to render, and what
// its forms send.
import type { SignupQuestion } from '@mentorkit/core';
import type {
  AuditEntry as ServerAuditEntry,
  Coordinator as ServerCoordinator,
  Json,
  Programme as ServerProgramme,
} from '../api-types.ts';

export type AuditEntry = Json<ServerAuditEntry>;
export type Coordinator = Json<ServerCoordinator>;
export type Programme = Json<ServerProgramme>;

export interface Administration {
  programmes: Programme[];
  coordinators: Coordinator[];
  audit: AuditEntry[];
  /** Each programme's own questions on the signup form, by programme id. */
  questions: Record<string, SignupQuestion[]>;
}

export type { SignupQuestion };

/** What the programme forms send: the edit form all but the id. */
export interface ProgrammeSettings {
  name: string;
  /** Locale codes; none: every language. */
  languages: string[];
  /** NaN when the field does not hold a whole number (the form says so beside it). */
  capacityDefault: number;
}

export interface NewProgramme extends ProgrammeSettings {
  id: string;
}

export interface Invitation {
  name: string;
  email: string;
  lang: string;
  role: string;
  programmes: string[];
}

/** The three answers, each a list. */
export function parseAdministration(body: unknown): Administration {
  const answer = body as Partial<Administration> | null;
  if (
    !answer ||
    !Array.isArray(answer.programmes) ||
    !Array.isArray(answer.coordinators) ||
    !Array.isArray(answer.audit) ||
    typeof answer.questions !== 'object' ||
    answer.questions === null
  ) {
    throw new TypeError('Not the administration');
  }
  return answer as Administration;
}
