// The lifecycle's rules alone: every step each actor may take, and the ones refused.
import { describe, expect, it } from 'vitest';
import { takeStep, waitingFor, type MatchState } from './transitions.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const proposed: MatchState = { status: 'proposed' };

describe('the match lifecycle', () => {
  it('becomes active when both have accepted, each through their own answer', () => {
    const first = takeStep(proposed, 'mentor', 'accept', NOW, undefined);
    expect(first).toMatchObject({
      kind: 'changed',
      activated: false,
      next: { status: 'proposed' },
    });
    if (first.kind !== 'changed') throw new Error('refused');
    expect(waitingFor(first.next)).toEqual(['mentee']);
    expect(takeStep(first.next, 'mentor', 'accept', NOW, undefined)).toEqual({ kind: 'unchanged' });
    const second = takeStep(first.next, 'mentee', 'accept', NOW, undefined);
    expect(second).toMatchObject({
      kind: 'changed',
      activated: true,
      next: { status: 'active', startedAt: NOW.toISOString() },
    });
  });

  it('ends a proposal on a decline by either, and refuses a decline once active', () => {
    expect(takeStep(proposed, 'mentee', 'decline', NOW, 'Fel yrke')).toMatchObject({
      kind: 'changed',
      action: 'declined',
      next: { status: 'closed' },
    });
    const active: MatchState = { status: 'active', startedAt: NOW.toISOString() };
    expect(takeStep(active, 'mentor', 'decline', NOW, undefined)).toEqual({
      kind: 'refused',
      why: 'not-allowed',
    });
    expect(takeStep({ status: 'closed' }, 'mentee', 'accept', NOW, undefined)).toEqual({
      kind: 'refused',
      why: 'not-allowed',
    });
  });

  it('lets the coordinator pause, resume, complete and close (with a reason) only from the right status', () => {
    const active: MatchState = { status: 'active', startedAt: '2026-10-01T00:00:00.000Z' };
    expect(takeStep(active, 'coordinator', 'pause', NOW, undefined)).toMatchObject({
      next: { status: 'paused' },
    });
    // Resuming keeps the first start.
    expect(
      takeStep({ ...active, status: 'paused' }, 'coordinator', 'activate', NOW, undefined),
    ).toMatchObject({ next: { status: 'active', startedAt: active.startedAt }, activated: false });
    expect(takeStep(active, 'coordinator', 'complete', NOW, undefined)).toMatchObject({
      next: { status: 'completed' },
    });
    expect(takeStep(active, 'coordinator', 'close', NOW, undefined)).toEqual({
      kind: 'refused',
      why: 'reason-required',
    });
    expect(takeStep(active, 'coordinator', 'close', NOW, 'Flyttat')).toMatchObject({
      next: { status: 'closed' },
    });
    for (const step of ['pause', 'complete', 'close', 'activate'] as const) {
      expect(takeStep({ status: 'completed' }, 'coordinator', step, NOW, 'x').kind).toBe('refused');
    }
    expect(takeStep(proposed, 'coordinator', 'pause', NOW, undefined).kind).toBe('refused');
    expect(takeStep(proposed, 'coordinator', 'accept', NOW, undefined)).toEqual({
      kind: 'refused',
      why: 'wrong-actor',
    });
    expect(takeStep(active, 'mentee', 'pause', NOW, undefined)).toEqual({
      kind: 'refused',
      why: 'wrong-actor',
    });
  });
});
