import { useState } from 'react';
import { savedToken, saveToken } from '../api/client.ts';
import { zh } from '../i18n/zh.ts';

/**
 * Lets an officer save the token they were given (npm run token) in this tab, or remove it; `onChange` hears
 * whether one is saved (the import screen's prompt closes once a token is saved). The header's button shows the
 * state (只读 / 已启用编辑); a prompt that asks for a token passes `offLabel` to name the action instead.
 */
export function TokenButton({
  onChange,
  offLabel,
}: {
  onChange?: (has: boolean) => void;
  offLabel?: string;
} = {}) {
  const [open, setOpen] = useState(false);
  const [has, setHas] = useState(() => savedToken() !== null);
  const [value, setValue] = useState('');
  const T = zh.token;
  return (
    <div className="token">
      <button
        type="button"
        className="token-button"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        title={has ? undefined : T.enter}
      >
        {has ? T.on : (offLabel ?? T.off)}
      </button>
      {open && (
        <form
          className="token-form"
          onSubmit={(e) => {
            e.preventDefault();
            saveToken(value);
            setHas(savedToken() !== null);
            onChange?.(savedToken() !== null);
            setValue('');
            setOpen(false);
          }}
        >
          <p className="small muted">{T.help}</p>
          <input
            type="password"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-label={T.label}
            autoComplete="off"
          />
          <button type="submit">{T.save}</button>
          {has && (
            <button
              type="button"
              onClick={() => {
                saveToken(null);
                setHas(false);
                onChange?.(false);
                setOpen(false);
              }}
            >
              {T.clear}
            </button>
          )}
        </form>
      )}
    </div>
  );
}
