import { describe, expect, it } from 'vitest';
import { apiBeside } from './api-base.ts';

describe('apiBeside', () => {
  it("finds the API beside a backend's CDN entry, versioned, latest or plain", () => {
    for (const path of ['0.2.0/mentorkit.js', 'latest/mentorkit.js', 'mentorkit.js']) {
      expect(apiBeside(`https://mentor.example.org/widgets/${path}`)).toBe(
        'https://mentor.example.org/api/',
      );
    }
    expect(apiBeside('http://127.0.0.1:4173/widgets/0.2.0/mk-signup-form.js')).toBe(
      'http://127.0.0.1:4173/api/',
    );
    // A lazy chunk (the signup form's checks, which send it).
    expect(apiBeside('https://mentor.example.org/widgets/0.2.0/chunks/checks-Bx1_a.js')).toBe(
      'https://mentor.example.org/api/',
    );
    // A cache-busting query the partner added.
    expect(apiBeside('https://mentor.example.org/widgets/latest/mentorkit.js?v=3')).toBe(
      'https://mentor.example.org/api/',
    );
  });

  it('keeps a backend served under a path prefix', () => {
    expect(apiBeside('https://kommun.example/mentor/widgets/latest/mk-match-card.js')).toBe(
      'https://kommun.example/mentor/api/',
    );
  });

  it('finds none for a script that is not a CDN entry of a backend', () => {
    for (const url of [
      // Bundled into a partner's app, or from the npm package.
      'https://partner.example/assets/index-3f2a.js',
      'file:///app/node_modules/@mentorkit/widgets/dist/esm/shared/api-base.js',
      'https://partner.example/node_modules/@mentorkit/widgets/dist/esm/index.js',
      // The CDN folder copied elsewhere.
      'https://cdn.example/mentorkit/0.2.0/mentorkit.js',
      'https://cdn.example/mentorkit/0.2.0/chunks/checks-abc.js',
      // The widgets' sources (tests, the dev server).
      'http://localhost:8000/src/shared/api-base.ts',
      'https://mentor.example.org/widgets/mentorkit.json',
      'not a url',
    ]) {
      expect(apiBeside(url), url).toBeUndefined();
    }
  });
});
