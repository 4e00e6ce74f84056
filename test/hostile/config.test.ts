/**
 * Hostile environment values: every refusal starts with "config:", names the variable and shows the value
 * (secrets redacted); a value Node would refuse later (a header with control characters) is refused here.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';

describe('config on hostile values', () => {
  it.each([
    ['DATELINE_USER_AGENT', 'Dateline\u0000evil'],
    ['DATELINE_USER_AGENT', 'Dateline\r\nX-Injected: 1'],
    ['DATELINE_USER_AGENT', 'Dateline \u{1F986}'],
    ['PORT', '0x50'],
    ['PORT', '1e3'],
    ['PORT', '99999'],
    ['DATELINE_FETCH_MAX_BYTES', '9'.repeat(400)],
    ['DATELINE_ALLOW_PRIVATE', 'yes please'],
  ])('%s=%j is refused with a message naming it', (name, value) => {
    const out = parseConfig({ [name]: value });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]!.startsWith(`config: ${name} `)).toBe(true);
  });

  it.each([
    ['DATELINE_TOKEN', 'short\u0000'],
    ['DATELINE_PG_URL', 'postgres://u:s3cr3t@[bad/db'],
  ])('a refused secret %s is named but never shown', (name, value) => {
    const out = parseConfig({ [name]: value });
    expect(!out.ok && out.errors.join('\n')).toMatch(new RegExp(`^config: ${name} .*\\[redacted\\]`));
    expect(!out.ok && out.errors.join('\n')).not.toContain('s3cr3t');
  });

  it('a Latin-1 user agent with a tab is still a valid header', () => {
    const out = parseConfig({ DATELINE_USER_AGENT: 'Dateline/0.1\t(caf\u00e9 desk)' });
    expect(out.ok && out.config.fetch.userAgent).toBe('Dateline/0.1\t(caf\u00e9 desk)');
  });
});
