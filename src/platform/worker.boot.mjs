// Starts a worker thread on one of our TypeScript modules: the TypeScript loader is registered in the thread
// first, whether or not the process that made it has one (a test runner's workers do not).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
