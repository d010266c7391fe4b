import { parse } from 'graphql';
import { documentFingerprint, variableFingerprint } from './operation-fingerprint';

const fingerprint = (text: string) => documentFingerprint(parse(text).definitions);

describe('documentFingerprint', () => {
  const sut = `query Q($from: Date!) { roadmap(from: $from, to: $from) { lanes { ...Lane } } } fragment Lane on RoadmapLane { key title }`;

  it('ignores layout, comments, __typename and the order of fragments', () => {
    const same = `# the roadmap
      fragment Lane on RoadmapLane { __typename key title }
      query Q($from: Date!) { roadmap(from: $from, to: $from) { __typename lanes { __typename ...Lane } } }`;
    expect(fingerprint(same)).toBe(fingerprint(sut));
  });

  it('tells apart any other field, alias, argument, directive or operation name', () => {
    for (const other of [
      sut.replace('key title', 'key title initiatives { id }'),
      sut.replace('key title', 'key name: title'),
      sut.replace('key title', 'key title __typename: key'),
      sut.replace('to: $from', 'to: "2099-01-01"'),
      sut.replace('lanes {', 'lanes @include(if: true) {'),
      sut.replace('query Q', 'query R'),
    ])
      expect(fingerprint(other)).not.toBe(fingerprint(sut));
  });

  it('wants exactly one operation', () => {
    expect(() => fingerprint(`${sut} query P { me { id } }`)).toThrow('expected one operation');
  });
});

describe('variableFingerprint', () => {
  it('sorts keys, treats null and absent alike, writes dates as ISO text and keeps list order', () => {
    expect(variableFingerprint({ b: [2, 1], a: null, c: { y: 1, x: undefined } })).toBe('{"b":[2,1],"c":{"y":1}}');
    expect(variableFingerprint(undefined)).toBe('null');
    expect(variableFingerprint(new Date('2027-01-01T00:00:00Z'))).toBe('"2027-01-01T00:00:00.000Z"');
    expect(variableFingerprint([1, 2])).not.toBe(variableFingerprint([2, 1]));
  });
});
