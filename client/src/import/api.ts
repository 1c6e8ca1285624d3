/**
 * The import endpoints: upload a document for extraction, then commit what the reviewer accepted. The shapes are
 * the shared plan-import contract (vocab/imports.ts).
 */
import type {
  ExtractResponse,
  ImportCommitInput,
  ImportReport,
  WithdrawReport,
} from '../../../vocab/imports.ts';
import { authHeaders } from '../api/client.ts';
import { graphChanged } from '../api/graphEpoch.ts';
import { zh } from '../i18n/zh.ts';

export { authHeaders };

/** The server wants a (valid) token before it does this: the review screen then shows the token prompt. */
export class TokenNeededError extends Error {}

async function call<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), ...authHeaders() },
  });
  const body = (await res.json().catch(() => null)) as (T & { error?: string; retryAfter?: number }) | null;
  if (res.status === 401)
    throw new TokenNeededError(
      authHeaders().authorization ? zh.importer.tokenRefused : zh.importer.tokenNeeded,
    );
  if (res.status === 403) throw new Error('提交需要编辑权限：请先在本浏览器中保存编辑令牌。');
  if (res.status === 429) throw new Error(zh.importer.busyServer(body?.retryAfter ?? 60));
  if (!res.ok || !body) throw new Error(body?.error ?? `请求失败（${res.status}）`);
  return body;
}

export function extractFile(file: File): Promise<ExtractResponse> {
  return call<ExtractResponse>(`/imports/extract?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
}

export async function commitImport(input: ImportCommitInput): Promise<ImportReport> {
  const report = await call<ImportReport>('/imports/commit', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  graphChanged();
  return report;
}

/** 撤回导入: a preview (dryRun, nothing written) or the withdrawal itself (docs/IMPORTS.md). */
export async function withdrawPlan(document: string, dryRun: boolean): Promise<WithdrawReport> {
  const report = await call<WithdrawReport>('/imports/withdraw', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ document, dryRun }),
  });
  if (!dryRun) graphChanged();
  return report;
}
