import { types } from 'pg';

// `date` columns stay "YYYY-MM-DD" strings: a JS Date would shift them by the process time zone.
const DATE_OID = 1082;
types.setTypeParser(DATE_OID, (value) => value);
// Counts come back as bigint strings; they always fit a JS number here.
const INT8_OID = 20;
types.setTypeParser(INT8_OID, (value) => Number(value));
