// A coordinator element's message bundle for the widgets' LocalizeController: Swedish bundled,
// English loaded on demand. The coordinator speaks Swedish and English only; the widgets' other
// languages get the English words, which is also the controller's fallback.
import type { CatalogueOf, SourceCatalogue } from '@mentorkit/core/i18n';
import type { MessageBundle } from '@mentorkit/widgets/shared';

export function coordinatorBundle<Source extends SourceCatalogue>(
  sv: Source,
  english: () => Promise<CatalogueOf<Source>>,
): MessageBundle<Source> {
  return {
    sv,
    lazy: {
      en: english,
      ar: english,
      fa: english,
      prs: english,
      so: english,
      ti: english,
      uk: english,
    },
  };
}
