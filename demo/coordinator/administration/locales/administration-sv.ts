// The administration's words, Swedish source: programmes, coordinators' accounts and their
// invitation, and the audit log, every code the API answers (roles, account statuses, what an
// entry says was done) in words. Dates arrive formatted in the element's language.
import type { SourceCatalogue } from '@mentorkit/core/i18n';
import type { AuditDeed } from '../audit-deeds.ts';

export type NameParam = { name: string };
export type RoleParam = { role: string };
export type AccountRoleParam = { role: string; programmes: string };
export type AccountStatusParam = { status: string; bootstrap: boolean; when: string | null };
export type SubjectKindParam = { kind: string };

const DEEDS_SV: Record<AuditDeed, string> = {
  'viewed-people': 'Tittade på personlistan',
  'viewed-person': 'Tittade på personen',
  'viewed-candidates': 'Tittade på förslag på mentorer',
  'viewed-matches': 'Tittade på matchningarna',
  'viewed-shared-sessions': 'Tittade på delade träffar',
  'viewed-outbox': 'Tittade på utkorgen',
  'viewed-accounts': 'Tittade på samordnarnas konton',
  'viewed-audit': 'Tittade på granskningsloggen',
  'exported-people-csv': 'Exporterade personlistan som CSV',
  'exported-person': 'Exporterade personens uppgifter',
  'erased-person': 'Raderade personens uppgifter',
  withdrew: 'Markerade att personen avböjt',
  reinstated: 'Ångrade avböjandet',
  classified: 'Klassificerade yrket',
  'proposed-match': 'Föreslog en matchning',
  'changed-match': 'Ändrade matchningen',
  'added-training': 'Lade till ett utbildningstillfälle',
  'cancelled-training': 'Ställde in utbildningstillfället',
  'added-feed': 'Lade till ett kalenderflöde',
  'refreshed-feed': 'Hämtade kalenderflödet på nytt',
  'removed-feed': 'Tog bort kalenderflödet',
  'added-programme': 'Lade till ett program',
  'changed-programme': 'Ändrade ett program',
  invited: 'Bjöd in',
  'invited-again': 'Bjöd in igen',
  revoked: 'Spärrade kontot',
  'removed-account': 'Tog bort kontot',
  'added-passkey': 'Lade till en nyckel (passkey)',
  'removed-passkey': 'Tog bort en nyckel (passkey)',
  'signed-in-link': 'Loggade in med en länk i mejl',
  'signed-in-passkey': 'Loggade in med en nyckel (passkey)',
  'signed-in-token': 'Loggade in med samordnartoken',
  'signed-in': 'Loggade in',
  'signed-out': 'Loggade ut',
  viewed: 'Tittade på uppgifter',
  exported: 'Exporterade uppgifter',
  changed: 'Ändrade uppgifter',
  erased: 'Raderade uppgifter',
};

