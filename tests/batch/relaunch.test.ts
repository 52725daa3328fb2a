/** When a batch runs again in a node without V8's background threads. */
import { describe, expect, it } from 'vitest';
import { MIN_ARTICLES, RELAUNCH_ENV, SINGLE_THREADED, relaunchArguments, shouldRelaunch } from '../../src/batch/relaunch.js';

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

describe('relaunchArguments', () => {
  it('starts node single-threaded, with a smaller inlining budget, wider polymorphic caches and a fixed new space, then this node’s own flags, then plume batch', () => {
    const argv = relaunchArguments(['in.jsonl', '-o', 'out'], ['--enable-source-maps']);
    expect(argv.slice(0, 6)).toEqual([
      SINGLE_THREADED,
      '--max-inlined-bytecode-size-cumulative=150',
      '--max-valid-polymorphic-map-count=16',
      '--min-semi-space-size=32',
      '--max-semi-space-size=32',
      '--enable-source-maps',
    ]);
    expect(argv[6]).toMatch(/plume\.cjs$/u);
    expect(argv.slice(7)).toEqual(['batch', 'in.jsonl', '-o', 'out']);
  });
});
