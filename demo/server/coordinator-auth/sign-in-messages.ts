// What a coordinator reads when signing in by mail, in Swedish and English (the coordinator
// view's languages): the mail with the link, the invitation mail, and the page a link opens.
import type { CoordinatorLanguage } from '../store/coordinators.ts';

export interface SignInMessages {
  subject: string;
  request: string;
  button: string;
  validFor: string;
  notYou: string;
  page: {
    title: string;
    prompt: string;
    used: string;
    signedIn: string;
  };
  invitation: {
    subject: string;
    /** Who invited them, and as what: an administrator, or the coordinator of these programmes. */
    invited: (inviter: string, programmes: readonly string[] | 'administrator') => string;
    button: string;
    validFor: string;
    notYou: string;
    /** The page an invitation's link opens. */
    prompt: string;
  };
}

export const SIGN_IN_MESSAGES: Record<CoordinatorLanguage, SignInMessages> = {
  sv: {
    subject: 'Logga in i Mentorkits samordnarvy',
    request: 'Någon (förhoppningsvis du) bad om en inloggningslänk till samordnarvyn.',
    button: 'Logga in',
    validFor: 'Länken fungerar en gång, i 20 minuter.',
    notYou: 'Bad du inte om länken? Då kan du bortse från det här meddelandet.',
    page: {
      title: 'Logga in',
      prompt: 'Tryck på knappen för att logga in i samordnarvyn.',
      used: 'Länken har redan använts eller gått ut. Be om en ny i samordnarvyn.',
      signedIn: 'Du är inloggad.',
    },
    invitation: {
      subject: 'Du är inbjuden till Mentorkits samordnarvy',
      invited: (inviter, programmes) =>
        programmes === 'administrator'
          ? `${inviter} har bjudit in dig som administratör i Mentorkits samordnarvy: du lägger till program och samordnare och ser alla program.`
          : `${inviter} har bjudit in dig som samordnare i Mentorkits samordnarvy, för ${
              programmes.length ? programmes.join(', ') : 'program som du får senare'
            }.`,
      button: 'Tacka ja och logga in',
      validFor: 'Länken fungerar en gång, i 7 dagar. Därefter loggar du in med din e-postadress.',
      notYou:
        'Väntade du dig inte inbjudan? Då kan du bortse från meddelandet: utan länken händer ingenting.',
      prompt: 'Tryck på knappen för att tacka ja till inbjudan och logga in i samordnarvyn.',
    },
  },
  en: {
    subject: "Sign in to Mentorkit's coordinator view",
    request: 'Someone (hopefully you) asked for a sign-in link to the coordinator view.',
    button: 'Sign in',
    validFor: 'The link works once, for 20 minutes.',
    notYou: 'Did not ask for it? Then you can ignore this message.',
    page: {
      title: 'Sign in',
      prompt: 'Press the button to sign in to the coordinator view.',
      used: 'The link has been used or has expired. Ask for a new one in the coordinator view.',
      signedIn: 'You are signed in.',
    },
    invitation: {
      subject: "You are invited to Mentorkit's coordinator view",
      invited: (inviter, programmes) =>
        programmes === 'administrator'
          ? `${inviter} has invited you as an administrator of Mentorkit's coordinator view: you add programmes and coordinators and see every programme.`
          : `${inviter} has invited you as a coordinator in Mentorkit's coordinator view, for ${
              programmes.length ? programmes.join(', ') : 'programmes you will be given later'
            }.`,
      button: 'Accept and sign in',
      validFor: 'The link works once, for 7 days. After that you sign in with your e-mail address.',
      notYou:
        'Not expecting this invitation? Then you can ignore this message: nothing happens without the link.',
      prompt: 'Press the button to accept the invitation and sign in to the coordinator view.',
    },
  },
};
