import { describe, expect, it } from 'vitest';
import type { TrainingEvent } from '@mentorkit/core';
import { signupActionFor } from './signup-action.ts';

const event: TrainingEvent = {
  uid: 'kurs/1 & 2',
  title: 'Mentorutbildning',
  start: '2026-03-10T17:00:00+01:00',
  end: '2026-03-10T19:00:00+01:00',
  allDay: false,
  timeZone: 'Europe/Stockholm',
  status: 'confirmed',
};
const baseUri = 'https://partner.example/programme/';

describe('what "Sign up" does', () => {
  it('fills a form on the page when signup-for names one', () => {
    expect(signupActionFor(event, { signupFor: 'signup', baseUri })).toEqual({
      kind: 'form',
      formId: 'signup',
    });
  });

  it('opens the signup-url with the uid encoded, resolved against the page', () => {
    expect(signupActionFor(event, { signupUrl: 'anmalan?training={uid}', baseUri })).toEqual({
      kind: 'link',
      href: 'https://partner.example/programme/anmalan?training=kurs%2F1%20%26%202',
    });
  });

  it("falls back to the event's own address, and refuses anything but the web", () => {
    const own = { ...event, signupUrl: 'https://booking.example/1' };
    expect(signupActionFor(own, { baseUri })).toEqual({
      kind: 'link',
      href: 'https://booking.example/1',
    });
    expect(signupActionFor({ ...event, signupUrl: 'javascript:alert(1)' }, { baseUri })).toEqual({
      kind: 'none',
    });
    expect(signupActionFor(event, { signupUrl: 'javascript:alert("{uid}")', baseUri })).toEqual({
      kind: 'none',
    });
  });

  it('is closed for a cancelled or fully booked event, and nothing without a way to sign up', () => {
    expect(
      signupActionFor({ ...event, status: 'cancelled' }, { signupFor: 'signup', baseUri }),
    ).toEqual({ kind: 'closed', reason: 'cancelled' });
    expect(
      signupActionFor(
        { ...event, seats: { total: 10, taken: 10 } },
        { signupFor: 'signup', baseUri },
      ),
    ).toEqual({ kind: 'closed', reason: 'full' });
    expect(signupActionFor({ ...event, status: 'cancelled' }, { baseUri })).toEqual({
      kind: 'none',
    });
  });
});
