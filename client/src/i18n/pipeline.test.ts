import { describe, expect, it } from 'vitest';
import { pipelineWords as T } from './pipeline.ts';

describe('lead form heading', () => {
  it('names the firm, and asks for one while the typed name is still empty (no 为「」)', () => {
    expect(T.createFor('丁铝锭业')).toBe('为「丁铝锭业」建立招商线索');
    expect(T.createFor(' ')).toBe('建立招商线索（请填写企业名称）');
    expect(T.createFor('')).not.toContain('「」');
  });
});
