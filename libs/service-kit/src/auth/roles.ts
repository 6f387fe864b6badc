import {
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../errors/domain-error';
import { Capability, rolesWith } from '@trustops/contracts';
import { Actor, Role } from './actor';

const ROLES_KEY = 'trustops:roles';
const CAPABILITY_KEY = 'trustops:capability';
const PUBLIC_KEY = 'trustops:public';

/** Only the roles that hold `capability` (libs/contracts capabilities.ts) may call the resolver. */
export const Can = (capability: Capability) =>
  applyDecorators(SetMetadata(ROLES_KEY, rolesWith(capability)), SetMetadata(CAPABILITY_KEY, capability));
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
    const roles = this.reflector.getAllAndOverride<readonly Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role)) {
      const capability = this.reflector.getAllAndOverride<Capability | undefined>(CAPABILITY_KEY, targets);
      throw forbidden(`Your role (${actor.role}) cannot do this; it needs ${roles.join(' or ')}`, {
        requiredRoles: roles,
        capability,
      });
    }
    return true;
  }
}
