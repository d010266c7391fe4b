import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@throughline/shared';
import { apiErrors, errorCode, fieldErrors, hasErrorCode, unplacedErrors } from './errors';

function graphQLError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

describe('API error helpers', () => {
  it('reads code and field from extensions', () => {
    const sut = graphQLError('input.endDate: must not be before startDate', { code: 'BAD_USER_INPUT', field: 'input.endDate' });
    expect(apiErrors(sut)).toEqual([
      { message: 'input.endDate: must not be before startDate', code: 'BAD_USER_INPUT', field: 'input.endDate', fields: undefined },
    ]);
    expect(errorCode(sut)).toBe('BAD_USER_INPUT');
    expect(hasErrorCode(sut, ErrorCode.CONFLICT)).toBe(false);
  });

  it('places each validation message at the field it names', () => {
    const sut = graphQLError('input.title: must be shorter; input.endDate: must be a date', {
      code: 'BAD_USER_INPUT',
      field: 'input.title',
      fields: ['input.title', 'input.endDate'],
    });
    expect(fieldErrors(sut)).toEqual({ title: 'must be shorter', endDate: 'must be a date' });
  });

  it('leaves errors about fields the form lacks to a banner', () => {
    const sut = graphQLError('Initiative 1 was changed by someone else', { code: 'CONFLICT', field: 'input.version' });
    expect(hasErrorCode(sut, ErrorCode.CONFLICT)).toBe(true);
    expect(unplacedErrors(sut, ['title'])).toHaveLength(1);
    expect(unplacedErrors(graphQLError('bad', { code: 'BAD_USER_INPUT', field: 'input.title' }), ['title'])).toHaveLength(0);
  });

  it('reads plain errors and nothing', () => {
    expect(apiErrors(new Error('Failed to fetch'))).toEqual([{ message: 'Failed to fetch' }]);
    expect(apiErrors(undefined)).toEqual([]);
  });
});
