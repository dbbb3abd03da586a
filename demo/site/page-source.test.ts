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

describe('parsePageSource with partials', () => {
  const partials = {
    'tools.html': '<h3>Tools</h3>\n<div>\n  <button>Copy</button>\n</div>\n',
    'widget.html': '<mk-x\n  id="{{panel}}-x"\n  lang="{{lang}}"\n></mk-x>\n',
    'nested.html': '<p>a</p>\n<!-- include: tools.html -->\n',
  };
  const page = (...content: string[]) =>
    ['---', 'title: x', 'csp: none', '---', '', ...content, ''].join('\n');
  const include = (...content: string[]) =>
    parsePageSource(page(...content), 'demo/pages/test.html', partials).content;

  it('replaces an include line by the partial, indented as the line is', () => {
    expect(include('<section>', '  <!-- include: tools.html -->', '</section>')).toBe(
      [
        '<section>',
        '  <h3>Tools</h3>',
        '  <div>',
        '    <button>Copy</button>',
        '  </div>',
        '</section>',
      ].join('\n'),
    );
  });

  it('fills in the values an include gives', () => {
    expect(include('<!-- include: widget.html panel=union-dark lang=fa -->')).toBe(
      '<mk-x\n  id="union-dark-x"\n  lang="fa"\n></mk-x>',
    );
  });

  it.each([
    [
      '<!-- include: missing.html -->',
      /line 7: no partial "missing.html" in demo\/pages\/_partials \(known: nested.html, tools.html, widget.html\)/,
    ],
    ['<p><!-- include: tools.html --></p>', /line 7: an include is a line of its own/],
    ['<!--include: tools.html-->', /line 7: an include is a line of its own/],
    ['<!-- include: ../index.html -->', /line 7: an include is a line of its own/],
    [
      '<!-- include: nested.html -->',
      /line 7: partial "nested.html" includes another; partials do not nest/,
    ],
    [
      '<!-- include: widget.html panel=a -->',
      /partial "widget.html" needs a value for \{\{lang\}\}/,
    ],
    [
      '<!-- include: widget.html panel=a lang=sv id=b -->',
      /partial "widget.html" has no \{\{id\}\}/,
    ],
    ['<!-- include: tools.html lang=sv -->', /partial "tools.html" has no \{\{lang\}\}/],
    ['<!-- include: widget.html panel=a lang=sv lang=ar -->', /"lang" is given twice/],
    ['<!-- include: widget.html panel="a b" lang=sv -->', /an include is a line of its own/],
  ])('refuses %j, naming the page and its line', (line, message) => {
    expect(() => include('<h1>x</h1>', line)).toThrow(PageSourceError);
    expect(() => include('<h1>x</h1>', line)).toThrow(/^demo\/pages\/test\.html: line 7: /);
    expect(() => include('<h1>x</h1>', line)).toThrow(message);
  });

  it('knows no partials unless given them (the pages Vite builds have none)', () => {
    expect(() => parse(page('<!-- include: tools.html -->'))).toThrow(
      /line 6: no partial "tools\.html" in demo\/pages\/_partials \(known: none\)/,
    );
  });
});
