/** A labelled text field of the review's head (the plan's title, its district): the label is its accessible name. */
export function LabelledInput(props: {
  label: string;
  className: string;
  testId: string;
  value: string;
  maxLength?: number;
  onChange: (value: string) => void;
}) {
  return (
    <label className="district">
      {props.label}{' '}
      <input
        className={props.className}
        value={props.value}
        aria-label={props.label}
        data-testid={props.testId}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
