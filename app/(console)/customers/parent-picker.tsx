'use client';

import { useEffect, useRef, useState, useTransition } from 'react';

import { Field } from '@/components/field';

import { searchParentsAction, type ParentOption } from './actions';

type Props = {
  value: ParentOption | null;
  onChange: (value: ParentOption | null) => void;
  allowNone: boolean;
  excludeSubtreeOf?: number;
  errors?: string[];
};

/**
 * A select of parent accounts narrowed by a search box, so the choice stays
 * usable with thousands of accounts. Options come from the server, which
 * decides what this user may choose.
 */
export function ParentPicker({ value, onChange, allowNone, excludeSubtreeOf, errors }: Props) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<ParentOption[]>([]);
  const [searching, startSearch] = useTransition();
  const latest = useRef(0);
  const current = useRef({ value, onChange });
  current.current = { value, onChange };

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      startSearch(async () => {
        const found = await searchParentsAction(query, excludeSubtreeOf);
        if (ticket !== latest.current) return;
        setOptions(found);
        // Typing a name chooses the best match, as typing in a select does;
        // the select below shows which one, and can change it.
        const chosen = current.current.value;
        if (query && found.length > 0 && !found.some((option) => option.id === chosen?.id)) {
          current.current.onChange(found[0]);
        }
      });
    }, query ? 250 : 0);
    return () => clearTimeout(timer);
  }, [query, excludeSubtreeOf]);

  const shown =
    value && !options.some((option) => option.id === value.id) ? [value, ...options] : options;

  return (
    <Field
      id="parentId"
      label="Parent account"
      errors={errors}
      hint={allowNone ? 'The account that manages this one. Leave empty for a top-level account.' : 'The account that manages this one.'}
    >
      {(describedBy, invalid) => (
        <div className="space-y-2">
          <input
            type="search"
            aria-label="Find a parent account"
            placeholder="Type to find an account…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className="input"
            maxLength={200}
          />
          <select
            id="parentId"
            name="parentId"
            className="input"
            value={value ? String(value.id) : ''}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-busy={searching}
            onChange={(event) => {
              const id = Number(event.target.value);
              onChange(shown.find((option) => option.id === id) ?? null);
            }}
          >
            <option value="">{allowNone ? '— None (top-level account) —' : '— Choose an account —'}</option>
            {shown.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
          {query && !searching && options.length === 0 && (
            <p className="text-xs text-slate-500">No account matches “{query}”.</p>
          )}
        </div>
      )}
    </Field>
  );
}
