import { describe, expect, it, vi } from 'vitest';
import { applyServerErrors, namedError } from '../../renderer/lib/serverErrors.ts';

describe('server field errors', () => {
  it('land on the fields they name, worded with the label', () => {
    const setError = vi.fn();
    const rest = applyServerErrors(
      {
        code: 'invalid_input',
        message: 'email: must be …',
        fields: { email: 'must be an email address like name@example.com', name: 'is required' },
      },
      setError,
      { name: 'Name', email: 'Email' },
    );
    expect(rest).toBeNull();
    expect(setError).toHaveBeenCalledWith(
      'email',
      { type: 'server', message: 'Email must be an email address like name@example.com' },
      { shouldFocus: true },
    );
    expect(setError).toHaveBeenCalledWith('name', { type: 'server', message: 'Name is required' }, { shouldFocus: false });
  });

  it('returns what no field shows, and the plain message when no field is named', () => {
    const setError = vi.fn();
    expect(applyServerErrors({ code: 'invalid_input', message: 'x', fields: { notes: 'too long' } }, setError, { name: 'Name' })).toBe(
      'notes: too long',
    );
    expect(applyServerErrors({ code: 'conflict', message: 'Archive instead.' }, setError, { name: 'Name' })).toBe('Archive instead.');
    expect(setError).not.toHaveBeenCalled();
  });

  it('does not repeat a label the message already starts with', () => {
    expect(namedError('Name', 'Name is required')).toBe('Name is required');
  });
});
