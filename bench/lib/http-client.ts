/**
 * The benchmark's HTTP client for GraphQL calls. The raw-Cypher side of the API benchmark reaches Neo4j through
 * neo4j-driver in this process, a lean client over one pooled connection; the GraphQL side is measured with its
 * counterpart for HTTP: node:http over a keep-alive agent. Node's fetch (undici) costs 1.4–3.9 ms per call on its
 * own on this machine (0.7–0.9 ms before the request reaches the server, 0.6–3.2 ms reading the body after the
 * server has finished, measured on 6 Dec with the server's own timeline), time that is neither the server's nor
 * GraphQL's and that made up most of the GraphQL/Cypher ratio. `fetch` stays available: the API group sends every
 * call through both, interleaved, and reports the ratio as fetch measures it too (docs/BENCHMARKS.md keeps both).
 */
import http from 'node:http';

export type HttpClient = 'http' | 'fetch';

/** One connection per concurrent caller, kept open between calls (as a browser keeps its connections). */
const agent = new http.Agent({ keepAlive: true });

export interface HttpAnswer {
  status: number;
  text: string;
}

/** POSTs `body` and reads the whole answer as text. */
export async function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  client: HttpClient = 'http',
): Promise<HttpAnswer> {
  if (client === 'fetch') {
    const res = await fetch(url, { method: 'POST', headers, body });
    return { status: res.status, text: await res.text() };
  }
  const payload = Buffer.from(body, 'utf8');
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': String(payload.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
