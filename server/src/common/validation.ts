import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode } from '@throughline/shared';
import { DomainError } from './domain-error';

function flatten(errors: ValidationError[], prefix: string): Array<{ field: string; problem: string }> {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((problem) => ({ field, problem }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Validates every @Args input class with class-validator; a failure is BAD_USER_INPUT whose
 * message and `extensions.fields` name each offending field ("input.title: …").
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const problems = flatten(errors, 'input');
      const message = problems.map((p) => `${p.field}: ${p.problem.replace(/^\S+ /, '')}`).join('; ');
      return new DomainError(ErrorCode.BAD_USER_INPUT, message, {
        field: problems[0]?.field,
        fields: problems.map((p) => p.field),
      });
    },
  });
}
