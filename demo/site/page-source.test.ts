import { describe, expect, it } from 'vitest';
import { PageSourceError, parsePageSource } from './page-source.ts';

const parse = (text: string) => parsePageSource(text, 'demo/pages/test.html');

describe('parsePageSource', () => {
  it('reads the front matter and keeps the content as written', () => {
    const page = parse(
      [
        '---',
        '# A comment line.',
        'title: <mk-x> — a page',
        'lang: ar',
        'csp: widgets # the widgets need Lit',
        'robots: noindex',
        'stylesheets:',
        '  - /demo.css',
        'scripts:',
        '  - /widgets/mentorkit.js',
        "  - '/it''s.js'",
        '---',
        '',
        '<h1>Title</h1>',
        '<pre>  kept  </pre>',
        '',
      ].join('\n'),
    );
    expect(page).toEqual({
      title: '<mk-x> — a page',
      lang: 'ar',
      csp: 'widgets',
      robots: 'noindex',
      stylesheets: ['/demo.css'],
      scripts: ['/widgets/mentorkit.js', "/it's.js"],
      content: '<h1>Title</h1>\n<pre>  kept  </pre>',
    });
  });

  it('defaults to English, no extra stylesheets or scripts, and reads Windows line ends', () => {
    const page = parse('---\r\ntitle: "A \\"quoted\\" title"\r\ncsp: none\r\n---\r\n<p>x</p>\r\n');
    expect(page).toEqual({
      title: 'A "quoted" title',
      lang: 'en',
      csp: 'none',
      stylesheets: [],
      scripts: [],
      content: '<p>x</p>',
    });
  });

  it.each([
    ['<h1>No front matter</h1>', /starts with front matter/],
    ['---\ncsp: widgets\n---\n', /"title" is required/],
    ['---\ntitle: x\n---\n', /"csp" is required/],
    ['---\ntitle: x\ncsp: lenient\n---\n', /"csp: lenient" is not a policy/],
    ['---\ntitle: x\ncsp: none\nlang: sv\n---\n', /"lang: sv": the layout speaks en, ar/],
    ['---\ntitle: x\ncsp: none\nscript:\n  - /a.js\n---\n', /unknown key "script"/],
    ['---\ntitle: x\ncsp: none\nscripts: /a.js\n---\n', /"scripts" takes a list/],
    ['---\ntitle:\n  - x\ncsp: none\n---\n', /"title" takes one value/],
    ['---\ntitle: x\ntitle: y\ncsp: none\n---\n', /line 3: "title" is given twice/],
    ['---\n  - /a.js\ntitle: x\n---\n', /line 2: a list item outside a list/],
    ['---\ntitle: x\ncsp: none\n{ a: 1 }\n---\n', /line 4: expected "key: value"/],
    ['---\ntitle: "x\ncsp: none\n---\n', /line 2: "x is not a double-quoted string/],
  ])('refuses %j', (source, message) => {
    expect(() => parse(source)).toThrow(PageSourceError);
    expect(() => parse(source)).toThrow(message);
  });

  it('names the file in its errors', () => {
    expect(() => parse('<p>x</p>')).toThrow(/^demo\/pages\/test\.html: /);
  });
});
