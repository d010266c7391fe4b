import { Args, ID } from '@nestjs/graphql';
import { PipeTransform } from '@nestjs/common';
import { DomainError } from './domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function assertUuid(field: string, value: unknown): string {
  if (!isUuid(value)) throw DomainError.badInput(field, `${JSON.stringify(value).slice(0, 60)} is not a valid id`);
  return value;
}

class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    return assertUuid(this.field, value);
  }
}

/** An `ID!` argument that must be a well-formed id (BAD_USER_INPUT otherwise). */
export function IdArg(name: string, description: string): ParameterDecorator {
  return Args(name, { type: () => ID, description }, new UuidPipe(name));
}
