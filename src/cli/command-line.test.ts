import { describe, expect, it } from 'vitest';
import { parseCommandLine, portOption, storeErrorMessage } from './command-line.js';
import { parseServeArgs } from './commands/serve.js';

function said(argv: string[], options: Parameters<typeof parseCommandLine>[2]['options'], positionals = false) {
  let err = '';
  const io = { stdout: { write: () => true }, stderr: { write: (t: string) => (err += t) } };
  const code = parseCommandLine('try', argv, { options, help: 'help\n', allowPositionals: positionals }, io);
  return { code, err };
}

describe('parseCommandLine usage errors', () => {
  it.each([
    [['--bogus'], true, "unknown option '--bogus' (an input that starts with '-' goes after '--')"],
    [['-z'], true, "unknown option '-z' (an input that starts with '-' goes after '--')"],
    // A command of options only has no input to put after '--'.
    [['--bogus'], false, "unknown option '--bogus'"],
    [['extra'], false, "unexpected argument 'extra': this command takes options only"],
    [['--db'], false, '--db needs a value'],
    [['--db', '--jobs'], false, "--db needs a value (to give one that starts with '-', write --db=<value>)"],
    [['--db', '-5'], false, "--db needs a value (to give one that starts with '-', write --db=<value>)"],
    [['--quiet=yes'], false, '--quiet takes no value'],
  ])('%j → %s', (argv, positionals, message) => {
    const options = { db: { type: 'string' }, quiet: { type: 'boolean' } } as const;
    const { code, err } = said(argv, options, positionals);
    expect(code).toBe(2);
    expect(err).toBe(`dateline try: ${message}\nRun 'dateline try --help' for usage.\n`);
  });
});

describe('portOption', () => {
  it('takes --port, then $PORT, then 8080', () => {
    expect(portOption('9000', '7000')).toBe(9000);
    expect(portOption(undefined, '7000')).toBe(7000);
    expect(portOption(undefined, undefined)).toBe(8080);
    expect(portOption('0', undefined)).toBe(0);
  });

  it('names where a bad value came from', () => {
    expect(portOption('eighty', '7000')).toBe("--port takes a port number from 0 to 65535 (got 'eighty')");
    expect(portOption(undefined, '70000')).toBe("PORT takes a port number from 0 to 65535 (got '70000')");
    expect(portOption('1e3', undefined)).toMatch(/got '1e3'/);
    expect(portOption('-1', undefined)).toMatch(/got '-1'/);
  });

  it('serve, which takes no inputs, names an unknown option without the hint on inputs', () => {
    expect(parseServeArgs(['--prot', '9000'])).toEqual({ error: "unknown option '--prot'" });
  });

  it('serve reports a bad $PORT by its name', () => {
    const before = process.env.PORT;
    process.env.PORT = 'http';
    try {
      expect(parseServeArgs([])).toEqual({ error: "PORT takes a port number from 0 to 65535 (got 'http')" });
    } finally {
      if (before === undefined) delete process.env.PORT;
      else process.env.PORT = before;
    }
  });
});

describe('storeErrorMessage', () => {
  it('says how to name the PostgreSQL user when neither the URL nor the environment gives one', () => {
    // The server's words when DATELINE_PG_URL is postgres://127.0.0.1:5432/test and USER is unset.
    expect(storeErrorMessage('no PostgreSQL user name specified in startup packet')).toBe(
      'no PostgreSQL user name specified in startup packet: put the user in DATELINE_PG_URL (postgres://USER@host:5432/db) or set PGUSER',
    );
    expect(storeErrorMessage('connect ECONNREFUSED 127.0.0.1:1')).toBe('connect ECONNREFUSED 127.0.0.1:1');
  });
});
