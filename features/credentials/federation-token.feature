@credentials
Feature: GetFederationToken gives a federated user temporary credentials, which cannot call IAM

  An IAM user with permission to call sts:GetFederationToken can ask for
  temporary credentials of a federated user she names. The credentials act as
  arn:aws:sts::ACCOUNT:federated-user/NAME, with at most the permissions both
  the user's policies and the session policy passed with the request allow.
  They are restricted further: they cannot call any IAM operation, and of STS
  only GetCallerIdentity. Role sessions cannot call GetFederationToken at all.

  The request is validated like AssumeRole's: Name is 2 to 32 characters of
  letters, digits and _+=,.@-; DurationSeconds is 900 to 129600 for an IAM
  user; the inline session policy is at most 2048 characters. A value outside
  is a constraint violation, ValidationError, HTTP 400.

  Following the STS API reference page "GetFederationToken" (Name, Policy,
  DurationSeconds and their constraints; FederatedUser.Arn), the IAM User Guide
  pages "Permissions for GetFederationToken" (the caller needs the permission;
  the credentials "cannot call any IAM operations" and, of STS, only
  GetCallerIdentity) and "Compare AWS STS credentials", and the AWS API
  reference page "Common Errors" (ValidationError, HTTP 400). No page names the
  error code of the refused IAM and STS calls, so those scenarios assert a
  refusal and no code.

  Background:
    Given a user "Jill" with access keys

  Rule: The caller needs sts:GetFederationToken, and the credentials act as the federated user she names (A7)

    @id:credentials.federation-token-needs-permission @evidence:documented
    Scenario: Jill is refused GetFederationToken until a policy allows it
      Source: IAM User Guide, "Permissions for GetFederationToken" (the IAM user must have permission to
      call GetFederationToken).
      When "Jill" calls "sts:GetFederationToken" with:
        | Name | bob |
      Then the call is denied
      Given the user "Jill" has an inline policy "MayFederate":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetFederationToken" with:
        | Name | bob |
      Then the call is allowed

    @id:credentials.federation-token-acts-as-the-federated-user @evidence:documented
    Scenario: GetCallerIdentity with the credentials Jill got for "bob" answers the federated user bob
      Source: STS API reference, "GetFederationToken" (FederatedUser.Arn,
      arn:aws:sts::123456789012:federated-user/Bob in its example) and "GetCallerIdentity" (callable with
      any credentials).
      Given the user "Jill" has an inline policy "MayFederate":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*"}]
        }
        """
      And "Jill" has called "sts:GetFederationToken" with:
        | Name   | bob                                                                                   |
        | Policy | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]} |
      When "Jill/federation-token" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "arn:aws:sts::${account}:federated-user/bob"
      And the response field "Account" is "${account}"

  Rule: Federated credentials cannot call IAM, nor STS beyond GetCallerIdentity, nor can role sessions federate (A7)

    @id:credentials.federation-token-cannot-call-iam @evidence:documented
    Scenario: The credentials of bob are refused ListUsers, which both Jill's policy and the session policy allow
      Source: IAM User Guide, "Permissions for GetFederationToken" and "Compare AWS STS credentials" (the
      credentials cannot call any IAM operations); STS API reference, "GetFederationToken".
      Given the user "Jill" has an inline policy "MayFederateAndList":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:GetFederationToken", "iam:ListUsers"], "Resource": "*"}]
        }
        """
      And "Jill" has called "sts:GetFederationToken" with:
        | Name   | bob                                                                                   |
        | Policy | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]} |
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill/federation-token" calls "iam:ListUsers"
      Then the call is refused

    @id:credentials.federation-token-cannot-assume-role @evidence:documented
    Scenario: The credentials of bob are refused AssumeRole on a role that trusts the whole account
      Source: IAM User Guide, "Permissions for GetFederationToken" (of the STS operations the credentials
      may call only GetCallerIdentity); "Compare AWS STS credentials".
      Given a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}}]
        }
        """
      And the user "Jill" has an inline policy "MayFederateAndAssume":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:GetFederationToken", "sts:AssumeRole"], "Resource": "*"}]
        }
        """
      And "Jill" has called "sts:GetFederationToken" with:
        | Name   | bob                                                                                   |
        | Policy | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]} |
      When "Jill" assumes the role "Open" with session name "jill"
      Then the call is allowed
      When "Jill/federation-token" assumes the role "Open" with session name "bob"
      Then the call is refused

    @id:credentials.role-session-cannot-call-federation-token @evidence:recorded
    Scenario: A session of a role that allows every action cannot call GetFederationToken
      Source: AWS answers AccessDenied, "Cannot call GetFederationToken with session credentials", HTTP 403,
      quoted in common-fate/granted issue #151; STS API reference, "AssumeRole" (its credentials cannot
      call GetFederationToken or GetSessionToken).
      Given a role "Work" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeWork":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Work}"}]
        }
        """
      And the role "Work" has an inline policy "Everything":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Work" with session name "jill"
      When "Work/jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Work/jill" calls "sts:GetFederationToken" with:
        | Name | bob |
      Then the call is denied

  Rule: Name, DurationSeconds and the session policy are validated, ValidationError HTTP 400 outside their bounds (C10, D6)

    @id:credentials.federation-token-name-invalid @evidence:documented
    Scenario Outline: A federated user name <case> is refused, <accepted case> is accepted
      Source: STS API reference, "GetFederationToken" (Name: length 2 to 32, pattern [\w+=,.@-]+) and
      "Common Errors" (ValidationError, HTTP 400).
      Given the user "Jill" has an inline policy "MayFederate":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetFederationToken" with:
        | Name | <accepted> |
      Then the call succeeds
      When "Jill" calls "sts:GetFederationToken" with:
        | Name | <refused> |
      Then the call fails with "ValidationError" and HTTP status 400

      Examples:
        | case                 | refused                           | accepted case                | accepted                         |
        | of one character     | b                                 | one of two characters        | bo                               |
        | of 33 characters     | abcdefghij-abcdefghij-abcdefghij- | one of 32 characters         | abcdefghij-abcdefghij-abcdefghij |
        | with a space         | bob smith                         | the same name with a hyphen  | bob-smith                        |

    @id:credentials.federation-token-duration-out-of-range @evidence:documented
    Scenario Outline: GetFederationToken refuses DurationSeconds <seconds>, <why>
      Source: STS API reference, "GetFederationToken" (DurationSeconds: 900 to 129600 for an IAM user)
      and "Common Errors" (ValidationError, HTTP 400).
      Given the user "Jill" has an inline policy "MayFederate":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetFederationToken" with:
        | Name            | bob       |
        | DurationSeconds | <bound>   |
      Then the call succeeds
      When "Jill" calls "sts:GetFederationToken" with:
        | Name            | bob       |
        | DurationSeconds | <seconds> |
      Then the call fails with "ValidationError" and HTTP status 400

      Examples:
        | seconds | why                                  | bound  |
        | 899     | one second below the least, 900      | 900    |
        | 129601  | one second above the most, 129600    | 129600 |

    @id:credentials.federation-token-policy-too-long @evidence:recorded
    Scenario: An inline session policy of more than 2048 characters is refused with ValidationError
      Source: LocalStack, tests/aws/services/sts/test_sts.snapshot.json (test_federation_token_policy_too_long,
      policy-too-long-error: ValidationError, HTTP 400, "Member must have length less than or equal to
      2048"); STS API reference, "GetFederationToken" (Policy: length up to 2048).
      Given the user "Jill" has an inline policy "MayFederate":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*"}]
        }
        """
      And a policy document "Long" of at least 2100 characters allowing "iam:GetUser"
      When "Jill" calls "sts:GetFederationToken" with:
        | Name   | bob          |
        | Policy | ${doc:Long}  |
      Then the call fails with "ValidationError" and HTTP status 400
