import { DynamicModule, ForwardReference, RequestMethod, Type } from '@nestjs/common';
import { Access, ACCESS_METADATA } from './access.decorators';

// Nest's own metadata keys (@nestjs/common and @nestjs/graphql constants).
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const PATH = 'path';
const METHOD = 'method';

export interface Operation {
  kind: 'Query' | 'Mutation' | 'REST';
  /** The field name, or "POST /auth/login". */
  name: string;
  /** What the handler declares; undefined: nothing (refused by the guard, and a test fails). */
  access: Access | undefined;
}

type ModuleRef = Type | DynamicModule | ForwardReference | Promise<DynamicModule>;

function classesOf(module: ModuleRef): { imports: ModuleRef[]; classes: Type[] } {
  if (module instanceof Promise) return { imports: [], classes: [] };
  if ('forwardRef' in module) return classesOf(module.forwardRef() as ModuleRef);
  const type = 'module' in module ? module.module : module;
  const dynamic: Partial<DynamicModule> = 'module' in module ? module : {};
  const read = <T>(key: string, extra: T[] = []): T[] => [...((Reflect.getMetadata(key, type) as T[] | undefined) ?? []), ...extra];
  const providers = read<unknown>('providers', dynamic.providers)
    .map((provider) => (typeof provider === 'function' ? provider : (provider as { useClass?: Type }).useClass))
    .filter((provider): provider is Type => typeof provider === 'function');
  return {
    imports: read<ModuleRef>('imports', dynamic.imports as ModuleRef[]),
    classes: [...providers, ...read<Type>('controllers', dynamic.controllers)],
  };
}

function join(...parts: string[]): string {
  return (
    '/' +
    parts
      .flatMap((part) => part.split('/'))
      .filter(Boolean)
      .join('/')
  );
}

function operationsOf(type: Type): Operation[] {
  const prototype = type.prototype as object;
  const controllerPath = Reflect.getMetadata(PATH, type) as string | undefined;
  return Object.getOwnPropertyNames(prototype).flatMap((method): Operation[] => {
    // The descriptor, not the property: reading a getter of a framework class would run it.
    const handler: unknown = Object.getOwnPropertyDescriptor(prototype, method)?.value;
    if (method === 'constructor' || typeof handler !== 'function') return [];
    const access = Reflect.getMetadata(ACCESS_METADATA, handler) as Access | undefined;
    const resolverType = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
    if (resolverType === 'Query' || resolverType === 'Mutation')
      return [{ kind: resolverType, name: (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method, access }];
    const verb = Reflect.getMetadata(METHOD, handler) as RequestMethod | undefined;
    if (controllerPath === undefined || verb === undefined) return [];
    return [{ kind: 'REST', name: `${RequestMethod[verb]} ${join(controllerPath, Reflect.getMetadata(PATH, handler) as string)}`, access }];
  });
}

/** Every Query, Mutation and REST route of the app's modules, read from their decorators (no app needed). */
export function declaredOperations(root: ModuleRef): Operation[] {
  const seenModules = new Set<unknown>();
  const seenClasses = new Set<Type>();
  const operations: Operation[] = [];
  const visit = (module: ModuleRef) => {
    if (seenModules.has(module)) return;
    seenModules.add(module);
    const { imports, classes } = classesOf(module);
    for (const type of classes.filter((type) => !seenClasses.has(type))) {
      seenClasses.add(type);
      operations.push(...operationsOf(type));
    }
    imports.forEach(visit);
  };
  visit(root);
  return operations;
}
