import { authHeaders } from '../api/client.ts';

export { authHeaders };
/** The import endpoints: upload a document for extraction, then commit what the reviewer accepted. */
export interface Candidate {
  stages: string[][];
  expression: string;
  quote: string;
  start: number;
  end: number;
  section: string;
}
export interface Extracted {
  title: string;
  text: string;
  /** The text with line breaks removed: what the spans point into. */
  normalised: string;
  chains: Candidate[];
  rejected: { text: string; reason: string; start: number; end: number }[];
  zones: { name: string }[];
  enterprises: { name: string }[];
  projects: { name: string; value: number; unit: string }[];
}
export interface CommitChain {
  name: string;
  expression: string;
  stages: string[][];
  quote: string;
  start: number;
  section: string;
  mapTo: Record<string, string>;
}
export interface Report {
  documentId: string;
  chainsAdded: string[];
  chainsUnchanged: string[];
  productsAdded: string[];
  productsMerged: string[];
  skipped: number;
  firstChainId: string | null;
}

async function call<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), ...authHeaders() },
  });
  const body = (await res.json().catch(() => null)) as (T & { error?: string }) | null;
  if (res.status === 403) throw new Error('提交需要编辑权限：请先在本浏览器中保存编辑令牌。');
  if (!res.ok || !body) throw new Error(body?.error ?? `请求失败（${res.status}）`);
  return body;
}

export function extractFile(file: File): Promise<Extracted> {
  return call<Extracted>(`/imports/extract?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
}

export function commitImport(input: {
  title: string;
  text: string;
  chains: CommitChain[];
  skipped: number;
}): Promise<Report> {
  return call<Report>('/imports/commit', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
}
