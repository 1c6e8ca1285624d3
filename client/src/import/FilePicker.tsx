import { useState } from 'react';
import { zh } from '../i18n/zh.ts';

/**
 * A file input that speaks Chinese whatever the browser's own language: the native control (which reads
 * "Choose File / No file chosen" in an English Chromium) is hidden but stays the labelled, focusable input; the
 * visible button and the chosen file's name are ours.
 */
export function FilePicker({
  label,
  accept,
  disabled = false,
  onPick,
  className = '',
}: {
  /** The input's accessible name and the button's text. */
  label: string;
  accept: string;
  disabled?: boolean;
  onPick: (file: File | null) => void;
  className?: string;
}) {
  const [name, setName] = useState<string | null>(null);
  return (
    <label className={`file-picker ${className}`.trim()} data-disabled={disabled || undefined}>
      <input
        type="file"
        className="visually-hidden"
        accept={accept}
        aria-label={label}
        disabled={disabled}
        onChange={(e) => {
          const f = e.target.files?.[0] ?? null;
          setName(f?.name ?? null);
          onPick(f);
        }}
      />
      <span className="file-picker-button" aria-hidden="true">
        {label}
      </span>
      <span className="file-picker-name" data-testid="file-picker-name">
        {name ?? zh.noFileChosen}
      </span>
    </label>
  );
}
