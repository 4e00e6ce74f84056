/** Worker-thread entry: processes documents posted by the pool, one message per document. */
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../../vocabulary.js';
import type { ProcessOptions } from './batch-record.js';
import { processDocument } from './process-document.js';

interface Task {
  id: number;
  raw: RawDocument;
  options: ProcessOptions;
}

parentPort?.on('message', (task: Task) => {
  parentPort!.postMessage({ id: task.id, record: processDocument(task.raw, task.options) });
});
