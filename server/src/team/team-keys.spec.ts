import { keyCandidates, teamKeyFrom } from './team-keys';

describe('team keys made from text', () => {
  it('are 2-10 of A-Z and 0-9', () => {
    expect(teamKeyFrom('PLAT')).toBe('PLAT');
    expect(teamKeyFrom('my_proj2')).toBe('MYPROJ2');
    expect(teamKeyFrom('Platform Crew')).toBe('PLATFORMCR');
    expect(teamKeyFrom('Équipe Zürich')).toBe('EQUIPEZURI');
    expect(teamKeyFrom('A')).toBe('A0');
    expect(teamKeyFrom('開発チーム')).toBe('TEAM');
    for (const key of ['PLAT', 'MYPROJ2', 'A0', 'TEAM']) expect(key).toMatch(/^[A-Z0-9]{2,10}$/);
  });

  it('get a number when taken, staying within 10 characters', () => {
    const candidates = [...keyCandidates('PLATFORMCR')];
    expect(candidates.slice(0, 3)).toEqual(['PLATFORMCR', 'PLATFORMC2', 'PLATFORMC3']);
    expect(candidates.every((key) => /^[A-Z0-9]{2,10}$/.test(key))).toBe(true);
    expect(new Set(candidates).size).toBe(candidates.length);
  });
});
