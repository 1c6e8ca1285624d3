import { useEffect, useState } from 'react';

/** `value`, once it has not changed for `ms` (a search asks the server when typing pauses). */
export function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
