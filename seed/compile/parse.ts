import type { z } from 'zod';
import { SeedError } from '../errors.ts';

/** Formats a zod issue path as `chains[3].stages[1][0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** Names the entry an issue belongs to: `chains[3] (chain-recycled-aluminium)`. */
export function describeEntry(data: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = data;
  let label = '(file)';
  const walked: PropertyKey[] = [];
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    walked.push(key);
    if (
      node &&
      typeof node === 'object' &&
      'id' in node &&
      typeof (node as { id: unknown }).id === 'string'
    ) {
      label = `${formatPath(walked)} (${(node as { id: string }).id})`;
    } else if (typeof key === 'number' && label === '(file)') {
      label = formatPath(walked);
    }
  }
  return label;
}

export function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new SeedError(file, '(file)', '(root)', 'invalid');
  throw new SeedError(
    file,
    describeEntry(data, issue.path),
    formatPath(issue.path) || '(root)',
    issue.message,
  );
}
