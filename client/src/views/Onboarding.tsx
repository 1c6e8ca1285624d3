import { zh } from '../i18n/zh.ts';

const T = zh.onboarding;

/** What an empty graph shows instead of an empty overview: import a plan, then an enterprise table. */
export function Onboarding({ onStart }: { onStart: () => void }) {
  return (
    <section className="onboarding" data-testid="onboarding">
      <h2>{T.title}</h2>
      <p>{T.intro}</p>
      <ol className="onboarding-steps">
        <li>{T.step1}</li>
        <li>{T.step2}</li>
      </ol>
      <button type="button" className="primary" onClick={onStart} data-testid="onboarding-start">
        {T.start}
      </button>
    </section>
  );
}
