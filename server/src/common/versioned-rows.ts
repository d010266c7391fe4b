import { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError } from './domain-error';

interface Versioned {
  id: string;
  version: number;
}

/** The row an input references, or NOT_FOUND naming the input field. */
export async function requireRow<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  field: string,
): Promise<T> {
  const row = await manager.findOneBy(entity, { id } as FindOptionsWhere<T>);
  if (!row) throw DomainError.notFound(label, id, field);
  return row;
}

/** The row an update starts from: NOT_FOUND when missing, CONFLICT when the client's version is stale. */
export async function rowAtVersion<T extends Versioned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  input: Versioned,
): Promise<T> {
  const row = await requireRow(manager, entity, label, input.id, 'input.id');
  if (row.version !== input.version) throw DomainError.conflict(label, input.id);
  return row;
}

/**
 * Applies `changes` only if the row is still at `version`, bumping it. The condition sits in
 * the UPDATE itself, so of two requests racing with the same version exactly one matches.
 */
export async function updateAtVersion<T extends Versioned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  input: Versioned,
  changes: QueryDeepPartialEntity<T>,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :version', { id: input.id, version: input.version })
    .execute();
  if (!result.affected) {
    await rowAtVersion(manager, entity, label, input);
    throw DomainError.conflict(label, input.id);
  }
  return manager.findOneByOrFail(entity, { id: input.id } as FindOptionsWhere<T>);
}

/** The fields of an update input that were given: undefined means "keep", null means "clear". */
export function givenFields<I extends object, K extends keyof I>(input: I, keys: readonly K[]): Partial<Pick<I, K>> {
  const changes: Partial<Pick<I, K>> = {};
  for (const key of keys) if (input[key] !== undefined) changes[key] = input[key];
  return changes;
}
