/**
 * The shape every coloured word of the vocabulary shares (link statuses, candidate kinds, lead stages, priority
 * tiers): its Chinese label and the chip it is drawn as, a pale fill with dark text of the same hue (a status's
 * fill and text are its map node's; its chip colours are separate). One shape, so one client helper draws any of
 * them (client/src/views/common.tsx chipStyle).
 */
export interface ChipLook {
  label: string;
  fill: string;
  text: string;
}

/** A chip with what it means, for legends, column heads and tooltips. */
export interface ExplainedLook extends ChipLook {
  help: string;
}
