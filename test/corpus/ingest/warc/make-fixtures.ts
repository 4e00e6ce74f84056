/** Regenerates the WARC fixtures beside this file: `npx tsx test/corpus/ingest/warc/make-fixtures.ts`. */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  chunked,
  httpResponseBlock,
  warcRecordBytes,
  type WarcRecordSpec,
} from '../../../../src/ingest/warc/warc-record-bytes.js';

const page = (title: string, body: string): Buffer =>
  Buffer.from(
    `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`,
  );

const date = '2023-09-10T12:00:00Z';
const latin1 = Buffer.from(
  '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><p>Caf\xe9 cr\xe8me</p></body></html>',
  'latin1',
);

const records: WarcRecordSpec[] = [
  {
    type: 'warcinfo',
    id: '00000000-0000-4000-8000-000000000001',
    date,
    contentType: 'application/warc-fields',
    block: Buffer.from('software: dateline-fixtures\r\n'),
  },
  {
    type: 'request',
    id: '00000000-0000-4000-8000-000000000002',
    date,
    targetUri: 'https://plain.example/a',
    contentType: 'application/http; msgtype=request',
    block: Buffer.from('GET /a HTTP/1.1\r\nHost: plain.example\r\n\r\n'),
  },
  {
    type: 'response',
    id: '00000000-0000-4000-8000-000000000003',
    date,
    targetUri: 'https://plain.example/a',
    contentType: 'application/http; msgtype=response',
    block: httpResponseBlock(
      '200 OK',
      { 'Content-Type': 'text/html; charset=utf-8' },
      page('Plain page', 'A plain stored response.'),
    ),
  },
  {
    type: 'response',
    id: '00000000-0000-4000-8000-000000000004',
    date: '2023-09-10T12:00:01Z',
    targetUri: 'https://chunked.example/b',
    contentType: 'application/http; msgtype=response',
    block: httpResponseBlock(
      '200 OK',
      { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' },
      chunked(gzipSync(page('Chunked gzip page', 'Stored chunked and gzip-encoded.'))),
    ),
  },
  {
    type: 'response',
    id: '00000000-0000-4000-8000-000000000005',
    date,
    targetUri: 'https://plain.example/logo.png',
    contentType: 'application/http; msgtype=response',
    block: httpResponseBlock(
      '200 OK',
      { 'Content-Type': 'image/png' },
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    ),
  },
  {
    type: 'response',
    id: '00000000-0000-4000-8000-000000000006',
    date,
    targetUri: 'https://plain.example/missing',
    contentType: 'application/http; msgtype=response',
    block: httpResponseBlock('404 Not Found', { 'Content-Type': 'text/html' }, page('Not found', 'Nothing here.')),
  },
  {
    type: 'response',
    id: '00000000-0000-4000-8000-000000000007',
    date,
    targetUri: 'https://latin.example/cafe',
    contentType: 'application/http; msgtype=response',
    block: httpResponseBlock('200 OK', { 'Content-Type': 'text/html; charset=ISO-8859-1' }, latin1),
  },
];

const dir = new URL('./', import.meta.url);
writeFileSync(new URL('fixture.warc', dir), Buffer.concat(records.map((r) => warcRecordBytes(r))));
writeFileSync(new URL('fixture.warc.gz', dir), Buffer.concat(records.map((r) => warcRecordBytes(r, true))));
