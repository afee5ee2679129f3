// Worker-thread entry of the fuzz campaign: TypeScript needs tsx registered inside the worker too.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
