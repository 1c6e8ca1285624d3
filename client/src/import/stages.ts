/**
 * The review screen edits a chain as one line of text: stages joined by — (or －, –, -), parallel links in a
 * stage joined by 、 or /. These turn stages into that line and back.
 */
export function stagesToText(stages: readonly (readonly string[])[]): string {
  return stages.map((s) => s.join('、')).join('—');
}

export function textToStages(text: string): string[][] {
  return text
    .split(/[—－–]+|\s-\s|(?<=\S)-(?=\S)/)
    .map((stage) =>
      stage
        .split(/[、/／]/)
        .map((l) => l.replace(/\s+/g, ''))
        .filter((l) => l.length > 0),
    )
    .filter((s) => s.length > 0);
}

/** A readable default name for a candidate chain: its first and last links. */
export function defaultChainName(stages: readonly (readonly string[])[]): string {
  const first = stages[0]?.[0] ?? '';
  const last = stages.at(-1)?.[0] ?? '';
  return `${first}—${last}产业链`;
}
