import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveScanPlan, type ScanPlan } from '../../src/action/range.js';

const B = '1'.repeat(40);
const H = '2'.repeat(40);
const O = '3'.repeat(40);
const event = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/events', `${name}.json`), 'utf8'));
const pr = { number: 42, baseSha: B, headSha: H, baseRef: 'main', headRef: 'feature/`id`;$(whoami)' };

describe('resolveScanPlan', () => {
  const table: Array<[string, string, Partial<ScanPlan> & { kind: ScanPlan['kind'] }]> = [
    ['pull_request', 'pull_request', { kind: 'range', base: B, head: H, pullRequest: pr }],
    ['pull_request_target', 'pull_request_target', { kind: 'range', base: B, head: H, pullRequest: pr }],
    ['push', 'push', { kind: 'range', base: B, head: H }],
    ['push', 'push-new-branch', { kind: 'range', base: 'refs/remotes/origin/main', head: H }],
    ['push', 'push-new-default-branch', { kind: 'history' }],
    ['push', 'push-delete', { kind: 'nothing' }],
    ['workflow_dispatch', 'workflow_dispatch', { kind: 'history' }],
    ['schedule', 'schedule', { kind: 'history' }],
    ['merge_group', 'merge_group', { kind: 'range', base: B, head: H }],
    ['release', 'workflow_dispatch', { kind: 'history' }],
  ];
  it.each(table)('%s (%s.json) → %o', (eventName, fixture, expected) => {
    expect(resolveScanPlan({ eventName, payload: event(fixture), mode: 'diff' })).toMatchObject(expected);
  });

  it('force-push: old..new, or (the old tip gone from the clone) what the branch adds to the default branch', () => {
    const plan = resolveScanPlan({ eventName: 'push', payload: event('push-force'), mode: 'diff' });
    expect(plan).toMatchObject({ kind: 'range', base: O, head: H, otherwise: { kind: 'range', base: 'refs/remotes/origin/main', head: H } });
  });

  it('mode: history scans the whole history whatever the event', () => {
    for (const f of ['pull_request', 'push', 'push-new-branch']) {
      expect(resolveScanPlan({ eventName: f.startsWith('push') ? 'push' : f, payload: event(f), mode: 'history' }).kind).toBe('history');
    }
  });

  it('takes commit ids from the payload only when they are full hex ids: anything else is never passed to git', () => {
    const payload = event('pull_request') as { pull_request: { head: { sha: string } } };
    payload.pull_request.head.sha = '--upload-pack=touch /tmp/x';
    expect(resolveScanPlan({ eventName: 'pull_request', payload, mode: 'diff' }).kind).toBe('history');
    const push = { ...(event('push') as object), before: 'HEAD~1' };
    expect(resolveScanPlan({ eventName: 'push', payload: push, mode: 'diff' }).kind).toBe('history');
    expect(resolveScanPlan({ eventName: 'pull_request', payload: null, mode: 'diff' }).kind).toBe('history');
  });
});
