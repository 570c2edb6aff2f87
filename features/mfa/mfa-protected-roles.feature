@mfa
Feature: A role that requires MFA, and temporary credentials that prove it

  A trust policy can require that the caller signed in with multi-factor
  authentication: its Allow holds only when aws:MultiFactorAuthPresent is
  "true" in the request, and aws:MultiFactorAuthAge says how many seconds ago
  the MFA code was checked. A request signed with an IAM user's long-term
  access key carries neither key, so such a trust policy refuses it; the user
  proves MFA by sending her device's serial number and a current code with
  AssumeRole (SerialNumber, TokenCode), or first with GetSessionToken, whose
  credentials then carry the MFA context. A wrong code is refused. Inside a
  role session aws:MultiFactorAuthPresent is present: "true" when the session
  was obtained with MFA, "false" otherwise.

  Temporary credentials from GetSessionToken without MFA cannot call IAM at
  all; with MFA they can, as the user.

  Each user's virtual MFA device is made for the scenario: CreateVirtualMFADevice
  under the run's path, then EnableMFADevice with the device's last two codes,
  computed from its seed (RFC 6238). A code is sent once.

  Following the IAM User Guide: "Configuring MFA-protected API access" (a trust
  policy with a Bool condition on aws:MultiFactorAuthPresent; AssumeRole and
  GetSessionToken with SerialNumber and TokenCode), "AWS global condition
  context keys" (aws:MultiFactorAuthPresent, aws:MultiFactorAuthAge), "Compare
  AWS STS credentials"; the STS API reference for AssumeRole and
  GetSessionToken ("If the role being assumed requires MFA and if the TokenCode
  value is missing or expired, the AssumeRole call returns an access denied
  error"; GetSessionToken credentials "cannot call any IAM API operations
  unless MFA authentication information is included in the request").

  Background:
    Given a user "Jill" with access keys
    And the user "Jill" has a virtual MFA device
    And a role "Guarded" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Action": "sts:AssumeRole",
          "Principal": {"AWS": "${user:Jill}"},
          "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}
        }]
      }
      """
    And the user "Jill" has an inline policy "MayAssumeGuarded":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Guarded}"}]
      }
      """

  Rule: A trust policy that requires MFA refuses a request without it and grants one with a current code (C6)

    @id:mfa.role-requires-mfa-and-gets-it @evidence:documented
    Scenario: Jill is refused the role without MFA and let in with her device's serial number and a current code
      Source: IAM User Guide, "Configuring MFA-protected API access" (trust policy with "Bool":
      {"aws:MultiFactorAuthPresent": "true"}; AssumeRole with SerialNumber and TokenCode); STS API
      reference, "AssumeRole" (TokenCode missing: access denied).
      When "Jill" assumes the role "Guarded" with session name "plain"
      Then the call is denied
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | ${role:Guarded}     |
        | RoleSessionName | proven              |
        | SerialNumber    | ${mfa:Jill}         |
        | TokenCode       | ${mfa-code:Jill}    |
      Then the call is allowed

    @id:mfa.wrong-code-is-refused @evidence:inferred
    Scenario: Jill's serial number with a code her device did not show is refused, a current code is not
      Source: STS API reference, "AssumeRole" (TokenCode: "the value provided by the MFA device";
      a missing or expired code gets access denied); IAM User Guide, "Configuring MFA-protected API
      access". Inferred: the pages name a missing or expired code, not a wrong one; the refusal of a
      wrong code is recorded from AWS only for GetSessionToken (mfa.session-token-with-wrong-code-is-refused).
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | ${role:Guarded}        |
        | RoleSessionName | guessed                |
        | SerialNumber    | ${mfa:Jill}            |
        | TokenCode       | ${mfa-wrong-code:Jill} |
      Then the call is denied
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | ${role:Guarded}  |
        | RoleSessionName | proven           |
        | SerialNumber    | ${mfa:Jill}      |
        | TokenCode       | ${mfa-code:Jill} |
      Then the call is allowed

  Rule: aws:MultiFactorAuthAge is the number of seconds since the code was checked (C6)

    @id:mfa.recent-code-is-young-enough @evidence:documented
    Scenario: A trust policy that wants MFA at most an hour old lets Jill in right after her code
      Source: IAM User Guide, "AWS global condition context keys" (aws:MultiFactorAuthAge: seconds since
      the principal was authorized with MFA); "Configuring MFA-protected API access" (NumericLessThan on
      aws:MultiFactorAuthAge).
      Given a role "Fresh" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "${user:Jill}"},
            "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}
          }]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeFresh":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Fresh}"}]
        }
        """
      When "Jill" assumes the role "Fresh" with session name "plain"
      Then the call is denied
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | ${role:Fresh}    |
        | RoleSessionName | proven           |
        | SerialNumber    | ${mfa:Jill}      |
        | TokenCode       | ${mfa-code:Jill} |
      Then the call is allowed

    @id:mfa.recent-code-is-not-old-enough @evidence:documented
    Scenario: A trust policy that wants MFA more than an hour old refuses Jill right after her code
      Source: IAM User Guide, "AWS global condition context keys" (aws:MultiFactorAuthAge); "IAM JSON
      policy elements: Condition operators" (NumericGreaterThan).
      Given a role "Seasoned" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "${user:Jill}"},
            "Condition": {"NumericGreaterThan": {"aws:MultiFactorAuthAge": "3600"}}
          }]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeSeasoned":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Seasoned}"}]
        }
        """
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | ${role:Seasoned} |
        | RoleSessionName | proven           |
        | SerialNumber    | ${mfa:Jill}      |
        | TokenCode       | ${mfa-code:Jill} |
      Then the call is denied

  Rule: Inside a role session aws:MultiFactorAuthPresent says whether the session was obtained with MFA (B5)

    @id:mfa.session-from-mfa-carries-mfa-present @evidence:documented
    Scenario: A role whose policy wants MFA lets the session Jill got with MFA list users, and not the one she got without
      Source: IAM User Guide, "AWS global condition context keys" (aws:MultiFactorAuthPresent is present
      for temporary credentials: "true" when obtained with MFA, "false" otherwise); "Configuring
      MFA-protected API access".
      Given a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeOpen":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Open}"}]
        }
        """
      And the role "Open" has an inline policy "ListingWithMfa":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]
        }
        """
      And "Jill" has assumed the role "Open" with session name "plain"
      And "Jill" has assumed the role "Open" with session name "proven" and:
        | SerialNumber | ${mfa:Jill}      |
        | TokenCode    | ${mfa-code:Jill} |
      When "Open/plain" calls "iam:ListUsers"
      Then the call is denied
      When "Open/proven" calls "iam:ListUsers"
      Then the call is allowed

    @id:mfa.session-without-mfa-carries-mfa-absent-as-false @evidence:documented
    Scenario: A role whose policy denies ListUsers when aws:MultiFactorAuthPresent is "false" refuses the session Jill got without MFA
      Source: IAM User Guide, "AWS global condition context keys" (aws:MultiFactorAuthPresent: in a
      session obtained without MFA the key is present with the value false, so a Bool "false" condition
      holds, unlike for long-term access keys); Amazon API Gateway Developer Guide, "AWS condition keys
      that can be used in API Gateway resource policies" (aws:MultiFactorAuthPresent is present in every
      request signed with temporary security credentials).
      Given a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeOpen":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Open}"}]
        }
        """
      And the role "Open" has an inline policy "ListingUnlessWithoutMfa":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"},
            {"Effect": "Deny", "Action": "iam:ListUsers", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}
          ]
        }
        """
      And "Jill" has assumed the role "Open" with session name "plain"
      When "Open/plain" calls "iam:ListRoles"
      Then the call is allowed
      When "Open/plain" calls "iam:ListUsers"
      Then the call is denied

  Rule: GetSessionToken credentials call IAM only when they were obtained with MFA (A7, D6)

    @id:mfa.session-token-with-mfa-calls-iam @evidence:documented
    Scenario: Jill's GetSessionToken credentials obtained with her MFA code may list users, as Jill may
      Source: STS API reference, "GetSessionToken" (the credentials "cannot call any IAM API operations
      unless MFA authentication information is included in the request"); IAM User Guide, "Compare AWS
      STS credentials".
      Given the user "Jill" has an inline policy "MayListAndGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "sts:GetSessionToken"], "Resource": "*"}]
        }
        """
      And "Jill" has called "sts:GetSessionToken" with:
        | SerialNumber | ${mfa:Jill}      |
        | TokenCode    | ${mfa-code:Jill} |
      When "Jill/session-token" calls "iam:ListUsers"
      Then the call is allowed

    @id:mfa.session-token-without-mfa-cannot-call-iam @evidence:recorded
    Scenario: Jill's GetSessionToken credentials obtained without MFA are refused ListUsers, which Jill may call
      Source: STS API reference, "GetSessionToken" (no IAM API operations without MFA information); the
      answer AWS gives, InvalidClientTokenId, HTTP 403, "The security token included in the request is
      invalid", is recorded in aws/aws-sdk-js issue #460, 99designs/aws-vault issue #15 and cloudyr/aws.iam
      issue #15 (ListRoles refused while GetCallerIdentity works with the same credentials).
      Given the user "Jill" has an inline policy "MayListAndGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "sts:GetSessionToken"], "Resource": "*"}]
        }
        """
      And "Jill" has called "sts:GetSessionToken"
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill/session-token" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Jill/session-token" calls "iam:ListUsers"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

    @id:mfa.session-token-with-wrong-code-is-refused @evidence:recorded
    Scenario: GetSessionToken with Jill's serial number and a code her device did not show is refused
      Source: AWS answers AccessDenied, "MultiFactorAuthentication failed with invalid MFA one time pass
      code.", quoted in lonelyplanet/aws-mfa issue #20 and pull request #21; STS API reference,
      "GetSessionToken" (TokenCode: "the value provided by the MFA device").
      When "Jill" calls "sts:GetSessionToken" with:
        | SerialNumber | ${mfa:Jill}            |
        | TokenCode    | ${mfa-wrong-code:Jill} |
      Then the call is denied
      When "Jill" calls "sts:GetSessionToken" with:
        | SerialNumber | ${mfa:Jill}      |
        | TokenCode    | ${mfa-code:Jill} |
      Then the call is allowed
