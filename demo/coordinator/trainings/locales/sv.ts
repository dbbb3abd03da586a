// <mk-trainings>' own words, Swedish source: the list, the add form with its errors in words
// (one per field the form or the server refuses), cancelling and what each action did.
import type { SourceCatalogue } from '@mentorkit/core/i18n';

export type TrainingField =
  | 'title'
  | 'programme'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'weeklyCount'
  | 'seats'
  | 'locationName'
  | 'address'
  | 'description';

export const trainingsSv = {
  trainingsHeading: 'Utbildningstillfällen',
  trainingsPublished: 'Publiceras som kalenderflöden; en ändring här syns i dem direkt:',
  trainingsNone: 'Inga utbildningstillfällen än.',
  trainingsWhen: ({ date, start, end }: { date: string; start: string; end: string }): string =>
    `${date} kl. ${start}–${end}`,
  trainingsZone: ({ zone }: { zone: string }): string => `(${zone})`,
  trainingsRepeats: ({ every }: { every: string }): string => `Återkommer ${every}`,
  trainingsSeats: ({ count }: { count: number }): string =>
    count === 1 ? '1 plats' : `${count} platser`,
  trainingsOnline: 'Digitalt',
  trainingsStatus: ({ status }: { status: string }): string => `Status: ${status}`,
  trainingsDemo: 'Demo',
  trainingsCancel: 'Ställ in',
  trainingsCancelNamed: ({ title }: { title: string }): string =>
    `Ställ in utbildningstillfället: ${title}`,
  trainingsConfirmCancel: ({ title }: { title: string }): string =>
    `Ställa in ”${title}”? Kalendrar som visar det får veta att det är inställt. Det går inte att ångra.`,
  trainingsConfirmYes: 'Ja, ställ in',
  trainingsCancelled: ({ title }: { title: string }): string =>
    `”${title}” är inställt; kalenderflödena säger det nu.`,
  trainingsAddHeading: 'Lägg till ett utbildningstillfälle',
  trainingsLabel: ({ field }: { field: TrainingField }): string =>
    ({
      title: 'Titel',
      programme: 'Program',
      date: 'Datum',
      startTime: 'Börjar (svensk tid)',
      endTime: 'Slutar',
      weeklyCount: 'Varje vecka, antal gånger',
      seats: 'Antal platser',
      locationName: 'Plats',
      address: 'Adress',
      description: 'Beskrivning',
    })[field],
  trainingsWeeklyHint: '1 betyder ett enda tillfälle.',
  trainingsSeatsHint: 'Tomt betyder obegränsat.',
  trainingsInvalid: ({ field }: { field: TrainingField }): string =>
    ({
      title: 'Skriv en titel (högst 200 tecken).',
      programme: 'Välj vilket program utbildningstillfället hör till.',
      date: 'Skriv datumet, till exempel 2027-05-04.',
      startTime: 'Skriv när det börjar, till exempel 17:00.',
      endTime: 'Skriv när det slutar, efter att det börjat, till exempel 18:30.',
      weeklyCount: 'Skriv hur många veckor det återkommer, från 1 till 52.',
      seats: 'Skriv antalet platser, från 1, eller lämna tomt för obegränsat.',
      locationName: 'Korta platsen till högst 200 tecken.',
      address: 'Korta adressen till högst 1 000 tecken.',
      description: 'Korta beskrivningen till högst 5 000 tecken.',
    })[field],
  trainingsAdd: 'Lägg till utbildningstillfället',
  trainingsAdding: 'Lägger till …',
  trainingsAdded: ({ title }: { title: string }): string =>
    `”${title}” lades till i kalenderflödena.`,
  trainingsNotAdded: 'Utbildningstillfället lades inte till. Rätta det som står vid fälten.',
} satisfies SourceCatalogue;

export type TrainingsOwnMessages = typeof trainingsSv;
