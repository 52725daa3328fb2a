/** When a batch runs again in a node without V8's background threads. */
import { describe, expect, it } from 'vitest';
import { MIN_ARTICLES, RELAUNCH_ENV, SINGLE_THREADED, shouldRelaunch } from '../../src/batch/relaunch.js';

const long = { jobs: 2, cores: 2, articles: MIN_ARTICLES, execArgv: [], env: {} };

describe('shouldRelaunch', () => {
  it('relaunches a long batch with a worker per core, or more workers than cores', () => {
    expect(shouldRelaunch(long)).toBe(true);
    expect(shouldRelaunch({ ...long, jobs: 4, articles: 10_000 })).toBe(true);
  });

  it('leaves a core to the background threads, a short batch, and a node that has the flag', () => {
    expect(shouldRelaunch({ ...long, jobs: 1 })).toBe(false);
    expect(shouldRelaunch({ ...long, articles: MIN_ARTICLES - 1 })).toBe(false);
    expect(shouldRelaunch({ ...long, execArgv: ['--enable-source-maps', SINGLE_THREADED] })).toBe(false);
  });

  it('stays where it is when the user says so', () => {
    expect(shouldRelaunch({ ...long, env: { [RELAUNCH_ENV]: '0' } })).toBe(false);
    expect(shouldRelaunch({ ...long, env: { [RELAUNCH_ENV]: '1' } })).toBe(true);
  });
});
