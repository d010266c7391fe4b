import { applyDecorators, Type } from '@nestjs/common';
import { PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDefined, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';

// class-validator messages start with the property name: the validation pipe swaps that word
// for the full path ("input.title: must not be blank").

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const trimBlankToNull = Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value));

/** Only validated when given: an omitted field keeps its value in an update. */
const WhenGiven = () => ValidateIf((_object, value) => value !== undefined);

/**
 * The update input made from a create input: every field optional, its validation kept. An
 * omitted field stays as it is; an explicit null is still validated (skipNullProperties: false),
 * so it clears a nullable field and is refused where the create input has @NotNull.
 */
export function ChangesOf<T>(createInput: Type<T>): Type<Partial<T>> {
  return PartialType(createInput, { skipNullProperties: false });
}

function text(field: string, max: number) {
  return [IsString({ message: `${field} must be text` }), MaxLength(max, { message: `${field} must be at most ${max} characters` })];
}

/**
 * Refuses null. GraphQL already refuses null for a required field of a create input, so this
 * bites in its ChangesOf update, where the field may be omitted but not null.
 */
export function NotNull(field: string): PropertyDecorator {
  return IsDefined({ message: `${field} must not be null; omit it to keep it` });
}

/** A field declared only on an update input that may be omitted but not null (an enum with a create-time default). */
export function NotNullWhenGiven(field: string): PropertyDecorator {
  return applyDecorators(WhenGiven(), NotNull(field));
}

/** A required string, trimmed; null and blank are refused. */
export function RequiredText(field: string, max: number): PropertyDecorator {
  return applyDecorators(NotNull(field), trim, IsNotEmpty({ message: `${field} must not be blank` }), ...text(field, max));
}

/** A nullable string: trimmed, blank stored as null, null clears it. */
export function OptionalText(field: string, max: number): PropertyDecorator {
  return applyDecorators(trimBlankToNull, IsOptional(), ...text(field, max));
}

/** A nullable reference to another record; null clears it. */
export function OptionalId(field: string): PropertyDecorator {
  return applyDecorators(IsOptional(), IsUUID('all', { message: `${field} must be a valid id` }));
}

/** A required reference to another record. */
export function RequiredId(field: string): PropertyDecorator {
  return IsUUID('all', { message: `${field} must be a valid id` });
}

/** A whole number in [min, max]. */
export function IntInRange(field: string, min: number, max: number): PropertyDecorator {
  return applyDecorators(
    IsInt({ message: `${field} must be a whole number` }),
    Min(min, { message: `${field} must be from ${min} to ${max}` }),
    Max(max, { message: `${field} must be from ${min} to ${max}` }),
  );
}
