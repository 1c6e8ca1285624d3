/**
 * What every answer carries whatever the route: the security headers, and CORS only for the origins listed in
 * CORS_ORIGINS (none by default: the explorer is served from the same origin as the API and needs none).
 */
import type http from 'node:http';

/**
 * The explorer's policy: its own scripts and styles only (React sets inline `style` attributes, Cytoscape draws on
 * canvas; both need `'unsafe-inline'` for styles, never for scripts), images also from data:/blob: URLs (the
 * PNG/SVG export), no plugins, no framing by other sites, forms and fetches to itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** GraphiQL (development only, GET /graphql in a browser) loads its scripts and styles from a CDN. */
const GRAPHIQL_POLICY =
  "default-src 'self' https://unpkg.com; script-src 'self' 'unsafe-inline' https://unpkg.com; " +
  "style-src 'self' 'unsafe-inline' https://unpkg.com; img-src 'self' data: https:; frame-ancestors 'none'";

export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

export function setSecurityHeaders(res: http.ServerResponse, opts: { graphiql: boolean }): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader('content-security-policy', opts.graphiql ? GRAPHIQL_POLICY : CONTENT_SECURITY_POLICY);
}

const ALLOWED_HEADERS = 'authorization, content-type, accept, cache-control, x-graphql-csrf';

/**
 * CORS by allow-list: a request whose Origin is listed gets Access-Control-Allow-Origin (that origin, never `*`,
 * never credentials — tokens travel in the Authorization header, not cookies); any other Origin gets nothing, so
 * the browser keeps the answer from the foreign page. A preflight (OPTIONS) is answered here: 204, with the
 * allowed methods and headers for a listed origin. Returns true when the request has been answered.
 */
export function applyCors(req: http.IncomingMessage, res: http.ServerResponse, origins: readonly string[]) {
  const origin = req.headers.origin;
  const allowed = origin !== undefined && origins.includes(origin);
  res.setHeader('vary', 'Origin');
  if (allowed) res.setHeader('access-control-allow-origin', origin);
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (!preflight) return false;
  if (allowed) {
    res.setHeader('access-control-allow-methods', 'GET, HEAD, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
  }
  res.writeHead(204);
  res.end();
  return true;
}

/**
 * The deepest nesting of arrays and objects in a JSON text, found in one pass without parsing it (strings
 * skipped). Stops counting at `limit + 1`. A body nested 30,000 deep would otherwise overflow the stack of every
 * recursive step after JSON.parse (the response cache's key, graphql's value coercion) and answer 500.
 */
export function jsonDepthOver(body: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
