/** A bug in the generator (an error that is not an InputError) is a 500 in JSON, logged; the server goes on. */
import { describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../src/serve/server.js';
import { listenDuringTests } from './support.js';

vi.mock('../../src/serve/preview.js', async (original) => ({
  ...(await original<typeof import('../../src/serve/preview.js')>()),
  previewArticle: () => {
    throw new TypeError('Cannot read properties of undefined (reading "text")');
  },
}));

describe('an unexpected error', () => {
  const { port, logged } = listenDuringTests((log) => createHandler({ log }));

  it('is answered 500 with a JSON message and logged with its stack, and the next request is served', async () => {
    const reply = await fetch(`http://127.0.0.1:${port()}/api/generate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text": "Le texte."}' });
    expect(reply.status).toBe(500);
    expect(await reply.json()).toEqual({ error: 'internal error: Cannot read properties of undefined (reading "text")' });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^plume serve: POST \/api\/generate failed: TypeError: Cannot read properties/);
    expect((await fetch(`http://127.0.0.1:${port()}/`)).status).toBe(200);
  });
});
