import { describe, it, expect } from 'vitest';
import { parseServeArgs } from './serve.js';

describe('parseServeArgs', () => {
  it('reads --port, --db and --host, with a bare --host meaning every interface', () => {
    expect(parseServeArgs(['--port', '9000', '--db', 'x.db', '--host'])).toEqual({
      port: 9000,
      dbPath: 'x.db',
      host: '0.0.0.0',
    });
    expect(parseServeArgs(['--host', '--port', '1'])).toMatchObject({ host: '0.0.0.0', port: 1 });
    expect(parseServeArgs(['--host', '::1'])).toMatchObject({ host: '::1' });
  });

  it('refuses bad ports and unknown flags', () => {
    expect(parseServeArgs(['--port', 'eighty'])).toHaveProperty('error');
    expect(parseServeArgs(['--port', '70000'])).toHaveProperty('error');
    expect(parseServeArgs(['--verbose'])).toHaveProperty('error');
    expect(parseServeArgs(['-h'])).toBe('help');
  });
});
