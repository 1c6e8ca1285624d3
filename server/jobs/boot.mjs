// A job worker's entry: registers tsx in this thread (the server runs under tsx; vitest's workers do not), then
// loads the TypeScript worker named in workerData and hands piscina its default export.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const worker = await import(workerData.entry);
export default worker.default;
