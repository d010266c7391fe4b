import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, Role } from '@throughline/shared';
import { Public, Requires } from './access.decorators';
import { AuthGuard } from './auth.guard';
import { Caller } from './caller';
import { CallerResolver } from './caller-resolver';

class Handlers {
  undeclared() {}
  @Public()
  open() {}
  @Requires(Role.EDITOR)
  edit() {}
}

function contextFor(handler: keyof Handlers): ExecutionContext {
  const req = { method: 'GET', get: () => undefined };
  return {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

function guardFor(caller: Caller | null): AuthGuard {
  return new AuthGuard(new Reflector(), { callerOf: async () => caller } as unknown as CallerResolver);
}

const editor: Caller = { kind: 'USER', role: Role.EDITOR, userId: 'u', name: 'E' };

describe('AuthGuard', () => {
  it('refuses a handler that declares no role, whoever calls (default deny)', async () => {
    await expect(guardFor({ ...editor, role: Role.ADMIN }).canActivate(contextFor('undeclared'))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
      message: expect.stringContaining('Handlers.undeclared declares no role'),
    });
  });

  it('lets anyone through to a public handler', async () => {
    await expect(guardFor(null).canActivate(contextFor('open'))).resolves.toBe(true);
  });

  it('answers UNAUTHENTICATED without a caller and FORBIDDEN below the declared role', async () => {
    await expect(guardFor(null).canActivate(contextFor('edit'))).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    await expect(guardFor({ ...editor, role: Role.VIEWER }).canActivate(contextFor('edit'))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    await expect(guardFor(editor).canActivate(contextFor('edit'))).resolves.toBe(true);
  });
});
