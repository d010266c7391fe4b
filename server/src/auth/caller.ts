import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ActorKind, Role } from '@throughline/shared';

/** Who is calling, as the auth guard resolved it for this request. */
export interface Caller {
  kind: 'USER' | 'API_TOKEN' | 'SHARE_LINK';
  /** What the caller may do (for a token: the lower of its role and its owner's). */
  role: Role;
  /** The signed-in user, or the token's owner; null for a share link. */
  userId: string | null;
  /** Shown in the audit trail: "Priya Raman", "token ci-push (Priya Raman)". */
  name: string;
  tokenId?: string;
  shareLinkId?: string;
  /**
   * A share link's caller may run only these operations, each with exactly these variables
   * (common/operation-fingerprint.ts); anything else is UNAUTHENTICATED.
   */
  scope?: readonly ScopedOperation[];
}

/**
 * One operation a scoped caller may run: its document's fingerprint, and the value (as
 * variableFingerprint text) each variable the document declares must have; a declared variable
 * not named here must be null or absent.
 */
export interface ScopedOperation {
  document: string;
  variables: Readonly<Record<string, string>>;
}

/** Who made a change, as the audit trail records it. */
export interface Actor {
  kind: ActorKind;
  name: string;
  userId: string | null;
  tokenId: string | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: Actor = { kind: ActorKind.SYSTEM, name: 'System', userId: null, tokenId: null, requestId: null };

/** The audit trail's actor for a caller's change. */
export function actorOf(caller: Caller, requestId: string | null): Actor {
  return {
    kind: caller.kind === 'API_TOKEN' ? ActorKind.API_TOKEN : ActorKind.USER,
    name: caller.name,
    userId: caller.userId,
    tokenId: caller.tokenId ?? null,
    requestId,
  };
}

/** Where the guard leaves the caller: on the HTTP request, for GraphQL and REST alike. */
export interface WithCaller {
  caller?: Caller;
  requestId?: string;
}

function requestOf(context: ExecutionContext): WithCaller {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: WithCaller }>().req;
  return context.switchToHttp().getRequest<WithCaller>();
}

/** The caller of this request (resolver or controller parameter). */
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller | undefined => requestOf(context).caller,
);

/** The audit actor of this request: the caller with the request id. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = requestOf(context);
  if (!request.caller) throw new Error('no caller on this request: is the operation missing its role declaration?');
  return actorOf(request.caller, request.requestId ?? null);
});
