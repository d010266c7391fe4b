import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ErrorCode, roleAtLeast } from '@throughline/shared';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { operationFingerprint, variableFingerprint } from '../common/operation-fingerprint';
import { DomainError } from '../common/domain-error';
import { Access, ACCESS_METADATA } from './access.decorators';
import { Caller, WithCaller } from './caller';
import { CallerResolver } from './caller-resolver';

type CallerRequest = Request & WithCaller;

function requestOf(context: ExecutionContext): CallerRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: CallerRequest }>().req;
  return context.switchToHttp().getRequest<CallerRequest>();
}

function operationName(context: ExecutionContext): string {
  return `${context.getClass().name}.${context.getHandler().name}`;
}

// A cross-site form can POST with the browser's cookie but cannot set this header; scripts with a
// token need not send it (the contract's Access section).
function assertNotCrossSiteForm(context: ExecutionContext, req: CallerRequest, caller: Caller): void {
  if (context.getType<string>() !== 'http' || caller.kind !== 'USER' || ['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return;
  if (req.get('x-requested-with') !== 'XMLHttpRequest')
    throw new DomainError(ErrorCode.FORBIDDEN, 'A change made with a session cookie needs the header X-Requested-With: XMLHttpRequest');
}

// A share link answers only its view's own operations, with the link's own parameters: the whole
// document (nested fields too) must be one the scope names, and each variable it declares must
// have the value the scope pins.
function withinScope(context: ExecutionContext, caller: Caller): boolean {
  if (!caller.scope) return true;
  if (context.getType<string>() !== 'graphql') return false;
  const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
  const document = operationFingerprint(info.operation, Object.values(info.fragments));
  const allowed = caller.scope.find((operation) => operation.document === document);
  return (
    !!allowed &&
    (info.operation.variableDefinitions ?? []).every((definition) => {
      const name = definition.variable.name.value;
      return variableFingerprint(info.variableValues[name]) === (allowed.variables[name] ?? variableFingerprint(null));
    })
  );
}

/**
 * Every Query, Mutation and REST route passes here (APP_GUARD). It finds the caller and enforces
 * what the handler declares with @Requires or @Public; a handler that declares nothing is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly callers: CallerResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.get<Access | undefined>(ACCESS_METADATA, context.getHandler());
    const req = requestOf(context);
    if (access === 'PUBLIC') {
      // GraphQL's public field (`me`) answers by the caller; REST's public routes need none.
      if (context.getType<string>() === 'graphql') await this.callers.callerOf(req);
      return true;
    }
    if (!access) throw new DomainError(ErrorCode.FORBIDDEN, `${operationName(context)} declares no role, so nobody may call it`);
    const caller = await this.callers.callerOf(req);
    if (!caller) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in, or send an API token (Authorization: Bearer tl_…)');
    if (!withinScope(context, caller))
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'A share link answers only the view it was made for; sign in for anything else');
    if (!roleAtLeast(caller.role, access))
      throw new DomainError(ErrorCode.FORBIDDEN, `This needs the ${access} role; yours is ${caller.role}`);
    assertNotCrossSiteForm(context, req, caller);
    return true;
  }
}
