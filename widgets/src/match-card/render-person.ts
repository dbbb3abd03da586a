/** One side of the match: avatar, name (or role and profession), facts and languages. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { RenderContext } from './render-context.ts';
import type { LanguageView, PersonView } from './view-model.ts';

/** A person silhouette for the public audience, which gets neither photo nor initials. */
const anonymousAvatar = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <circle cx="12" cy="8" r="4" fill="currentColor"></circle>
  <path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8z" fill="currentColor"></path>
</svg>`;

export const checkIcon = html`<svg
  class="icon"
  viewBox="0 0 16 16"
  aria-hidden="true"
  focusable="false"
>
  <path
    d="M3 8.5l3 3 7-7"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  ></path>
</svg>`;

function renderAvatar(person: PersonView, context: RenderContext): TemplateResult {
  const { avatarUrl, name, initials } = person;
  if (avatarUrl !== undefined && name !== undefined && !context.brokenPhotos.has(avatarUrl)) {
    return html`<img
      class="avatar"
      part="avatar avatar-photo"
      src=${avatarUrl}
      alt=${context.localize.term('matchPhotoAlt', { name })}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${() => context.onPhotoError(avatarUrl)}
    />`;
  }
  // The name sits next to the avatar, so the initials are decoration for screen readers.
  return html`<span class="avatar" part="avatar avatar-initials" aria-hidden="true"
    >${initials ?? anonymousAvatar}</span
  >`;
}

export function personHeading(person: PersonView, context: RenderContext): string {
  const role = context.localize.term('matchRole', { role: person.role });
  return (
    person.name ??
    context.localize.term('matchAnonymousPerson', { role, profession: person.profession })
  );
}

export function renderLanguage(language: LanguageView, context: RenderContext): TemplateResult {
  const { localize } = context;
  const level = language.level === 'native' ? localize.term('matchLevelNative') : language.level;
  return html`<li
    class="language"
    part=${language.shared ? 'language language-shared' : 'language'}
  >
    <span>${localize.languageName(language.code)}</span>
    <span class="language__level">(${level})</span>
    ${
      language.shared
        ? html`<span class="shared" part="shared-badge"
            >${checkIcon}${localize.term('matchLanguageShared')}</span
          >`
        : nothing
    }
  </li>`;
}

function fact(label: string, value: unknown): TemplateResult {
  return html`<div class="fact">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

export function renderPerson(person: PersonView, context: RenderContext): TemplateResult {
  const { localize, layout } = context;
  const headingId = `${person.role}-name`;
  const languages = html`<ul class="languages" part="languages">
    ${person.languages.map((language) => renderLanguage(language, context))}
  </ul>`;
  const full = layout === 'full';
  // A group, not a section: a page with several cards would otherwise repeat landmarks.
  return html`<div
    role="group"
    class="person person--${person.role}"
    part="person person-${person.role}"
    aria-labelledby=${headingId}
  >
    <div class="person__head">
      ${renderAvatar(person, context)}
      <div class="person__title">
        <h3 class="person__name" part="name" id=${headingId}>${personHeading(person, context)}</h3>
        ${
          person.name !== undefined
            ? html`<p class="person__role" part="role">
                ${localize.term('matchRole', { role: person.role })}
              </p>`
            : nothing
        }
      </div>
    </div>
    <dl class="facts" part="facts">
      ${fact(localize.term('matchProfession'), person.profession)}
      ${full ? fact(localize.term('matchIndustry'), person.industry) : nothing}
      ${full ? fact(localize.term('matchRegion'), person.region) : nothing}
      ${person.languages.length > 0 ? fact(localize.term('matchLanguages'), languages) : nothing}
      ${
        full && person.topics.length > 0
          ? fact(
              localize.term(person.role === 'mentor' ? 'matchExpertise' : 'matchGoals'),
              localize.formatList(
                person.topics.map((goal) => localize.term('matchGoal', { goal })),
              ),
            )
          : nothing
      }
      ${
        person.email !== undefined
          ? fact(
              localize.term('matchEmail'),
              html`<a href=${`mailto:${person.email}`} part="contact-link">${person.email}</a>`,
            )
          : nothing
      }
      ${
        person.phone !== undefined
          ? fact(
              localize.term('matchPhone'),
              html`<a href=${`tel:${person.phone.replace(/[^\d+]/g, '')}`} part="contact-link"
                >${person.phone}</a
              >`,
            )
          : nothing
      }
    </dl>
  </div>`;
}
