import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown> | undefined;
}

/** What the stand-in answered instead of GitHub's usual answer. */
export interface Fault {
  status: number;
  headers?: Record<string, string>;
  message: string;
}

/** A check run as the stand-in keeps it: what GitHub would show on the pull request. */
export interface CheckRunState {
  headSha: string;
  status: string;
  conclusion?: string;
  summary: string;
  annotations: Array<{ path: string; start_line: number; annotation_level: string }>;
}

export interface StandIn {
  url: string;
  requests: RecordedRequest[];
  /** Requests GitHub would refuse (422), with its reason: a test expects none. */
  rejected: Array<{ request: RecordedRequest; reason: string }>;
  checkRuns: Map<number, CheckRunState>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
}

/** GitHub's documented limits of a check run's `output` (docs.github.com/rest/checks/runs). */
function outputProblem(output: unknown): string | undefined {
  if (output === undefined) return undefined;
  const { title, summary, text, annotations } = output as {
    title?: unknown;
    summary?: unknown;
    text?: unknown;
    annotations?: unknown[];
  };
  if (typeof title !== 'string' || typeof summary !== 'string') return 'output needs a title and a summary';
  // "Maximum length: 65535 characters", counted as JavaScript counts them.
  if (summary.length > 65_535) return `output.summary is ${summary.length} characters, over 65535`;
  if (typeof text === 'string' && text.length > 65_535) return 'output.text is over 65535 characters';
  // "The Checks API limits the number of annotations to a maximum of 50 per API request."
  if ((annotations ?? []).length > 50) return `${annotations?.length} annotations in one request, over 50`;
  return undefined;
}

/**
 * GitHub's REST API as far as the Action uses it, on 127.0.0.1, recording every request.
 * `checksWritable: false` answers as GitHub does to a fork's read-only token. It refuses (422)
 * what GitHub refuses: over 50 annotations in a request, a summary over 65,535 characters, an
 * update of a check run that does not exist. `fault` answers a request (counted from 0 among
 * all requests) with an error instead, as GitHub does when it fails.
 */
export async function startGitHubStandIn(options: {
  checksWritable: boolean;
  /** What GET /repos/{owner}/{repo}/pulls/{number}/files lists, one page of 100. */
  pullRequestFiles?: unknown[];
  fault?: (request: RecordedRequest, index: number) => Fault | undefined;
}): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const rejected: StandIn['rejected'] = [];
  const checkRuns = new Map<number, CheckRunState>();
  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    const path = request.url ?? '';
    const recorded = {
      method: request.method ?? '',
      path,
      authorization: request.headers.authorization,
      body,
    };
    requests.push(recorded);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(data));
    };
    const fault = options.fault?.(recorded, requests.length - 1);
    if (fault) return send(fault.status, { message: fault.message }, fault.headers);
    const checkRun = /^\/repos\/[^/]+\/[^/]+\/check-runs(?:\/(\d+))?$/.exec(path);
    if (checkRun) {
      if (!options.checksWritable)
        return send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
        });
      const reject = (reason: string) => {
        rejected.push({ request: recorded, reason });
        return send(422, { message: `Invalid request: ${reason}` });
      };
      const problem = outputProblem(body?.output);
      if (problem) return reject(problem);
      const output = body?.output as
        { summary: string; annotations?: CheckRunState['annotations'] } | undefined;
      if (request.method === 'POST') {
        const id = 4242 + checkRuns.size;
        checkRuns.set(id, {
          headSha: String(body?.head_sha),
          status: String(body?.status ?? 'queued'),
          summary: output?.summary ?? '',
          annotations: [...(output?.annotations ?? [])],
        });
        return send(201, { id, status: body?.status ?? 'queued' });
      }
      const state = checkRuns.get(Number(checkRun[1]));
      if (!state) return send(404, { message: 'Not Found' });
      if (body?.status) state.status = String(body.status);
      if (body?.conclusion) state.conclusion = String(body.conclusion);
      if (output) {
        state.summary = output.summary;
        state.annotations.push(...(output.annotations ?? []));
      }
      return send(200, { id: Number(checkRun[1]), status: state.status });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files(\?|$)/.test(path) && options.pullRequestFiles)
      return send(200, options.pullRequestFiles);
    return send(404, { message: 'Not Found' });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    rejected,
    checkRuns,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
