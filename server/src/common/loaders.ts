import DataLoader from 'dataloader';
import { In, ObjectLiteral, Repository } from 'typeorm';

// The building blocks of the per-request DataLoaders. Each feature builds its own from them in
// its <feature>.loaders.ts; graphql-context.ts composes them into one request's context.

export type Row = ObjectLiteral & { id: string };

/**
 * One row per id (null when missing), in one `WHERE id IN (…)` per batch. `get` also answers
 * synchronously for rows the request already holds (loaded or primed), which spares a hot
 * relation field a promise per parent: a year's roadmap asks for 5,000 lead teams.
 */
export class RowLoader<T extends Row> extends DataLoader<string, T | null> {
  private readonly known: Map<string, T | null>;

  constructor(repository: Repository<T>) {
    const known = new Map<string, T | null>();
    super(async (ids) => {
      const rows = await repository.findBy({ id: In([...ids]) } as never);
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => {
        const row = found.get(id) ?? null;
        known.set(id, row);
        return row;
      });
    });
    this.known = known;
  }

  /** The row (or null) when this request already has it, else a promise of it. */
  get(id: string): T | null | Promise<T | null> {
    const row = this.known.get(id);
    return row !== undefined ? row : this.load(id);
  }

  override prime(id: string, value: T | null | PromiseLike<T | null> | Error): this {
    const settled = value === null || !(value instanceof Error || 'then' in value);
    if (settled && !this.known.has(id)) this.known.set(id, value as T | null);
    return super.prime(id, value);
  }

  override clear(id: string): this {
    this.known.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }
}

export function byId<T extends Row>(repository: Repository<T>): RowLoader<T> {
  return new RowLoader(repository);
}

/** The rows whose `keyColumn` is each key, in one query per batch, ordered as `order` says. */
export function groupedBy<T extends ObjectLiteral>(
  repository: Repository<T>,
  keyProperty: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await repository.find({ where: { [keyProperty]: In([...keys]) } as never, order: order as never });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[keyProperty] as string)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Follows a link table from each key to the rows it points at, through their byId loader. */
export function linked<L extends ObjectLiteral, T extends Row>(
  links: DataLoader<string, L[]>,
  target: keyof L & string,
  targets: DataLoader<string, T | null>,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = await links.loadMany(keys);
    const allIds = [...new Set(groups.flatMap((group) => (group instanceof Error ? [] : group.map((link) => link[target] as string))))];
    const rows = await targets.loadMany(allIds);
    const found = new Map(allIds.map((id, i) => [id, rows[i]]));
    return groups.map((group) => {
      if (group instanceof Error) return group;
      return group.map((link) => found.get(link[target] as string)).filter((row): row is T => !!row && !(row instanceof Error));
    });
  });
}

/** The lists of `loader`, each in the order `compare` gives: a relation's order lives with its loader. */
export function sortedLists<K, T, C = K>(loader: DataLoader<K, T[], C>, compare: (a: T, b: T) => number): DataLoader<K, T[], C> {
  return new DataLoader<K, T[], C>(
    async (keys) => (await loader.loadMany(keys)).map((list) => (list instanceof Error ? list : [...list].sort(compare))),
    { cache: false },
  );
}

export interface NewestKey {
  key: string;
  take: number;
}

const newestKeyOf = (key: NewestKey) => `${key.key}|${key.take}`;

/**
 * The newest `take` rows (by created_at, then id) of each key, e.g. the runs of a connection:
 * one query per distinct `take` in a batch. `keyColumn` is the key's column, `keyProperty` its property.
 */
export function newestOfEach<T extends Row & { createdAt: Date }>(
  repository: Repository<T>,
  keyProperty: keyof T & string,
  keyColumn: string,
): DataLoader<NewestKey, T[], string> {
  return new DataLoader(
    async (keys) => {
      const found = new Map<string, T[]>(keys.map((key) => [newestKeyOf(key), []]));
      for (const take of new Set(keys.map((key) => key.take))) {
        const ids = keys.filter((key) => key.take === take).map((key) => key.key);
        const ranked = repository
          .createQueryBuilder('r')
          .select('r.id', 'id')
          .addSelect(`row_number() OVER (PARTITION BY r.${keyColumn} ORDER BY r.created_at DESC, r.id DESC)`, 'rank')
          .where(`r.${keyColumn} = ANY(:ids)`, { ids });
        const rows = await repository
          .createQueryBuilder('row')
          .innerJoin(`(${ranked.getQuery()})`, 'ranked', 'ranked.id = row.id AND ranked.rank <= :take', { take })
          .setParameters(ranked.getParameters())
          .orderBy('row.createdAt', 'DESC')
          .addOrderBy('row.id', 'DESC')
          .getMany();
        for (const row of rows) found.get(newestKeyOf({ key: row[keyProperty] as string, take }))?.push(row);
      }
      return keys.map((key) => found.get(newestKeyOf(key)) ?? []);
    },
    { cacheKeyFn: newestKeyOf },
  );
}
