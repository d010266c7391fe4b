/** Length limits shared by the database, the API validation and the web forms. */
export const LIMITS = {
  title: 300,
  name: 200,
  owner: 200,
  unit: 20,
  description: 20_000,
  search: 200,
  teamKey: { min: 2, max: 10, pattern: /^[A-Z0-9]{2,10}$/ },
  pageSize: 500,
  /** RFC 5321's longest address. */
  email: 320,
  /** Long enough to resist guessing, short enough that hashing cannot be abused. */
  password: { min: 12, max: 256 },
} as const;
