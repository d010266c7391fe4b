import { overlappingWork } from './overlapping-work';

describe('overlappingWork', () => {
  it('names, both ways, the work whose spans from pre window to post window overlap', () => {
    const sut = overlappingWork([
      { initiativeId: 'a', preFrom: '2027-01-01', postTo: '2027-06-30' },
      { initiativeId: 'b', preFrom: '2027-06-30', postTo: '2027-12-31' },
      { initiativeId: 'c', preFrom: '2028-01-01', postTo: '2028-06-30' },
    ]);
    expect(sut).toEqual(
      new Map([
        ['a', ['b']],
        ['b', ['a']],
        ['c', []],
      ]),
    );
  });
});
