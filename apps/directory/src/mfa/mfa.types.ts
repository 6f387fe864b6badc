import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An authenticator app being set up: scan the QR code, or type the secret in' })
export class MfaEnrolment {
  @Field() secret: string;
  @Field() otpauthUri: string;
  @Field({ description: 'A PNG data URL of otpauthUri' }) qrCode: string;
}

@ObjectType()
export class MfaStatus {
  @Field() enabled: boolean;
  @Field({ description: 'A trust you belong to requires it for your role: it cannot be turned off' })
  required: boolean;
  @Field(() => Int) recoveryCodesLeft: number;
}

@ObjectType()
export class SecuritySettings {
  @Field({ description: "The trust's IT directors and engineers sign in with a second step" })
  mfaRequired: boolean;
}
