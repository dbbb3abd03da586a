import { expect } from '@open-wc/testing';
import { describe, it } from '../shared/testing/mocha.ts';
import { newDraftId } from './draft.ts';
import { sendSignup } from './send-signup.ts';
import { ROUTES, signupLog } from './testing/browser-helpers.ts';

const body = { kind: 'mentor', person: { name: 'Anna', email: 'anna@example.se' } };

describe('sendSignup against a real server', () => {
  it('retries two 503s with one key and stores exactly one record', async () => {
    const key = newDraftId();
    const outcome = await sendSignup({
      endpoint: `${ROUTES}signup?fail=2`,
      body,
      idempotencyKey: key,
      retryDelays: [10, 10, 10],
    });
    expect(outcome).to.deep.equal({ ok: true, status: 201, duplicate: false });
    expect(await signupLog(key)).to.include({ requests: 3, stored: 1 });
  });

  it('treats a repeat of a stored key as stored (409), not as a second record', async () => {
    const key = newDraftId();
    await sendSignup({ endpoint: `${ROUTES}signup`, body, idempotencyKey: key });
    const again = await sendSignup({ endpoint: `${ROUTES}signup`, body, idempotencyKey: key });
    expect(again).to.deep.equal({ ok: true, status: 409, duplicate: true });
    expect(await signupLog(key)).to.include({ requests: 2, stored: 1 });
  });

  it('reads problem+json field errors from a 422', async () => {
    const problem = { errors: [{ field: 'person.email', detail: 'Already registered' }] };
    const outcome = await sendSignup({
      endpoint: `${ROUTES}signup?problem=${encodeURIComponent(JSON.stringify(problem))}`,
      body,
      idempotencyKey: newDraftId(),
    });
    expect(outcome).to.deep.equal({
      ok: false,
      kind: 'fields',
      status: 422,
      errors: [{ field: 'person.email', detail: 'Already registered' }],
    });
  });

  it('ends a slow attempt at the timeout and retries it', async () => {
    const key = newDraftId();
    const outcome = await sendSignup({
      endpoint: `${ROUTES}signup?delay=2000`,
      body,
      idempotencyKey: key,
      timeout: 150,
      retryDelays: [10],
    });
    expect(outcome).to.deep.equal({ ok: false, kind: 'timeout', attempts: 2 });
  });

  it('reports a network failure after its retries', async () => {
    const outcome = await sendSignup({
      endpoint: 'http://127.0.0.1:9/nothing-listens-here',
      body,
      idempotencyKey: newDraftId(),
      retryDelays: [10],
    });
    expect(outcome).to.deep.equal({ ok: false, kind: 'network', attempts: 2 });
  });

  it('posts urlencoded dotted paths', async () => {
    const key = newDraftId();
    await sendSignup({ endpoint: `${ROUTES}signup`, body, idempotencyKey: key, encoding: 'form' });
    const log = await signupLog(key);
    expect(log.contentType).to.match(/^application\/x-www-form-urlencoded/);
    expect(new URLSearchParams(log.body).get('person.email')).to.equal('anna@example.se');
  });
});
