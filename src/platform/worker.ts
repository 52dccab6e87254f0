import { Worker, parentPort, workerData } from 'node:worker_threads';

/** A worker thread that answers one request at a time, in order: CPU work taken off the event loop. */
export interface WorkerClient<Req, Res> {
  call(req: Req): Promise<Res>;
  close(): Promise<void>;
}

type Answer<Res> = { id: number; ok: true; value: Res } | { id: number; ok: false; error: string };

/**
 * Starts `entry` (a module that calls `serveInWorker`) in a thread of its own, handing it `data`. A request
 * that fails rejects with the thread's error; a thread that dies rejects every request still waiting.
 */
export function startWorker<Req, Res>(entry: URL, data: unknown): WorkerClient<Req, Res> {
  // Workers turn over many short-lived values (a batch's strings): a larger young generation collects them
  // in fewer pauses.
  const worker = new Worker(new URL('./worker.boot.mjs', import.meta.url), {
    workerData: { entry: entry.href, data },
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  const waiting = new Map<number, { resolve: (v: Res) => void; reject: (e: Error) => void }>();
  let next = 0;
  let dead: Error | null = null;
  const failAll = (e: Error) => {
    dead = e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (a: Answer<Res>) => {
    const w = waiting.get(a.id);
    waiting.delete(a.id);
    if (a.ok) w?.resolve(a.value);
    else w?.reject(new Error(a.error));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`worker thread exited (${code})`)));
  return {
    call: (req) =>
      dead
        ? Promise.reject(dead)
        : new Promise<Res>((resolve, reject) => {
            const id = next++;
            waiting.set(id, { resolve, reject });
            worker.postMessage({ id, req });
          }),
    close: async () => {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}

/** The worker's side: answers each request with `handle`, given the data the thread was started with. */
export function serveInWorker<D, Req, Res>(handle: (data: D) => (req: Req) => Res) {
  const port = parentPort;
  if (!port) throw new Error('serveInWorker runs in a worker thread');
  const answer = handle((workerData as { data: D }).data);
  port.on('message', ({ id, req }: { id: number; req: Req }) => {
    try {
      port.postMessage({ id, ok: true, value: answer(req) } satisfies Answer<Res>);
    } catch (e) {
      port.postMessage({ id, ok: false, error: (e as Error).message } satisfies Answer<Res>);
    }
  });
}
