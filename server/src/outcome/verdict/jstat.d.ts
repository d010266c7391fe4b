// jstat ships no types: declare the one function we use (Student's t quantile).
declare module 'jstat' {
  export const jStat: {
    studentt: { inv(p: number, dof: number): number };
  };
}
