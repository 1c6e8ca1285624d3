/** Matching names in a file to names in the graph: exact first, then a normalised form. Never creates anything. */
export function normalise(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .toLowerCase();
}

export class NameIndex {
  private readonly exact = new Map<string, string>();
  private readonly loose = new Map<string, string | null>();

  constructor(entries: readonly { id: string; name: string }[]) {
    for (const e of entries) {
      this.exact.set(e.name, e.id);
      const k = normalise(e.name);
      // A normalised form shared by two entries is ambiguous: it matches nothing.
      this.loose.set(k, this.loose.has(k) && this.loose.get(k) !== e.id ? null : e.id);
    }
  }

  find(name: string): string | undefined {
    return this.exact.get(name) ?? this.loose.get(normalise(name)) ?? undefined;
  }
}
