type FieldProps = {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => React.ReactNode;
};

/** A labelled control with its errors beside it, announced politely. */
export function Field({ id, label, errors, hint, required, children }: FieldProps) {
  const invalid = Boolean(errors?.length);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const describedBy = [hintId, invalid ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && <span aria-hidden="true" className="text-red-600"> *</span>}
      </label>
      {children(describedBy, invalid)}
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <p id={errorId} aria-live="polite" className="min-h-0 text-sm text-red-700">
        {errors?.join(' ')}
      </p>
    </div>
  );
}
