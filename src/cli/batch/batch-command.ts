/**
 * The shared body of `dateline extract` and `dateline analyze`: the same inputs, options and error rules.
 * Data goes to stdout, messages to stderr; exit 0 when every input succeeded, 1 when any failed, 2 on a
 * usage error.
 */
import { availableParallelism } from 'node:os';
import { expandInputs } from '../inputs/expand-inputs.js';
import { FORMATS, isFormat, render, withSource, type Format } from '../format/formats.js';
import type { BatchRecord } from './batch-record.js';
import { runBatch } from './run-batch.js';
import { reportUsageError } from '../usage-error.js';
import { parseCommandLine } from '../command-line.js';

export interface BatchCommandSpec {
  name: 'extract' | 'analyze';
  analyze: boolean;
}

export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

function help(name: string): string {
  return `Usage: dateline ${name} <input...> [options]

Inputs: files, directories (recursive: their .html, .htm, .xhtml and .txt files, gzipped or not), URLs, or -
for stdin. Feeds, sitemaps, OPML and WARC files are for 'dateline ingest'.

Options:
  --format <f>        ${FORMATS.join('|')} (default: json for one input, jsonl for several;
                      json and html take one input, markdown and text head each article with its source)
  --base-url <url>    page URL for files and stdin, to resolve relative links
  --published <date>  publication date to use when a page has none (ISO 8601)
  --jobs <n>          worker threads (default: ${availableParallelism()}, the number of cores)
  --allow-private     allow URLs on loopback, private and link-local addresses
  --timeout <ms>      per-URL time limit (default 15000)
  --max-bytes <n>     size limit per input (default ${DEFAULT_MAX_BYTES})
  -h, --help          this help

Exit status: 0 all inputs succeeded, 1 some input failed, 2 usage error.
`;
}

const usageError = (io: CommandIO, name: string, message: string): number => reportUsageError(io.stderr, name, message);

function positiveInt(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

export async function runBatchCommand(spec: BatchCommandSpec, argv: string[], io: CommandIO): Promise<number> {
  const { name } = spec;
  const parsed = parseCommandLine(
    name,
    argv,
    {
      options: {
        format: { type: 'string' },
        'base-url': { type: 'string' },
        published: { type: 'string' },
        jobs: { type: 'string' },
        'allow-private': { type: 'boolean' },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      help: help(name),
      allowPositionals: true,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (!positionals.length) return usageError(io, name, 'no input given');
  if (values.format !== undefined && !isFormat(values.format))
    return usageError(io, name, `unknown format '${values.format}' (one of ${FORMATS.join(', ')})`);
  if (values['base-url'] !== undefined && !URL.canParse(values['base-url']))
    return usageError(io, name, `--base-url '${values['base-url']}' is not a URL`);
  if (values.published !== undefined && Number.isNaN(Date.parse(values.published)))
    return usageError(io, name, `--published '${values.published}' is not an ISO 8601 date`);
  const jobs = positiveInt(values.jobs, availableParallelism());
  const timeoutMs = positiveInt(values.timeout, 15_000);
  const maxBytes = positiveInt(values['max-bytes'], DEFAULT_MAX_BYTES);
  if (jobs === null) return usageError(io, name, '--jobs takes a positive whole number');
  if (timeoutMs === null) return usageError(io, name, '--timeout takes a positive number of milliseconds');
  if (maxBytes === null) return usageError(io, name, '--max-bytes takes a positive number');
  if (positionals.filter((p) => p === '-').length > 1) return usageError(io, name, 'stdin (-) can be read only once');

  const { inputs, missing, forIngest } = await expandInputs(positionals);
  // A directory's feeds and archives are left out of a page batch: said, so that none goes missing unnoticed.
  if (forIngest.length) {
    const shown = forIngest.slice(0, 3).join(', ') + (forIngest.length > 3 ? `, … (${forIngest.length} in all)` : '');
    io.stderr.write(
      `dateline ${name}: note: left out ${shown}: feeds, sitemaps, OPML and WARC files are for 'dateline ingest'\n`,
    );
  }
  const count = inputs.length + missing.length;
  const format: Format =
    (values.format as Format | undefined) ?? (count === 1 && inputs.length <= 1 ? 'json' : 'jsonl');
  // One JSON value or one HTML document: several would not parse or render as one.
  if ((format === 'json' || format === 'html') && count > 1)
    return usageError(
      io,
      name,
      `--format ${format} takes one input (got ${count}); use --format jsonl, markdown or text for several`,
    );

  const emit = (record: BatchRecord) => {
    if (!record.ok)
      io.stderr.write(`dateline ${name}: ${record.source}: ${record.error.reason}: ${record.error.message}\n`);
    const out = render(record, format);
    if (out === null) return;
    io.stdout.write(
      count > 1 && (format === 'markdown' || format === 'text') ? withSource(record.source, out, format) : out,
    );
  };
  for (const m of missing) emit({ source: m.source, ok: false, error: { reason: m.reason, message: m.message } });
  if (!inputs.length && !missing.length) {
    io.stderr.write(`dateline ${name}: no page files found in ${positionals.join(', ')}\n`);
    return 1;
  }
  const summary = await runBatch(
    inputs,
    {
      read: {
        maxBytes,
        timeoutMs,
        allowPrivate: values['allow-private'] ?? false,
        baseUrl: values['base-url'],
        stdin: io.stdin,
      },
      process: { analyze: spec.analyze, published: values.published, maxBytes },
      jobs,
    },
    emit,
  );
  const failed = summary.failed + missing.length;
  if (count > 1)
    io.stderr.write(`dateline ${name}: ${count - failed} of ${count} inputs succeeded, ${failed} failed\n`);
  return failed ? 1 : 0;
}
