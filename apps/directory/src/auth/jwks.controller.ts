import { Controller, Get, Header, Inject } from '@nestjs/common';
import { SIGNING_KEYS } from './auth.service';
import { SigningKeys } from './signing-keys';

/** Every service verifies tokens itself from these public keys (ARCHITECTURE.md, Auth). */
@Controller('.well-known')
export class JwksController {
  constructor(@Inject(SIGNING_KEYS) private readonly keys: SigningKeys) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  jwks() {
    return this.keys.jwks;
  }
}
