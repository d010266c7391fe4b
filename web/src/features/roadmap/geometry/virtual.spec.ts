import { nextRows, rowAt, visibleRows } from './virtual';

const rows = Array.from({ length: 1000 }, (_, i) => ({ top: i * 30, height: 30 }));

describe('row virtualisation', () => {
  it('finds the row under a y position', () => {
    expect(rowAt(rows, 0)).toBe(0);
    expect(rowAt(rows, 29)).toBe(0);
    expect(rowAt(rows, 30)).toBe(1);
    expect(rowAt(rows, 1_000_000)).toBe(999);
  });

  it('renders the rows on screen plus the overscan, never the whole list', () => {
    expect(visibleRows(rows, 3000, 600, 90)).toEqual([97, 124]);
    expect(visibleRows(rows, 0, 600, 0)).toEqual([0, 21]);
  });

  it('snaps the range to whole chunks, so a short scroll renders nothing new', () => {
    expect(visibleRows(rows, 3000, 600, 90, 8)).toEqual([96, 128]);
    expect(visibleRows(rows, 3060, 600, 90, 8)).toEqual([96, 128]);
  });

  it('stops at the ends', () => {
    expect(visibleRows(rows, 29_800, 600, 200)).toEqual([986, 1000]);
    expect(visibleRows([], 0, 600)).toEqual([0, 0]);
  });

  it('draws a jump (no row in view was drawn) without the overscan, and a short scroll with it', () => {
    // Rows 96-128 drawn; a fling lands on 3000 px further down: only the 20 rows in view.
    expect(nextRows(rows, 6000, 600, [96, 128], 90, 8)).toEqual([200, 221]);
    // A short scroll from there, or the same place once it rests: the overscan, in chunks.
    expect(nextRows(rows, 6030, 600, [200, 221], 90, 8)).toEqual([192, 232]);
    expect(nextRows(rows, 6000, 600, [200, 221], 90, 8)).toEqual([192, 224]);
    // Nothing drawn yet (the first rows): with the overscan.
    expect(nextRows(rows, 0, 600, [0, 0], 90, 8)).toEqual([0, 24]);
  });
});
