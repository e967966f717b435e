import {
  customerInfoSchema,
  fieldErrorsOf,
  firstUserSchema,
  updateCustomerSchema,
} from '@/lib/validation';

function errorsOf(input: Record<string, unknown>) {
  const result = customerInfoSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe('customerInfoSchema', () => {
  it('trims names and addresses and stores no parent as null', () => {
    expect(
      customerInfoSchema.parse({ name: '  Acme  ', address: ' 1 Road\r\nTown ', parentId: '' }),
    ).toEqual({ name: 'Acme', address: '1 Road\nTown', parentId: null });
  });

  it('calls blank and whitespace-only fields missing', () => {
    expect(errorsOf({ name: '   ', address: '\n\t ', parentId: '' })).toEqual({
      name: ['Name is required.'],
      address: ['Address is required.'],
    });
    expect(errorsOf({})).toEqual({
      name: ['Name is required.'],
      address: ['Address is required.'],
    });
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(errorsOf({ name: '東'.repeat(200), address: 'x' })).toEqual({});
    expect(errorsOf({ name: '😀'.repeat(200), address: 'x' })).toEqual({});
    expect(errorsOf({ name: 'a'.repeat(201), address: 'x' })).toEqual({
      name: ['Name must be at most 200 characters.'],
    });
    expect(errorsOf({ name: 'a', address: 'b'.repeat(1001) })).toEqual({
      address: ['Address must be at most 1000 characters.'],
    });
  });

  it('refuses control characters, and line breaks in a name', () => {
    const bad = ['Acme\u0000', 'Ac\u0007me', 'Acme\nLtd', 'Acme\u202Eltd', 'Tab\there'];
    for (const name of bad) {
      expect(errorsOf({ name, address: 'x' })).toEqual({
        name: ['Name contains characters that are not allowed.'],
      });
    }
    expect(errorsOf({ name: 'Acme', address: 'Line 1\nLine 2' })).toEqual({});
    expect(errorsOf({ name: 'Acme', address: 'a\u001bb' })).toEqual({
      address: ['Address contains characters that are not allowed.'],
    });
  });

  it('accepts only positive whole ids as parent', () => {
    for (const parentId of ['abc', '1.5', '-3', '0', '1e3', ' 7']) {
      expect(errorsOf({ name: 'A', address: 'B', parentId })).toEqual({
        parentId: ['Choose an account from the list.'],
      });
    }
    expect(customerInfoSchema.parse({ name: 'A', address: 'B', parentId: '42' }).parentId).toBe(42);
  });
});

describe('firstUserSchema', () => {
  const valid = {
    fullName: 'Jane Doe',
    email: ' Jane@Example.COM ',
    password: 'twelve chars!',
    confirmPassword: 'twelve chars!',
  };

  it('normalises the email to lower case', () => {
    expect(firstUserSchema.parse(valid).email).toBe('jane@example.com');
  });

  it('reports every problem at once', () => {
    const result = firstUserSchema.safeParse({
      fullName: ' ',
      email: 'not-an-email',
      password: 'short',
      confirmPassword: 'other',
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({
      fullName: ['Full name is required.'],
      email: ['Enter a valid email address.'],
      password: ['Password must be at least 12 characters.'],
      confirmPassword: ['The passwords do not match.'],
    });
  });

  it('refuses a confirmation that differs', () => {
    const result = firstUserSchema.safeParse({ ...valid, confirmPassword: 'twelve chars?' });
    expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual({
      confirmPassword: ['The passwords do not match.'],
    });
  });

  it('calls an empty or all-space password missing, with one message', () => {
    for (const blank of ['', ' '.repeat(14)]) {
      const result = firstUserSchema.safeParse({ ...valid, password: blank, confirmPassword: blank });
      expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual({
        password: ['Password is required.'],
      });
    }
  });
});

describe('updateCustomerSchema', () => {
  it('needs the version the form was loaded with', () => {
    const result = updateCustomerSchema.safeParse({ name: 'A', address: 'B', parentId: '' });
    expect(result.success).toBe(false);
    expect(updateCustomerSchema.parse({ name: 'A', address: 'B', version: '3' }).version).toBe(3);
  });
});
