export interface FieldErrorProps {
  /** The id the field points at with aria-describedby. */
  id: string;
  message: string | null;
}

/** A refusal shown under the field it is about (the field sets aria-invalid and aria-describedby to `id`). */
export function FieldError({ id, message }: FieldErrorProps) {
  if (!message) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {message}
    </span>
  );
}
