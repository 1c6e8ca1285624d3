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

/**
 * Names close to a given name: one contains the other (normalised) and the shorter is at least half the longer,
 * closest length first, at most 3. A firm's 功能性高分子薄膜 is the link 功能性高分子薄膜类材料; the officer is shown
 * it rather than a silent 未入链产品 and a gap that says no local firm makes it. The names are normalised once, an
 * answer is kept per name, and at most `maxAsked` distinct names are looked at (a national table's thousands of
 * stated products must not scan every product of the graph each).
 */
export class NearNames {
  private readonly names: { name: string; norm: string }[];
  private readonly answers = new Map<string, string[]>();

  constructor(
    names: readonly string[],
    private readonly maxAsked = 200,
  ) {
    this.names = [...new Set(names)].map((name) => ({ name, norm: normalise(name) }));
  }

  find(name: string): string[] {
    const known = this.answers.get(name);
    if (known) return known;
    if (this.answers.size >= this.maxAsked) return [];
    const n = normalise(name);
    const near =
      n.length < 2
        ? []
        : this.names
            .filter(({ norm: o }) => {
              if (o === n) return false;
              const [short, long] = o.length < n.length ? [o, n] : [n, o];
              return short.length >= 2 && long.includes(short) && short.length * 2 >= long.length;
            })
            .map((x) => x.name)
            .sort((a, b) => Math.abs(a.length - name.length) - Math.abs(b.length - name.length))
            .slice(0, 3);
    this.answers.set(name, near);
    return near;
  }
}
