export interface ChoiceSelectProps {
  label: string;
  value: string;
  /** What the empty choice says: "Any", "All my schools". */
  anyLabel: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A labelled filter choice whose empty value means "no filter". */
export function ChoiceSelect({ label, value, anyLabel, options, onChange }: ChoiceSelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
