import { describe, expect, it } from 'vitest';
import { scriptSafeJson } from '../../src/seo/schema.js';

describe('scriptSafeJson', () => {
  const data = {
    headline: 'Fin </script><script>alert(1)</script>',
    comment: '<!-- caché -->',
    amp: 'AT&T',
    separators: 'a\u2028b\u2029c',
    list: ['été', 7000, null, true],
  };
  const out = scriptSafeJson(data);

  it.each(['</script', '<!--', '<script', '-->', '\u2028', '\u2029'])('has no raw %j', (raw) => {
    expect(out.toLowerCase()).not.toContain(raw);
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(out)).toEqual(data);
  });
});
