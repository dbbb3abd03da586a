// The administration's audit log: when, who (by name while their account exists), what was done
// in words (audit-deeds.ts), and whose data: the subject's name as it is now, joined by the
// server at read time, or "an erased person" once they are gone. The request itself shows only
// beside a deed the page has no words for.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { AdministrationMessages } from './administration-messages.ts';
import type { AuditEntry } from './administration-types.ts';
import { GENERIC_DEEDS, auditDeedOf } from './audit-deeds.ts';

type Localize = LocalizeController<AdministrationMessages>;

export interface AuditView {
  localize: Localize;
  entries: readonly AuditEntry[];
  when: (iso: string) => string;
}

function whose(localize: Localize, entry: AuditEntry): string {
  if (!entry.subjectKind) return localize.term('adminAuditNoSubject');
  if (entry.subjectNames.length === 0) {
    return localize.term('adminAuditGone', { kind: entry.subjectKind });
  }
  if (entry.subjectKind === 'match') {
    // The server names a match's mentee first, then its mentor.
    const roles = ['mentee', 'mentor'] as const;
    return localize.formatList(
      entry.subjectNames.map((name, index) =>
        localize.term('adminNameAndRole', {
          name,
          role: localize.term('peopleRole', { role: roles[index] ?? 'mentor' }).toLowerCase(),
        }),
      ),
    );
  }
  return localize.formatList(entry.subjectNames);
}

function renderEntry(localize: Localize, entry: AuditEntry, when: AuditView['when']) {
  const term = localize.term.bind(localize);
  const deed = auditDeedOf(entry);
  const actor = term('adminNameAndRole', {
    name: entry.actorName ?? term('adminRemovedAccount'),
    role: term('adminRoleName', { role: entry.actorRole }),
  });
  return html`<tr
    data-action=${entry.action}
    data-deed=${deed}
    data-subject=${entry.subjectId ?? ''}
  >
    <td><time datetime=${entry.at}>${when(entry.at)}</time></td>
    <td>${actor}</td>
    <td>
      ${term('adminAuditDeed', { deed })}
      ${
        GENERIC_DEEDS.has(deed)
          ? html`<span class="muted request"
              >${term('adminAuditRequest', { route: entry.route })}</span
            >`
          : ''
      }
    </td>
    <td class="whose">${whose(localize, entry)}</td>
  </tr>`;
}

export function renderAudit(view: AuditView): TemplateResult {
  const { localize } = view;
  const term = localize.term.bind(localize);
  return html`<section aria-labelledby="audit-heading">
    <h3 id="audit-heading" tabindex="-1">${term('adminAuditHeading')}</h3>
    <p>${term('adminAuditIntro')}</p>
    ${
      view.entries.length
        ? html`<div class="table-wrap">
            <table id="audit-table" aria-labelledby="audit-heading">
              <thead>
                <tr>
                  <th scope="col">${term('adminAuditWhen')}</th>
                  <th scope="col">${term('adminAuditWho')}</th>
                  <th scope="col">${term('adminAuditWhat')}</th>
                  <th scope="col">${term('adminAuditWhose')}</th>
                </tr>
              </thead>
              <tbody>
                ${view.entries.map((entry) => renderEntry(localize, entry, view.when))}
              </tbody>
            </table>
          </div>`
        : html`<p class="muted">${term('adminAuditEmpty')}</p>`
    }
  </section>`;
}
