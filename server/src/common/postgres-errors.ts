import { ErrorCode } from '@throughline/shared';
import { DomainError } from './domain-error';

// Services validate input first; these map what Postgres still refuses (a race, or a bug that
// slipped past validation) to a client error naming the constraint instead of a 500.
const CONSTRAINT_FIELDS: Record<string, string> = {
  uq_team_key: 'input.key',
  ck_team_key: 'input.key',
  ck_goal_dates: 'input.targetDate',
  ck_initiative_dates: 'input.endDate',
  ck_initiative_effort: 'input.effortWeeks',
  ck_risk_likelihood: 'input.likelihood',
  ck_risk_impact: 'input.impact',
  ck_metric_target_direction: 'input.target',
  ck_metric_target_differs: 'input.target',
  uq_users_email: 'input.email',
};

interface PostgresError {
  code?: string;
  constraint?: string;
  column?: string;
}

export function domainErrorFromPostgres(error: unknown): DomainError | null {
  const pgError = (error as { driverError?: PostgresError })?.driverError ?? (error as PostgresError);
  if (!pgError || typeof pgError.code !== 'string') return null;
  const field = (pgError.constraint && CONSTRAINT_FIELDS[pgError.constraint]) ?? pgError.column;
  switch (pgError.code) {
    case '23505':
      return new DomainError(ErrorCode.BAD_USER_INPUT, `${field ?? 'input'}: already taken`, { field, constraint: pgError.constraint });
    case '23514':
    case '23502':
      return new DomainError(ErrorCode.BAD_USER_INPUT, `${field ?? 'input'}: not allowed (${pgError.constraint ?? 'constraint'})`, {
        field,
        constraint: pgError.constraint,
      });
    case '23503':
      return new DomainError(ErrorCode.NOT_FOUND, `a referenced record does not exist (${pgError.constraint ?? 'foreign key'})`, { field });
    case '22001':
      return new DomainError(ErrorCode.BAD_USER_INPUT, `${field ?? 'input'}: too long`, { field });
    default:
      return null;
  }
}
