import { assignNumbers } from './import-numbering';

describe('assignNumbers', () => {
  it('keeps free numbers and gives taken ones the next free number after their own', () => {
    expect(assignNumbers([1, 2, 3], new Set())).toEqual([1, 2, 3]);
    expect(assignNumbers([2, 3], new Set([1, 2]))).toEqual([4, 3]);
    expect(assignNumbers([1], new Set([1, 3]))).toEqual([2]);
  });

  it('lets a file that keeps its number win over an earlier renumbered one', () => {
    expect(assignNumbers([1, 2], new Set([1]))).toEqual([3, 2]);
  });

  it('gives two files of one number one each, in order', () => {
    expect(assignNumbers([5, 5], new Set())).toEqual([5, 6]);
  });

  it('puts files without a number after the highest in use', () => {
    expect(assignNumbers([null, 2, null], new Set([1, 7]))).toEqual([8, 2, 9]);
  });
});
