import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { followUpSv } from './sv.ts';

export const followUpSo: CatalogueOf<typeof followUpSv> = {
  followUpTitle: ({ months }) =>
    plural('so', months, {
      one: `Dabagal kadib ${months} bil`,
      other: `Dabagal kadib ${months} bilood`,
    }),
  followUpProgramme: ({ programme }) => `Hagidda ${programme}`,
  followUpIntroMentee:
    'Sidee kuu socotaa hadda? Jawaabahaagu waxay caawiyaan in barnaamijku fiicnaado. Waxay qaadanaysaa qiyaastii laba daqiiqo.',
  followUpIntroMentor:
    'Sidee bay hagiddu u socotay? Jawaabahaagu waxay caawiyaan in barnaamijku fiicnaado. Waxay qaadanaysaa qiyaastii laba daqiiqo.',
  followUpAnswerBy: ({ date }) => `Fadlan ka jawaab ka hor ${date}.`,
  followUpChangeNote: 'Jawaabahaaga cusubi waxay beddelayaan kuwii aad hore u dirtay.',

  followUpWorkSituation: 'Maxaad hadda samaysaa?',
  followUpWorkQualifiedJob: 'Waxaan shaqo ka hayaa xirfaddayda ama shaqo u baahan aqoon gaar ah',
  followUpWorkOtherJob: 'Shaqo kale ayaan hayaa',
  followUpWorkStudies: 'Waan wax baranayaa',
  followUpWorkLooking: 'Shaqo ayaan raadinayaa',
  followUpWorkOther: 'Wax kale',
  followUpWeeklyHours: 'Immisa saacadood usbuucii?',
  followUpWeeklyHoursHint:
    'Qiyaas ahaan, shaqada ama waxbarashada. Qor tiro dhan, tusaale ahaan 40.',
  followUpSince: 'Laga soo bilaabo goorma?',
  followUpMonth: 'Bisha',
  followUpYear: 'Sanadka',
  followUpChoose: 'Dooro …',
  followUpHelpedMentee: 'Intee in le’eg ayay hagiddu kaa caawisay?',
  followUpHelpedMentor: 'Intee in le’eg ayaad u malaynaysaa in hagiddu caawisay qofka aad hagayso?',
  followUpHelpedALot: 'Aad u badan',
  followUpHelpedSome: 'Xoogaa',
  followUpHelpedALittle: 'Wax yar',
  followUpHelpedNotAtAll: 'Haba yaraatee',
  followUpStillMeeting: 'Weli ma kulantaan?',
  followUpStillMeetingYes: 'Haa',
  followUpStillMeetingSometimes: 'Mararka qaarkood',
  followUpStillMeetingNo: 'Maya',
  followUpMentorAgain: 'Ma jeclaan lahayd inaad mar kale lataliye noqoto?',
  followUpMentorAgainYes: 'Haa',
  followUpMentorAgainMaybe: 'Laga yaabee',
  followUpMentorAgainNo: 'Maya',
  followUpComment: 'Ma jiraa wax kale oo aad rabto inaad noo sheegto?',
  followUpCommentHint:
    'Tusaale ahaan waxa sida ugu badan ku caawiyay, ama waxa ka fiicnaan kari lahaa.',

  followUpSubmit: 'Dir jawaabahayga',
  followUpSending: 'Waa la dirayaa …',
  followUpErrorSummaryTitle: 'Wax baa u baahan in la saxo',
  followUpErrorChoose: 'Dooro jawaab.',
  followUpErrorHours: ({ max }) => `Qor tiro dhan oo u dhaxaysa 1 iyo ${max}.`,
  followUpErrorSince: 'Dooro bisha iyo sanadka labadaba.',
  followUpErrorSinceFuture: 'Dooro bishan ama bil ka horreysa.',
  followUpErrorTooLong: ({ max }) => `Ha qorin wax ka badan ${max} xaraf.`,
  followUpErrorInvalid: 'Halkan ka hubi jawaabtaada.',
  followUpSendErrorTitle: 'Jawaabahaaga lama diri karin',
  followUpSendErrorBody:
    'Jawaabahaagu weli halkan way yaalliin. Hubi internetkaaga oo isku day mar kale.',
  followUpSendErrorUnreachableBody:
    'Jawaabahaagu weli halkan way yaalliin. Server-ka lama gaari karin. Isku day mar kale wax yar kadib.',

  followUpThanksTitle: 'Waad ku mahadsan tahay jawaabahaaga!',
  followUpThanksBody: 'Waan helnay. Waxay naga caawinayaan inaan barnaamijka wanaajino.',
  followUpAnsweredTitle: 'Horay ayaad u jawaabtay',
  followUpAnsweredBody: ({ date }) => `Jawaabahaaga waxaan helnay ${date}. Mahadsanid!`,
  followUpChange: 'Beddel jawaabahayga',
  followUpExpiredTitle: 'Linkigan mar dambe ma shaqeeyo',
  followUpExpiredBody:
    'Linkigan wakhtigiisii waa dhacay ama waa la joojiyay. Haddii aad rabto inaad jawaabto, la xiriir qofka isku duwa barnaamijkaaga.',
  followUpNotFoundTitle: 'Su’aalaha lama helin',
  followUpNotFoundBody:
    'Hubi inaad haysato linkiga oo dhan. Haddii dhibaatadu sii jirto, la xiriir qofka isku duwa barnaamijkaaga.',
};
