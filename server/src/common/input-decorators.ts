import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDefined, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';

// class-validator messages start with the property name: the validation pipe swaps that word
// for the full path ("input.title: must not be blank").

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const trimBlankToNull = Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value));

/** Only validated when given: an omitted field keeps its value in an update. */
const WhenGiven = () => ValidateIf((_object, value) => value !== undefined);

function text(field: string, max: number) {
  return [IsString({ message: `${field} must be text` }), MaxLength(max, { message: `${field} must be at most ${max} characters` })];
}

/** A required string, trimmed; blank is refused. */
export function RequiredText(field: string, max: number): PropertyDecorator {
  return applyDecorators(trim, IsNotEmpty({ message: `${field} must not be blank` }), ...text(field, max));
}

/** A required string in an update: may be omitted, but not null or blank. */
export function ChangedText(field: string, max: number): PropertyDecorator {
  return applyDecorators(NotNullWhenGiven(field), RequiredText(field, max));
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

/** A whole number in [min, max]; in an update (`changed`) it may be omitted but not null. */
export function IntInRange(field: string, min: number, max: number, changed = false): PropertyDecorator {
  const range = [
    IsInt({ message: `${field} must be a whole number` }),
    Min(min, { message: `${field} must be from ${min} to ${max}` }),
    Max(max, { message: `${field} must be from ${min} to ${max}` }),
  ];
  return changed ? applyDecorators(NotNullWhenGiven(field), ...range) : applyDecorators(...range);
}

/** A non-nullable field of an update (an enum, a number): may be omitted, but not null. */
export function NotNullWhenGiven(field: string): PropertyDecorator {
  return applyDecorators(WhenGiven(), IsDefined({ message: `${field} must not be null; omit it to keep it` }));
}
