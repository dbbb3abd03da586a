/**
 * A Vite plugin for the CDN build: minifies the CSS inside Lit's css`…` templates with
 * lightningcss. JavaScript minifiers leave template text alone, so without it every widget
 * would ship its styles' indentation and comments (about 0.3 KB gzipped per widget).
 *
 * Only templates without `${…}` are touched (the widgets' styles have none); lightningcss
 * rejects CSS it cannot parse, which fails the build rather than shipping broken styles.
 * Without `targets`, it only minifies: no syntax is rewritten for older browsers.
 */
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

/** A css`…` template with no interpolation and no escape. */
const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

export function minifyCssTemplates(): Plugin {
  return {
    name: 'mentorkit:minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return undefined;
      const minified = code.replace(CSS_TEMPLATE, (_template, text: string) => {
        const result = transform({ filename: id, code: Buffer.from(text), minify: true });
        return `css\`${result.code.toString()}\``;
      });
      return { code: minified, map: null };
    },
  };
}
