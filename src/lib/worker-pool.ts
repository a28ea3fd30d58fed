/**
 * Worker threads that take jobs from one queue a batch at a time, so threads can join while it
 * drains (preview cards: one thread while Astro renders pages, one per core after). A worker
 * script answers each batch of jobs it is sent with an array of results. Scripts are
 * TypeScript, run with Node's own type stripping.
 */
import { Worker } from 'node:worker_threads';

export class WorkerPool<Job, Result> {
	readonly #queue: Job[];
	readonly #script: string;
	readonly #batchSize: number;
	readonly #workerData: unknown;
	readonly #results: Result[] = [];
	#threads = 0;
	#failed: Error | undefined;
	#finish: () => void = () => undefined;
	/** Every result once the queue is drained; rejects if a thread failed. */
	readonly done: Promise<Result[]>;

	/**
	 * @param script Path of the worker script.
	 * @param options.batchSize Jobs a thread takes between asking for more.
	 * @param options.workerData Handed to every thread as `workerData`.
	 */
	constructor(script: string, jobs: readonly Job[], options: { batchSize: number; workerData?: unknown }) {
		this.#queue = [...jobs];
		this.#script = script;
		this.#batchSize = options.batchSize;
		this.#workerData = options.workerData;
		const finished = new Promise<void>((resolve) => (this.#finish = resolve));
		this.done = finished.then(() => {
			if (this.#failed) throw this.#failed;
			return this.#results;
		});
		if (jobs.length === 0) this.#finish();
	}

	/** Adds threads, up to `threads` in all, while there is a batch of work for each. */
	grow(threads: number): this {
		while (this.#threads < threads && this.#queue.length > this.#threads * this.#batchSize) this.#spawn();
		return this;
	}

	#spawn(): void {
		this.#threads++;
		const thread = new Worker(this.#script, {
			workerData: this.#workerData,
			execArgv: ['--experimental-strip-types', '--no-warnings'],
		});
		const stop = () => {
			void thread.terminate();
			if (--this.#threads === 0) this.#finish();
		};
		const next = () => {
			const batch = this.#queue.splice(0, this.#batchSize);
			if (batch.length > 0 && !this.#failed) thread.postMessage(batch);
			else stop();
		};
		thread.on('message', (results: Result[]) => {
			this.#results.push(...results);
			next();
		});
		thread.once('error', (error) => {
			this.#failed = error;
			stop();
		});
		next();
	}
}