export const administrationSv = {
  adminHeading: 'Administration',
  adminSessionEnded: 'Din inloggning har gått ut. Logga in igen för att fortsätta.',
  adminActionFailed: 'Det gick inte. Försök igen om en stund.',
  adminNoMail: 'Den här servern skickar inga mejl, så den kan inte skicka inbjudningar.',

  adminProgrammesHeading: 'Program',
  adminNoProgrammes: 'Inga program än.',
  adminProgrammeItem: ({ name, id }: { name: string; id: string }): string => `${name} (id: ${id})`,
  adminProgrammesHint:
    'Varje programs frågor på anmälningsformuläret ställs in i serverns frågefil (MENTORKIT_PROGRAMME_QUESTIONS).',
  adminProgrammeCoordinators: ({ names }: { names: string }): string => `Samordnare: ${names}`,
  adminProgrammeNoCoordinators: 'Ingen samordnare än.',
  adminProgrammeQuestions: ({ questions }: { questions: string }): string =>
    `Egna frågor på anmälan: ${questions}`,
  adminProgrammeNoQuestions: 'Inga egna frågor på anmälan.',
  adminAddProgrammeForm: 'Lägg till ett program',
  adminProgrammeId: 'Programmets id (anmälningsformulärets programme-attribut)',
  adminProgrammeName: 'Programmets namn',
  adminAddProgramme: 'Lägg till programmet',
  adminProgrammeIdInvalid:
    'Skriv ett id av bokstäver, siffror och bindestreck utan mellanslag, som union-academics: widgetarnas programme-attribut anger det.',
  adminProgrammeNameInvalid: 'Skriv programmets namn (högst 120 tecken).',
  adminProgrammeTaken: 'Det finns redan ett program med det här id:t.',
  adminProgrammeAdded: ({ name }: NameParam): string => `Programmet ${name} lades till.`,
  adminProgrammeLanguages: ({ languages }: { languages: string }): string => `Språk: ${languages}`,
  adminProgrammeAllLanguages: 'Språk: alla',
  adminProgrammeCapacity: ({ count }: { count: number }): string =>
    `Adepter per mentor när mentorn inte anger något: ${count}`,
  adminProgrammeLanguagesLegend: 'Språk som programmet arbetar på (inget val: alla språk)',
  adminProgrammeLanguagesInvalid: 'Välj bland språken i listan.',
  adminProgrammeCapacityLabel: 'Adepter per mentor när mentorn inte anger något (1–50)',
  adminProgrammeCapacityInvalid: 'Skriv ett heltal från 1 till 50.',
  adminEditProgramme: ({ name }: NameParam): string => `Ändra ${name}`,
  adminEditProgrammeForm: ({ name }: NameParam): string => `Ändra programmet ${name}`,
  adminSaveProgramme: 'Spara ändringarna',
  adminCancelEdit: 'Avbryt',
  adminProgrammeChanged: ({ name }: NameParam): string => `Programmet ${name} ändrades.`,
  adminProgrammeGone: 'Programmet finns inte längre. Ladda om sidan.',

  adminAccountsHeading: 'Samordnare',
  adminRoleName: ({ role }: RoleParam): string =>
    role === 'administrator' ? 'administratör' : 'samordnare',
  adminAccountRole: ({ role, programmes }: AccountRoleParam): string =>
    role === 'administrator'
      ? 'Administratör (alla program)'
      : `Samordnare för ${programmes || 'inget program än'}`,
  adminAccountStatus: ({ status, bootstrap, when }: AccountStatusParam): string => {
    if (bootstrap) return 'Loggar in med samordnartoken.';
    if (status === 'revoked') return 'Spärrad: kan inte logga in.';
    if (status === 'invited') {
      return when ? `Inbjuden ${when}; har inte tackat ja än.` : 'Inbjuden; har inte tackat ja än.';
    }
    return when ? `Aktiv; loggade senast in ${when}.` : 'Aktiv.';
  },
  adminInviteAgain: ({ name }: NameParam): string => `Bjud in ${name} igen`,
  adminRevoke: ({ name }: NameParam): string => `Spärra ${name}`,
  adminRemove: ({ name }: NameParam): string => `Ta bort ${name}`,
  adminSentAgain: ({ name }: NameParam): string =>
    `En ny inbjudan skickades till ${name}; den tidigare länken fungerar inte längre.`,
  adminRevoked: ({ name }: NameParam): string =>
    `${name} kan inte längre logga in. Bjud in hen igen för att släppa in hen.`,
  adminRemoved: ({ name }: NameParam): string => `${name} togs bort.`,
  adminLastAdministrator:
    'Bjud in en annan administratör först: det måste finnas minst en som kan logga in.',
  adminAlreadyActive: 'Kontot har redan tackat ja: hen loggar in med sin e-postadress.',

  adminInviteHeading: 'Bjud in en samordnare',
  adminInviteIntro:
    'Hen får en inbjudan med e-post, på det språk du väljer. Länken fungerar en gång, i 7 dagar, och loggar in hen; sedan loggar hen in med sin adress.',
  adminInviteName: 'Namn',
  adminInviteEmail: 'E-postadress',
  adminInviteLang: 'Inbjudans språk',
  adminInviteRole: 'Roll',
  adminRoleChoice: ({ role }: RoleParam): string =>
    role === 'administrator'
      ? 'Administratör (program, konton, alla program)'
      : 'Samordnare (sina programs personer och matchningar)',
  adminInviteProgrammes: 'Program som hen samordnar',
  adminInviteNoProgrammes: 'Inga program än: lägg till ett ovan först.',
  adminSendInvitation: 'Skicka inbjudan',
  adminInviteNameInvalid: 'Skriv hens namn, som hen skriver under sina mejl (högst 120 tecken).',
  adminInviteEmailInvalid: 'Skriv hens e-postadress, som namn@example.org.',
  adminInviteLangInvalid: 'Välj inbjudans språk: svenska eller engelska.',
  adminInviteRoleInvalid: 'Välj samordnare eller administratör.',
  adminInviteProgrammesInvalid:
    'Välj minst ett program för en samordnare (eller gör hen till administratör, som ser alla program).',
  adminInviteTaken: 'Den här adressen har redan ett konto.',
  adminInviteUnknownProgramme: 'Ett av programmen finns inte längre. Ladda om sidan och välj igen.',
  adminInviteSent: ({ name, email }: { name: string; email: string }): string =>
    `En inbjudan skickades till ${name} på ${email}. Länken fungerar en gång, i 7 dagar.`,

  adminAuditHeading: 'Granskningslogg',
  adminAuditIntro:
    'Vem som tittade på, exporterade, ändrade eller raderade vems uppgifter, och när. Loggen sparar bara id:n: namnen hämtas när du tittar, så den som har raderats syns inte längre med namn. Loggen sparas i MENTORKIT_AUDIT_RETENTION_MONTHS månader (24 om inget annat anges) och raderas sedan.',
  adminAuditWhen: 'När',
  adminAuditWho: 'Vem',
  adminAuditWhat: 'Vad',
  adminAuditWhose: 'Vems uppgifter',
  adminAuditEmpty: 'Inget i loggen än.',
  adminNameAndRole: ({ name, role }: { name: string; role: string }): string => `${name} (${role})`,
  adminRemovedAccount: 'ett borttaget konto',
  adminAuditDeed: ({ deed }: { deed: AuditDeed }): string => DEEDS_SV[deed],
  adminAuditNoSubject: 'Ingen enskild',
  adminAuditGone: ({ kind }: SubjectKindParam): string =>
    ({
      signup: 'en raderad person',
      match: 'en raderad matchning',
      coordinator: 'ett borttaget konto',
      programme: 'ett borttaget program',
      training: 'ett borttaget utbildningstillfälle',
      feed: 'ett borttaget kalenderflöde',
    })[kind] ?? 'något som inte finns längre',
  adminAuditRequest: ({ route }: { route: string }): string => `Begäran: ${route}`,
} satisfies SourceCatalogue;

export type AdministrationOwnMessages = typeof administrationSv;
