import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { CommonMessages } from './sv.ts';

export const ti: CatalogueOf<CommonMessages> = {
  loading: 'ይጽዕን ኣሎ …',
  errorNetworkTitle: 'ርክብ የለን',
  errorNetworkBody: 'ሓበሬታ ክመጽእ ኣይከኣለን። ናይ ኢንተርነት ርክብካ ኣረጋግጽ እሞ ደጊምካ ፈትን።',
  errorUnreachableTitle: 'ናብቲ ሰርቨር ክብጻሕ ኣይተኻእለን',
  errorUnreachableBody: 'ናብቲ ነዚ ሓበሬታ ዝሓዘ ሰርቨር ክብጻሕ ኣይተኻእለን። በጃኻ ጸኒሕካ ደጊምካ ፈትን።',
  errorTimeoutTitle: 'ነዊሕ ግዜ ወሲዱ',
  errorTimeoutBody: 'ሰርቨር ብግዜኡ ኣይመለሰን። በጃኻ ድሕሪ ቁሩብ ደጊምካ ፈትን።',
  errorHttpTitle: 'ኣብ ሰርቨር ጸገም ኣጋጢሙ',
  errorHttpBody: ({ status }) => `ሰርቨር ብናይ ጌጋ ኮድ ${status} መሊሱ። በጃኻ ጸኒሕካ ደጊምካ ፈትን።`,
  errorInvalidTitle: 'ሓበሬታ ክንበብ ኣይከኣለን',
  errorInvalidBody: 'ዝመጸ ሓበሬታ ግጉይ ቅርጺ ኣለዎ። ጸገም እንተቐጺሉ ንሓላፊ ናይዚ መርበብ ሓበሬታ ተወከስ።',
  misconfiguredTitle: 'እዚ ክፋል ናይዚ ገጽ ብግቡእ ኣይተዳለወን',
  misconfiguredBody: 'በጃኻ ንሓላፊ ናይዚ መርበብ ሓበሬታ ተወከስ።',
  retry: 'ደጊምካ ፈትን',
  tryAgainLater: 'በጃኻ ጸኒሕካ ደጊምካ ፈትን።',

  close: 'ዕጸው',
  cancel: 'ሰርዝ',
  required: 'ግዴታ',
  optional: 'ኣማራጺ',
  opensInNewWindow: 'ኣብ ሓድሽ መስኮት ይኽፈት',
};
