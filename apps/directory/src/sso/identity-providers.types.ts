import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ProviderKindEnum {
  MICROSOFT = 'MICROSOFT',
  GOOGLE = 'GOOGLE',
  OIDC = 'OIDC',
}
registerEnumType(ProviderKindEnum, {
  name: 'IdentityProviderKind',
  description: 'MICROSOFT: Entra ID (Microsoft 365); GOOGLE: Google Workspace; OIDC: any OpenID Connect provider',
});

@ObjectType({ description: "One of the trust's identity providers; its client secret is never shown" })
export class IdentityProvider {
  @Field(() => ID) id: string;
  @Field(() => ProviderKindEnum) kind: ProviderKindEnum;
  @Field({ description: 'On the sign-in button: "Continue with …"' }) label: string;
  @Field(() => [String], { description: 'MICROSOFT: the Entra tenant ids (tid) allowed' }) tenantIds: string[];
  @Field(() => String, { nullable: true, description: 'GOOGLE: the Workspace domain the hd claim must equal' })
  hostedDomain: string | null;
  @Field(() => String, { nullable: true, description: 'OIDC: the issuer URL' }) issuer: string | null;
  @Field() clientId: string;
  @Field(() => [String], { description: 'Email domains it signs in' }) emailDomains: string[];
  @Field({ description: 'Sign-in may add a person of these domains as STAFF; off by default' })
  allowNewMembers: boolean;
  @Field({ description: 'People of these domains may still sign in with a password' }) passwordSignIn: boolean;
  @Field() enabled: boolean;
  @Field({ description: 'The redirect URI to register at the provider' }) redirectUri: string;
  @Field() updatedAt: Date;
}

@InputType()
export class IdentityProviderInput {
  @Field(() => ID, { nullable: true, description: 'To change a provider; absent adds one' }) id?: string | null;
  @Field(() => ProviderKindEnum) kind: ProviderKindEnum;
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => [String], { nullable: true }) tenantIds?: string[] | null;
  @Field(() => String, { nullable: true }) hostedDomain?: string | null;
  @Field(() => String, { nullable: true }) issuer?: string | null;
  @Field() clientId: string;
  @Field(() => String, {
    nullable: true,
    description: 'Required when adding; when changing, absent keeps the one held (give a new one to rotate it)',
  })
  clientSecret?: string | null;
  @Field(() => [String]) emailDomains: string[];
  @Field(() => Boolean, { nullable: true }) allowNewMembers?: boolean | null;
  @Field(() => Boolean, { nullable: true }) passwordSignIn?: boolean | null;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean | null;
}

@ObjectType({ description: 'A way to continue signing in, for the domain of the email typed' })
export class SignInChoice {
  @Field(() => ID) providerId: string;
  @Field(() => ProviderKindEnum) kind: ProviderKindEnum;
  @Field() label: string;
  @Field() trustName: string;
}

@ObjectType()
export class SignInOptions {
  @Field(() => [SignInChoice]) providers: SignInChoice[];
  @Field({ description: 'False when every trust serving this domain turned passwords off for it' })
  password: boolean;
}

@ObjectType({
  description: "An email domain of the trust's providers, and the DNS record that shows the trust owns it",
})
export class EmailDomainStatus {
  @Field() domain: string;
  @Field({ description: "Shown to be the trust's: its providers are offered on the sign-in page for it" })
  verified: boolean;
  @Field({ description: 'Where the TXT record goes' }) recordName: string;
  @Field({ description: 'What the TXT record says' }) recordValue: string;
  @Field(() => Date, { nullable: true }) checkedAt: Date | null;
}
