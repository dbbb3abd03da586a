// What the sources of the occupation data require to be shown where the data is used (a
// picker's footnote, an about page, an export). The full notes, with licences and the open
// questions about them, are in NOTICE.md beside this package's data.

export interface AttributionSource {
  /** The data it gave. */
  provides: string;
  /** The line to show, in the source's own words. */
  text: string;
  licence: string;
  url: string;
}

export const attribution: readonly AttributionSource[] = Object.freeze([
  {
    provides: 'Job titles (occupation-names), keywords, SSYK groups and their ISCO-08 relation',
    text: 'Källa: Arbetsförmedlingen, JobTech Taxonomy',
    licence: 'Open data (stated as CC0 by the redistributor; to be confirmed, see NOTICE.md)',
    url: 'https://data.arbetsformedlingen.se/',
  },
  {
    provides: 'SSYK 2012 names (Swedish and English), the key SSYK 2012 → ISCO-08, job titles',
    text: 'SSYK 2012, Statistiska centralbyrån (SCB) / Statistics Sweden',
    licence: 'CC0 (SCB open data)',
    url: 'https://www.scb.se/ssyk',
  },
  {
    provides: 'The copy of the SSYK 2012 names used',
    text: 'DAIOE datasets v1.0.0, J. N. Oluoch, doi:10.5281/zenodo.17765646',
    licence: 'CC BY 4.0',
    url: 'https://doi.org/10.5281/zenodo.17765646',
  },
  {
    provides: 'Occupation names in English and Arabic, keyed to ISCO-08',
    text: 'This service uses the ESCO classification of the European Commission.',
    licence: 'ESCO reuse terms of the European Commission (CC BY 4.0)',
    url: 'https://esco.ec.europa.eu/',
  },
]);

/** The lines to show, one per source, for a footnote. */
export function attributionText(): string {
  return attribution.map((source) => source.text).join(' · ');
}
