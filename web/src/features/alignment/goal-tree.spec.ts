import { nestByDepth } from './goal-tree';

describe('nestByDepth', () => {
  it('rebuilds the tree from a depth-first list', () => {
    const items = [
      { id: 'company', depth: 0 },
      { id: 'dept', depth: 1 },
      { id: 'team', depth: 2 },
      { id: 'dept2', depth: 1 },
      { id: 'other', depth: 0 },
    ];
    const sut = nestByDepth(items);
    expect(sut.map((n) => n.item.id)).toEqual(['company', 'other']);
    expect(sut[0].children.map((n) => n.item.id)).toEqual(['dept', 'dept2']);
    expect(sut[0].children[0].children.map((n) => n.item.id)).toEqual(['team']);
  });

  it('hangs an item that skips a level from the nearest shallower one', () => {
    const sut = nestByDepth([
      { id: 'a', depth: 0 },
      { id: 'b', depth: 2 },
    ]);
    expect(sut[0].children[0].item.id).toBe('b');
  });
});
