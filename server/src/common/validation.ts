import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode } from '@throughline/shared';
import { DomainError } from './domain-error';

interface Problem {
  field: string;
  problem: string;
}

function flatten(errors: ValidationError[], prefix: string): Problem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((problem) => ({ field, problem }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Carries class-validator's findings out of ValidationPipe, before the argument name is known. */
class InvalidArgument extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('invalid argument');
  }
}

/**
 * Validates every @Args class with class-validator; a failure is BAD_USER_INPUT whose message
 * and `extensions.fields` name each offending field by its argument ("input.title", "filter.search").
 */
class ArgumentValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      forbidUnknownValues: false,
      stopAtFirstError: true,
      exceptionFactory: (errors) => new InvalidArgument(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof InvalidArgument)) throw error;
      // An @ArgsType class (`@Args()` without a name) holds top-level arguments: no prefix.
      const problems = flatten(error.errors, metadata.data ?? '');
      const message = problems.map((p) => `${p.field}: ${p.problem.replace(/^\S+ /, '')}`).join('; ');
      throw new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: problems[0]?.field, fields: problems.map((p) => p.field) });
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe();
}
