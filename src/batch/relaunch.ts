/**
 * batch, before the pool: a long batch with a worker per core runs again in a node started with
 * --single-threaded. With every core busy with a worker, V8's background threads (concurrent marking,
 * parallel scavenges, concurrent compilation) only take turns with the workers: 1 300 articles on
 * 2 cores took 14.1 s with them and 12.5 s without (medians of 6 runs, same machine, same minutes). With
 * a core left idle they help instead (--jobs 1 on 2 cores: 18.5 s → 27.6 s), and under about a
 * hundred articles the gain does not pay for starting node a second time (≈ 0.1 s).
 *
 * The flag must be on node's command line: set at run time (v8.setFlagsFromString) it crashes the
 * heap, and a worker's execArgv takes no V8 option. The outputs are the same bytes either way.
 *
 * That node also gets a smaller budget of bytecode that TurboFan inlines into one optimized function
 * (V8's default is 920). Each worker compiles the pipeline for itself, and compiles its largest
 * functions again whenever an input of a new shape deoptimizes them: with every thread single, that
 * compiling is the worker's own time. Counted with valgrind, one thread making 780 articles of the
 * corpus: 67.1 G instructions → 62.0 G (150), the last 390 articles 72.2 → 68.6 M each.
 *
 * It also lets an inline cache stay polymorphic up to 16 shapes of object instead of V8's 4: past
 * them it goes megamorphic, and each access then looks the shape up in a global table. Counted with
 * valgrind, one worker, articles 300 to 400 of the corpus: 85.1 → 76.8 M instructions each
 * (Builtins_LoadIC_Megamorphic 4.3 → 0.1 M). A cold generate gains nothing from it (2.756 G
 * instructions either way), so it stays a flag of the batch's node.
 *
 * And its new space starts, and stays, at 32 MB a semi-space (V8 starts at 1 MB and grows it to 16 MB
 * only when enough survives): a worker's article leaves little alive, and each scavenge pays a fixed
 * cost (the roots, node's object cache) whatever it frees, so fewer scavenges cost less. Same count,
 * articles 300 to 400: scavenges 6.6 → 1.2 M instructions each, all 76.8 → 72.9 M (64 MB: 71.0 M, for
 * twice the memory; --max-semi-space-size=64 alone does not grow it: 76.0 M).
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

export const SINGLE_THREADED = '--single-threaded';
const SMALLER_INLINING = '--max-inlined-bytecode-size-cumulative=150';
const WIDER_POLYMORPHISM = '--max-valid-polymorphic-map-count=16';
const FIXED_NEW_SPACE = ['--min-semi-space-size=32', '--max-semi-space-size=32'];
/** Fewer articles to make than this: the batch runs where it is. */
export const MIN_ARTICLES = 100;
/** Set to 0 to keep the batch in the node it was started in. */
export const RELAUNCH_ENV = 'PLUME_BATCH_SINGLE_THREADED';

export interface RelaunchQuestion {
  readonly jobs: number;
  readonly cores: number;
  /** The articles to make (skipped and refused inputs cost nothing). */
  readonly articles: number;
  /** The flags this node was started with. */
  readonly execArgv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function shouldRelaunch({ jobs, cores, articles, execArgv, env }: RelaunchQuestion): boolean {
  return env[RELAUNCH_ENV] !== '0' && !execArgv.includes(SINGLE_THREADED) && jobs >= cores && articles >= MIN_ARTICLES;
}

/** The executable (dist/src/plume.cjs beside this module's folder). */
const EXECUTABLE = fileURLToPath(new URL('../plume.cjs', import.meta.url));

/** Node's arguments for the batch run again: the flags above, this node's own (`execArgv`), the executable and `plume batch args`. */
export function relaunchArguments(args: readonly string[], execArgv: readonly string[]): string[] {
  return [SINGLE_THREADED, SMALLER_INLINING, WIDER_POLYMORPHISM, ...FIXED_NEW_SPACE, ...execArgv, EXECUTABLE, 'batch', ...args];
}

/**
 * Runs `plume batch args` in a new node with --single-threaded, its output on this one's; resolves to
 * its exit status, or to null when that node could not be started (the batch then runs here). Ctrl-C
 * reaches both processes (the terminal sends it to the foreground group): this one waits for the batch to stop as it does on its own, and a SIGTERM sent to this one alone is passed on.
 */
export function relaunchSingleThreaded(args: readonly string[]): Promise<number | null> {
  const child = spawn(process.execPath, relaunchArguments(args, process.execArgv), { stdio: 'inherit' });
  const ignore = (): void => {};
  const pass = (signal: NodeJS.Signals) => (): void => {
    child.kill(signal);
  };
  const onTerm = pass('SIGTERM');
  const onHup = pass('SIGHUP');
  process.on('SIGINT', ignore);
  process.on('SIGTERM', onTerm);
  process.on('SIGHUP', onHup);
  return new Promise((resolve) => {
    let started = false;
    child.on('spawn', () => {
      started = true;
    });
    const done = (status: number | null): void => {
      process.off('SIGINT', ignore);
      process.off('SIGTERM', onTerm);
      process.off('SIGHUP', onHup);
      resolve(status);
    };
    // After the start, an error is a signal that could not be passed on: the exit still comes.
    child.on('error', () => {
      if (!started) done(null);
    });
    // Killed by a signal: the status a shell gives, 128 + its number.
    child.on('exit', (code, signal) => done(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}
