import { CanActivate, ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../errors/domain-error';
import { Actor, Role } from './actor';

const ROLES_KEY = 'trustops:roles';
const PUBLIC_KEY = 'trustops:public';

/** Only these roles may call the resolver. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** No token needed (sign-in). Everything else needs one. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = GqlExecutionContext.create(ctx).getContext<{ actor?: Actor | null }>().actor;
  if (!actor) throw unauthenticated();
  return actor;
});

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const actor = GqlExecutionContext.create(context).getContext<{ actor?: Actor | null }>().actor;
    if (!actor) throw unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role)) {
      throw forbidden(`Your role (${actor.role}) cannot do this; it needs ${roles.join(' or ')}`, {
        requiredRoles: roles,
      });
    }
    return true;
  }
}
