// What a coordinator reads when signing in by mail, in Swedish and English (the coordinator
// view's languages): the mail with the link and the page the link opens.
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
  },
};
