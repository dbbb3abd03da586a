/** How matching compares free text (professions, industries, regions): case and edges aside. */
export const normalise = (text: string | undefined) => (text ?? '').trim().toLocaleLowerCase('sv');
