// What the person gave, as a coordinator reads it: every field of their signup under a label,
// every code in words (Swedish level, goals, times, ways of meeting, languages, country of
// birth, the occupation group and who classified it), their own text as text. A field they
// left out says so rather than disappearing, so a missing answer is seen as missing.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { PersonViewMessages } from './person-messages.ts';
import type { Person } from './person-types.ts';

type Localize = LocalizeController<PersonViewMessages>;
type Signup = Person['signup'];
type Profile = Signup['submission']['profile'];

/** One label and its value; `undefined`, an empty text or list: not given. */
function item(localize: Localize, label: string, value: unknown): TemplateResult {
  const empty = value === undefined || value === '' || (Array.isArray(value) && !value.length);
  return html`<div class="item">
    <dt>${label}</dt>
    <dd>${empty ? html`<span class="muted">${localize.term('personNotGiven')}</span>` : value}</dd>
  </div>`;
}

/** A country's name in the view's language (ISO 3166 code, as the form sends it). */
function countryName(code: string, localize: Localize): string {
  try {
    return new Intl.DisplayNames([localize.lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Several words as one list in the view's language ("CV, Job interviews and Network"). */
const listOf = (localize: Localize, words: readonly string[]) =>
  words.length ? localize.formatList(words) : undefined;

function languages(localize: Localize, profile: Profile): string | undefined {
  return listOf(
    localize,
    profile.languages.map((skill) =>
      localize.term('personLanguageLevel', {
        language: localize.languageName(skill.code),
        level:
          skill.level === 'native'
            ? localize.term('personNative')
            : localize.term('peopleSwedishLevel', { level: skill.level }),
      }),
    ),
  );
}

function occupation(localize: Localize, person: Person): TemplateResult {
  const { signup, occupationNames } = person;
  const chosen = signup.submission.profile.occupation;
  const words = chosen?.text ?? signup.submission.profile.profession;
  const names = chosen?.ssyk ? occupationNames[chosen.ssyk] : undefined;
  const group = names ? (localize.lang === 'sv' ? names.sv : names.en) : undefined;
  const by = signup.occupationSource ?? 'own';
  return html`${
      group
        ? html`${group} <span class="muted">(${localize.term('personOccupationBy', { by })})</span>`
        : html`<span class="muted">${localize.term('personUnclassified')}</span>`
    } <br /><span class="muted">${localize.term('personOccupationWords', { words })}</span>`;
}

/** A partner's question's answer: text, the options chosen, or yes/no. */
function answerText(localize: Localize, answer: unknown): string | undefined {
  if (typeof answer === 'boolean') return localize.term(answer ? 'personYes' : 'personNo');
  if (Array.isArray(answer)) return listOf(localize, answer.map(String));
  return typeof answer === 'string' ? answer : undefined;
}

/** What the person gave in the form: the profile of a mentor or a mentee, and their answers. */
export function renderGiven(localize: Localize, person: Person): TemplateResult {
  const { submission } = person.signup;
  const term = localize.term.bind(localize);
  const profile: Profile = submission.profile;
  const words = <Code extends string>(
    codes: readonly Code[] | undefined,
    say: (c: Code) => string,
  ) => listOf(localize, (codes ?? []).map(say));
  const slots = words(profile.availabilitySlots, (slot) => term('peopleSlot', { slot }));
  const modes = words(profile.meetingModes, (mode) => term('peopleMode', { mode }));
  const answers = Object.entries(submission.answers);
  return html`<dl class="details">
    ${item(localize, term('personEmail'), person.signup.email)}
    ${item(localize, term('personPhone'), submission.person.phone)}
    ${item(localize, term('personProfession'), profile.profession)}
    ${
      submission.kind === 'mentor'
        ? html`${item(localize, term('personOrganisation'), submission.profile.organisation)}
          ${item(localize, term('personIndustry'), submission.profile.industry)}
          ${item(localize, term('personYears'), localize.formatNumber(submission.profile.yearsOfExperience))}
          ${item(
            localize,
            term('personExpertise'),
            words(submission.profile.expertise, (goal) => term('peopleGoal', { goal })),
          )}
          ${item(localize, term('personCapacity'), submission.profile.capacity === undefined ? undefined : localize.formatNumber(submission.profile.capacity))}`
        : html`${item(localize, term('personDesiredField'), submission.profile.desiredField)}
          ${item(localize, term('personSwedish'), term('peopleSwedishLevel', { level: submission.profile.swedishLevel }))}
          ${item(
            localize,
            term('personGoals'),
            words(submission.profile.goals, (goal) => term('peopleGoal', { goal })),
          )}`
    }
    ${item(localize, term('personOccupation'), occupation(localize, person))}
    ${item(localize, term('personLanguages'), languages(localize, profile))}
    ${item(localize, term('personRegion'), profile.region)}
    ${item(localize, term('personAvailability'), profile.availability)}
    ${item(localize, term('personSlots'), slots)} ${item(localize, term('personModes'), modes)}
    ${item(localize, term('personCountryOfBirth'), profile.countryOfBirth && countryName(profile.countryOfBirth, localize))}
    ${item(localize, term('personMotherTongue'), profile.motherTongue && localize.languageName(profile.motherTongue))}
    ${
      submission.kind === 'mentor'
        ? item(
            localize,
            term('personMotivation'),
            html`<span class="text">${submission.profile.motivation}</span>`,
          )
        : nothing
    }
    ${
      answers.length
        ? item(
            localize,
            term('personAnswers'),
            html`<dl class="answers">
              ${answers.map(([question, answer]) => item(localize, question, answerText(localize, answer)))}
            </dl>`,
          )
        : nothing
    }
  </dl>`;
}

/** A privacy notice's address as a link only when it is a web address (never `javascript:`). */
function privacyLink(localize: Localize, url: string): TemplateResult | typeof nothing {
  if (!/^https?:\/\//i.test(url)) return nothing;
  return html` (<a href=${url} rel="noopener noreferrer" target="_blank"
      >${localize.term('personPrivacyNotice')}</a
    >)`;
}

/** When and how they signed up: the date, the form's language, consent, confirmation. */
export function renderSignup(localize: Localize, person: Person): TemplateResult {
  const { signup } = person;
  const { consent, locale } = signup.submission;
  const term = localize.term.bind(localize);
  const date = (value: string) => localize.formatDate(value);
  return html`<dl class="details">
    ${item(localize, term('personSignedUp'), date(signup.createdAt))}
    ${item(localize, term('personFormLanguage'), localize.languageName(locale))}
    ${item(
      localize,
      term('personConsent'),
      html`${term('personConsentGiven', { date: date(consent.acceptedAt) })}${privacyLink(localize, consent.privacyUrl)}`,
    )}
    ${item(
      localize,
      term('personConfirmed'),
      signup.confirmedAt ? date(signup.confirmedAt) : term('personNotConfirmed'),
    )}
    ${signup.withdrawnAt ? item(localize, term('personWithdrawnAt'), date(signup.withdrawnAt)) : nothing}
  </dl>`;
}
