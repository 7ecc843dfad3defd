import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown> | undefined;
}

export interface StandIn {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
}

/**
 * GitHub's REST API as far as the Action uses it, on 127.0.0.1, recording every request.
 * `checksWritable: false` answers as GitHub does to a fork's read-only token.
 */
export async function startGitHubStandIn(options: {
  checksWritable: boolean;
  /** What GET /repos/{owner}/{repo}/pulls/{number}/files lists, one page of 100. */
  pullRequestFiles?: unknown[];
}): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    const path = request.url ?? '';
    requests.push({ method: request.method ?? '', path, authorization: request.headers.authorization, body });
    const send = (status: number, data: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(data));
    };
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs(\/\d+)?$/.test(path)) {
      if (!options.checksWritable)
        return send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
        });
      return send(request.method === 'POST' ? 201 : 200, { id: 4242, status: body?.status ?? 'in_progress' });
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
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
