import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TextField } from '../../renderer/components/TextField.tsx';

afterEach(cleanup);

describe('TextField', () => {
  it('ties its error to the input with aria-invalid and aria-describedby', () => {
    render(<TextField label="Email" description="Where invoices go." error="Email must be an email address like name@example.com" />);
    const input = screen.getByLabelText('Email');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const texts = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(texts).toContain('Email must be an email address like name@example.com');
    expect(texts).toContain('Where invoices go.');
  });

  it('is not marked invalid and points at no error without one', () => {
    render(<TextField label="Company" />);
    const input = screen.getByLabelText('Company');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(screen.queryByText(/must/)).toBeNull();
  });
});
