import { graphql } from '../../../gql';

export const VerifySignInDocument = graphql(`
  mutation VerifySignIn($challenge: String!, $code: String!) {
    verifySignIn(challenge: $challenge, code: $code) {
      ...SessionPayload
      recoveryCodes
    }
  }
`);

export const MfaEnrolmentDocument = graphql(`
  mutation MfaEnrolment($challenge: String) {
    mfaEnrolment(challenge: $challenge) {
      secret
      otpauthUri
      qrCode
    }
  }
`);

export const ConfirmMfaDocument = graphql(`
  mutation ConfirmMfa($code: String!) {
    confirmMfa(code: $code)
  }
`);

export const TurnOffMfaDocument = graphql(`
  mutation TurnOffMfa($code: String!) {
    turnOffMfa(code: $code)
  }
`);

export const MfaStatusDocument = graphql(`
  query MfaStatus {
    mfaStatus {
      enabled
      required
      recoveryCodesLeft
    }
  }
`);

export const SecuritySettingsDocument = graphql(`
  query SecuritySettings {
    securitySettings {
      mfaRequired
    }
  }
`);

export const SetMfaRequiredDocument = graphql(`
  mutation SetMfaRequired($required: Boolean!) {
    setMfaRequired(required: $required) {
      mfaRequired
    }
  }
`);
