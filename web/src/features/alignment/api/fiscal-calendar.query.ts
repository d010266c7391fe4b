import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { fiscalStartMonthOf } from '../../../lib/fiscal-calendar';

// The fiscal-year start month is a server setting; the quarter the server puts a day in tells it.
export const FiscalCalendarQuery = graphql(`
  query FiscalCalendar($day: Date!) {
    roadmap(from: $day, to: $day) {
      periods {
        label
        start
        end
      }
    }
  }
`);

/** The server's fiscal-year start month; null until known. */
export function useFiscalStartMonth(today: string): number | null {
  const { data, error } = useQuery(FiscalCalendarQuery, { variables: { day: today }, fetchPolicy: 'cache-first' });
  if (error) return 1;
  return data ? fiscalStartMonthOf(data.roadmap.periods[0]) : null;
}
