/** Run by vitest before each test file (vitest.config.ts, setupFiles). */
import { afterAll } from 'vitest';
import { removeTemporaryDirectories } from './temporary.js';

afterAll(removeTemporaryDirectories);
