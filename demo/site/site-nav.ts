// The demo's navigation, one list for every page, rendered into each page when it is built:
// it works without JavaScript and needs no script under any of the pages' policies.
import { markup, type Markup } from './markup.ts';
import type { LayoutLanguage } from './layout-text.ts';

interface NavEntry {
  readonly href: string;
  readonly label: Readonly<Record<LayoutLanguage, string>>;
}

export const SITE_NAV: readonly NavEntry[] = [
  { href: '/', label: { en: 'Home', ar: 'الرئيسية' } },
  { href: '/gallery/signup-form.html', label: { en: 'Signup form', ar: 'نموذج التسجيل' } },
  {
    href: '/gallery/training-calendar.html',
    label: { en: 'Training calendar', ar: 'تقويم التدريبات' },
  },
  { href: '/gallery/match-card.html', label: { en: 'Match card', ar: 'بطاقة المطابقة' } },
  { href: '/gallery/follow-up.html', label: { en: 'Follow-up', ar: 'المتابعة' } },
  { href: '/gallery/glossary.html', label: { en: 'Glossary', ar: 'المسرد' } },
  { href: '/programme.html', label: { en: 'Programme page', ar: 'صفحة البرنامج' } },
  { href: '/strict-csp.html', label: { en: 'Strict CSP', ar: 'سياسة أمان صارمة' } },
  { href: '/rtl.html', label: { en: 'Arabic (RTL)', ar: 'العربية' } },
  { href: '/themes.html', label: { en: 'Themes', ar: 'السمات' } },
  { href: '/embed.html', label: { en: 'Embed builder', ar: 'أداة التضمين' } },
  { href: '/frameworks/react.html', label: { en: 'React', ar: 'React' } },
  { href: '/frameworks/vue.html', label: { en: 'Vue', ar: 'Vue' } },
  { href: '/coordinator/', label: { en: 'Coordinator', ar: 'المنسّق' } },
  {
    href: '/accessibility.html',
    label: { en: 'Accessibility statement', ar: 'بيان إمكانية الوصول' },
  },
];

/** The list of links, `aria-current="page"` on the page at `currentPath`. */
export function renderSiteNav(currentPath: string, language: LayoutLanguage): Markup {
  const items = SITE_NAV.map(({ href, label }) => {
    const current = href === currentPath ? markup` aria-current="page"` : '';
    return markup`
          <li><a href="${href}"${current}>${label[language]}</a></li>`;
  });
  return markup`<ul>${items}
        </ul>`;
}
