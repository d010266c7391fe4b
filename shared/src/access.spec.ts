import { lowerRole, Role, roleAtLeast } from './access';

describe('roles', () => {
  it('include the ones below them', () => {
    expect(roleAtLeast(Role.ADMIN, Role.VIEWER)).toBe(true);
    expect(roleAtLeast(Role.EDITOR, Role.EDITOR)).toBe(true);
    expect(roleAtLeast(Role.EDITOR, Role.ADMIN)).toBe(false);
    expect(roleAtLeast(Role.VIEWER, Role.EDITOR)).toBe(false);
  });

  it('give a token the lower of its own role and its owner’s', () => {
    expect(lowerRole(Role.ADMIN, Role.EDITOR)).toBe(Role.EDITOR);
    expect(lowerRole(Role.VIEWER, Role.ADMIN)).toBe(Role.VIEWER);
  });
});
