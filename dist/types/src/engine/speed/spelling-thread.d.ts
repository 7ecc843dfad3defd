/** Every question names its kind; `thread` asks which thread answers (see spellingThreadId). */
export type ThreadQuestion = {
    kind: string;
};
export type ThreadRequest<Question extends ThreadQuestion = ThreadQuestion> = Question & {
    id: number;
};
export type ThreadResponse = {
    id: number;
    /** The worker thread's CPU time so far, in microseconds, when it answered. */
    cpu?: number;
} & ({
    ok: true;
    value: unknown;
} | {
    ok: false;
    message: string;
});
/**
 * CPU time (microseconds) the spelling worker has spent, as of its latest answer: with the
 * thread's own time (process.threadCpuUsage) it gives one page's time when several threads of
 * the process lint at once (npm run fuzz), which process.cpuUsage cannot.
 */
export declare function spellingWorkerCpu(): number;
/**
 * Starts the worker without asking it anything, so that it imports cspell-lib while the caller
 * is still loading its own modules; it stays idle (and does not keep the process alive) until asked.
 */
export declare function startSpellingWorker(): void;
/**
 * Stops a worker that startSpellingWorker started and nothing has asked for since: a run whose
 * configuration turns spelling off then does not pay for it at exit.
 */
export declare function stopUnaskedSpellingWorker(): void;
/** Carries a question to the spelling thread, starting it if need be, and brings back its answer. */
export declare function askSpellingThread<Answer>(question: ThreadQuestion): Promise<Answer>;
/** How many questions the spelling worker has been asked in this process (0: the dictionaries never loaded). */
export declare function spellingQuestionsAsked(): number;
/** The thread that answers spelling questions (0 would be the main thread): see speed.test.ts. */
export declare function spellingThreadId(): Promise<number>;
