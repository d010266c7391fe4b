import { dragModeAt, keyboardStep, shiftSpan } from './reschedule';

const span = { startDay: 100, endDay: 120 };

describe('rescheduling a bar', () => {
  it('moves both dates together', () => {
    expect(shiftSpan(span, 'move', -7)).toEqual({ startDay: 93, endDay: 113 });
  });

  it('resizes one end without crossing the other', () => {
    expect(shiftSpan(span, 'end', 5)).toEqual({ startDay: 100, endDay: 125 });
    expect(shiftSpan(span, 'end', -40)).toEqual({ startDay: 100, endDay: 100 });
    expect(shiftSpan(span, 'start', 30)).toEqual({ startDay: 120, endDay: 120 });
  });

  it('resizes when grabbed near an end, moves in the middle', () => {
    const ends = { clippedStart: false, clippedEnd: false };
    expect(dragModeAt(3, 200, ends)).toBe('start');
    expect(dragModeAt(195, 200, ends)).toBe('end');
    expect(dragModeAt(100, 200, ends)).toBe('move');
    expect(dragModeAt(6, 12, ends)).toBe('move');
  });

  it('does not resize an end hidden beyond the window', () => {
    expect(dragModeAt(2, 200, { clippedStart: true, clippedEnd: false })).toBe('move');
  });

  it('maps arrow keys to week steps', () => {
    const none = { shiftKey: false, altKey: false };
    expect(keyboardStep('ArrowRight', none)).toEqual({ mode: 'move', days: 7 });
    expect(keyboardStep('ArrowLeft', { shiftKey: true, altKey: false })).toEqual({ mode: 'end', days: -7 });
    expect(keyboardStep('ArrowRight', { shiftKey: false, altKey: true })).toEqual({ mode: 'start', days: 7 });
    expect(keyboardStep('Enter', none)).toBeNull();
  });
});
