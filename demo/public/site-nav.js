// The demo's navigation, one list for every page: each page's header has an empty
// `<nav class="site-nav" data-site-nav>`, which this fills in the page's language, with
// `aria-current="page"` on the page itself. DOM APIs only, so it runs under Trusted Types.
const PAGES = [
  { href: '/', en: 'Home', ar: 'الرئيسية' },
  { href: '/gallery/signup-form.html', en: 'Signup form', ar: 'نموذج التسجيل' },
  { href: '/gallery/training-calendar.html', en: 'Training calendar', ar: 'تقويم التدريبات' },
  { href: '/gallery/match-card.html', en: 'Match card', ar: 'بطاقة المطابقة' },
  { href: '/programme.html', en: 'Programme page', ar: 'صفحة البرنامج' },
  { href: '/strict-csp.html', en: 'Strict CSP', ar: 'سياسة أمان صارمة' },
  { href: '/rtl.html', en: 'Arabic (RTL)', ar: 'العربية' },
  { href: '/themes.html', en: 'Themes', ar: 'السمات' },
  { href: '/frameworks/react.html', en: 'React', ar: 'React' },
  { href: '/frameworks/vue.html', en: 'Vue', ar: 'Vue' },
  { href: '/coordinator/', en: 'Coordinator', ar: 'المنسّق' },
];

const nav = document.querySelector('nav[data-site-nav]');
if (nav) {
  const language = document.documentElement.lang === 'ar' ? 'ar' : 'en';
  const list = document.createElement('ul');
  for (const page of PAGES) {
    const link = document.createElement('a');
    link.href = page.href;
    link.textContent = page[language];
    if (page.href === location.pathname) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  nav.replaceChildren(list);
}
