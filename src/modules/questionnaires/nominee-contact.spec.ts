import { contactAddress } from './nominee-contact.js';

describe('contactAddress', () => {
  it('takes the address out of a display name', () => {
    expect(contactAddress('Elections team <elections@example.org>')).toBe('elections@example.org');
  });

  it('keeps a bare address', () => {
    expect(contactAddress(' elections@example.org ')).toBe('elections@example.org');
  });
});
