import { useId } from 'react';
import type { ApiError } from '../api/graphql';
import { fieldOf } from '../api/field-error';
import { FieldError } from './field-error';

/**
 * Wiring for a form's fields: ids, and a refusal shown under the field the server named (`aria-invalid` and
 * `aria-describedby` on the field, with its hint when it has one). A refusal about no listed field is `onField` null:
 * the form shows it as a whole.
 */
export function useFormFields(error: ApiError | null, fields: string[], hinted: string[] = []) {
  const id = useId();
  const field = fieldOf(error);
  const onField = field && fields.includes(field) ? field : null;
  const input = (name: string) => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': onField === name || undefined,
    'aria-describedby':
      [hinted.includes(name) && `${id}-${name}-hint`, onField === name && `${id}-${name}-error`]
        .filter(Boolean)
        .join(' ') || undefined,
  });
  const errorFor = (name: string) => (
    <FieldError id={`${id}-${name}-error`} message={onField === name ? error!.message : null} />
  );
  return { id, onField, input, errorFor };
}
