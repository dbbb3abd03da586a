/**
 * Renders the data-contract schemas as JSON Schema files, for partners' backends in any
 * language. Kept out of `src/` because it needs Prettier (node only): the files are formatted
 * exactly as `prettier --check` expects, so generating and checking never disagree.
 */
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';
import * as z from 'zod/mini';
import {
  FollowUpAnswersSchema,
  FollowUpQuestionnaireSchema,
  GlossaryTermSchema,
  MatchProfileSchema,
  SessionLogSchema,
  SessionSummarySchema,
  SignupSubmissionSchema,
  TrainingEventListSchema,
  TrainingEventSchema,
} from '../src/index.ts';

export const REGENERATE_COMMAND =
  'node scripts/run-ts.mjs packages/core/scripts/generate-json-schemas.ts';

/** File name (without `.schema.json`) → title and schema. */
const CONTRACT: Readonly<Record<string, { title: string; schema: z.ZodMiniType }>> = {
  'signup-submission': { title: 'SignupSubmission', schema: SignupSubmissionSchema },
  'training-event': { title: 'TrainingEvent', schema: TrainingEventSchema },
  'training-event-list': { title: 'TrainingEvent[]', schema: TrainingEventListSchema },
  'match-profile': { title: 'MatchProfile', schema: MatchProfileSchema },
  'session-log': { title: 'SessionLog', schema: SessionLogSchema },
  'session-summary': { title: 'SessionSummary', schema: SessionSummarySchema },
  'glossary-term': { title: 'GlossaryTerm', schema: GlossaryTermSchema },
  'follow-up-questionnaire': {
    title: 'FollowUpQuestionnaire',
    schema: FollowUpQuestionnaireSchema,
  },
  'follow-up-answers': { title: 'FollowUpAnswers', schema: FollowUpAnswersSchema },
};

/**
 * File name → file text, formatted with the Prettier configuration that applies in
 * `directory` (packages/core/schemas). `io: 'input'` describes what validation accepts (what a partner
 * sends or serves); checks JSON Schema cannot express (cross-field rules such as "ends after
 * it starts") are left out and are named in the description.
 */
export async function renderJsonSchemaFiles(directory: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [name, { title, schema }] of Object.entries(CONTRACT)) {
    const fileName = `${name}.schema.json`;
    const { $schema, ...body } = z.toJSONSchema(schema, { io: 'input' });
    const document = {
      $schema,
      title,
      description: `Generated from @mentorkit/core (${REGENERATE_COMMAND}); do not edit. The zod schema also applies cross-field checks that JSON Schema cannot express.`,
      ...body,
    };
    const options = await resolveConfig(join(directory, fileName));
    files.set(fileName, await format(JSON.stringify(document), { ...options, parser: 'json' }));
  }
  return files;
}
