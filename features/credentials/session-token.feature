@credentials
Feature: GetSessionToken gives an IAM user temporary credentials of its own

  An IAM user can exchange its long-term access key for temporary credentials with
  sts:GetSessionToken (usually to prove MFA). No permission is needed for this, and no policy
  can take it away: GetSessionToken may appear in a policy, but that has no effect on the
  user's ability to call it. The temporary credentials act as the same IAM user, but they are
  restricted: among the STS operations they may call only AssumeRole and GetCallerIdentity (so
  not GetSessionToken again), and without MFA they cannot call IAM at all. Role sessions'
  temporary credentials cannot call GetSessionToken either.

  The credentials last DurationSeconds: from 900 seconds (15 minutes) to 129600 seconds
  (36 hours) for an IAM user, 43200 seconds (12 hours) when not given. A duration outside that
  range is a constraint violation, ValidationError, HTTP 400.

  Following the IAM User Guide pages "Permissions for GetSessionToken" (no permissions
  required; including the action in a policy has no effect), "Compare AWS STS credentials"
  (who can call what with the resulting credentials; lifetimes 15 m | 36 h | 12 h) and
  "Request temporary security credentials", the STS API reference page "GetSessionToken"
  (DurationSeconds: valid range 900 to 129600, default 43200) and the AWS API reference page
  "Common Errors" (ValidationError, HTTP 400).

  Open points, asserted no further than stated: the documentation says temporary
  credentials "cannot call" GetSessionToken but names no error code; AccessDenied, HTTP 403,
  is the code recorded against real AWS in the rule checklist (docs/aws-rules-checklist.md) (A7). The message of
  the out-of-range ValidationError is not documented for GetSessionToken; the @strict
  scenarios assert only the constraint part that the STS service model's range produces
  for AssumeRole's DurationSeconds (checklist D1). That GetSessionToken credentials cannot call
  IAM without MFA is documented, but no AWS page names the error code; public reports of AWS's
  answer show InvalidClientTokenId, HTTP 403 (cloudyr/aws.iam issue #15), and no scenario here
  asserts it yet.

  Where GetSessionToken is only the way to get Jill's temporary credentials, Jill also holds a
  policy allowing sts:GetSessionToken. AWS ignores it (the call needs no permission); it keeps
  each scenario about its own rule on an implementation that wrongly asks for a permission,
  which the first two rules below check on their own.

  Where temporary credentials are only what a scenario needs before its rule, getting them is
  a Given step. A role session comes from a role whose trust policy names Jill's own ARN and
  Jill's policy allows sts:AssumeRole on that role, the form every reading of the AWS
  documentation agrees on.

  Background:
    Given a user "Jill" with access keys

  Rule: Any IAM user may call GetSessionToken without a permission (D6)

    @id:credentials.session-token-without-any-policy @evidence:documented
    Scenario: Jill, who may do nothing else, gets temporary credentials that act as Jill
      Source: IAM User Guide, "Permissions for GetSessionToken" (no permissions are required; the credentials
      have the permissions of the IAM user); STS API reference, "GetSessionToken"; the user's ARN for such
      credentials as AWS answered in cloudyr/aws.iam issue #15.
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "sts:GetSessionToken"
      Then the call is allowed
      When "Jill/session-token" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${user:Jill}"

  Rule: A policy that denies sts:GetSessionToken has no effect on GetSessionToken (D6)

    @id:credentials.session-token-under-explicit-deny @evidence:documented
    Scenario: Jill's policy explicitly denies sts:GetSessionToken and iam:ListUsers; only the latter is refused
      Source: IAM User Guide, "Permissions for GetSessionToken" (you cannot use policies to control
      authentication operations; including GetSessionToken in a policy has no effect on calling it).
      Given the user "Jill" has an inline policy "DenySessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Deny", "Action": ["sts:GetSessionToken", "iam:ListUsers"], "Resource": "*"}
          ]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "sts:GetSessionToken"
      Then the call is allowed

  Rule: Temporary credentials cannot call GetSessionToken (A7)

    @id:credentials.session-token-cannot-renew-itself @evidence:recorded
    Scenario: Jill's GetSessionToken credentials cannot ask for another session token
      Source: AWS answers AccessDenied, "Cannot call GetSessionToken with session credentials", HTTP 403,
      quoted in apache/hadoop pull request #6538 and aws/aws-sdk-php issue #1876; IAM User Guide,
      "Compare AWS STS credentials".
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      And "Jill" has called "sts:GetSessionToken"
      When "Jill/session-token" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Jill/session-token" calls "sts:GetSessionToken"
      Then the call is denied

    @id:credentials.role-session-cannot-call-session-token @evidence:recorded
    Scenario: A session of a role that allows every action cannot call GetSessionToken
      Source: AWS answers AccessDenied, "Cannot call GetSessionToken with session credentials", to role
      sessions, quoted in aws/aws-sdk-js issue #3670 and aws/aws-sdk-net issue #1704; IAM User Guide,
      "Compare AWS STS credentials" (AssumeRole credentials cannot call GetSessionToken).
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
      When "Work/jill" calls "sts:GetSessionToken"
      Then the call is denied

  Rule: GetSessionToken credentials may call AssumeRole, as the IAM user who asked for them (D6)

    @id:credentials.session-token-credentials-assume-role @evidence:inferred
    Scenario: Jill's GetSessionToken credentials assume a role once its trust policy names Jill
      Source: inferred from STS API reference, "GetSessionToken" (the credentials can call AssumeRole) and
      IAM User Guide, "Permissions for GetSessionToken" (they act with the IAM user's permissions).
      The role first trusts only Jack, and the session-token credentials are refused; once the
      trust policy names Jill, the same credentials assume the role. (On real AWS the changed
      trust policy may take a few seconds to apply; see "Troubleshoot IAM".)
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      And a user "Jack"
      And a role "Reader" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jack}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeReader":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Reader}"}]
        }
        """
      And "Jill" has called "sts:GetSessionToken"
      When "Jill/session-token" assumes the role "Reader" with session name "first"
      Then the call is denied
      Given the trust policy of the role "Reader" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill/session-token" assumes the role "Reader" with session name "second"
      Then the call is allowed
      When "Reader/second" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Reader/second}"

  Rule: GetSessionToken credentials last 43200 seconds unless DurationSeconds says otherwise, between 900 and 129600 (D6)

    @id:credentials.session-token-default-duration @evidence:documented
    Scenario: Without DurationSeconds, GetSessionToken credentials last 12 hours
      Source: STS API reference, "GetSessionToken" (DurationSeconds: 43,200 seconds by default for IAM users);
      IAM User Guide, "Compare AWS STS credentials".
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetSessionToken"
      Then the call is allowed
      And the credentials expire in about 43200 seconds

    @id:credentials.session-token-duration-accepted @evidence:documented
    Scenario Outline: GetSessionToken accepts DurationSeconds <seconds>, the <bound> allowed for an IAM user
      Source: STS API reference, "GetSessionToken" (DurationSeconds for IAM users: 900 to 129,600 seconds).
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetSessionToken" with:
        | DurationSeconds | <seconds> |
      Then the call is allowed
      And the credentials expire in about <seconds> seconds

      Examples:
        | seconds | bound    |
        | 900     | shortest |
        | 129600  | longest  |

    @id:credentials.session-token-duration-rejected @evidence:inferred
    Scenario Outline: GetSessionToken refuses DurationSeconds <seconds>, <why>
      Source: inferred from STS API reference, "GetSessionToken" (DurationSeconds valid range 900 to 129600)
      and AWS API reference, "Common Errors" (ValidationError, HTTP 400, for input that breaks a constraint).
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetSessionToken" with:
        | DurationSeconds | <seconds> |
      Then the call fails with "ValidationError" and HTTP status 400

      Examples:
        | seconds | why                          |
        | 899     | one second below the minimum |
        | 129601  | one second above the maximum |
        | 0       | zero                         |

    @id:credentials.session-token-duration-rejected-message @strict @evidence:inferred
    Scenario Outline: The refusal of DurationSeconds <seconds> names the violated bound
      Source: inferred from STS API reference, "GetSessionToken" (valid range 900 to 129600) and the
      constraint wording AWS uses for AssumeRole's DurationSeconds (checklist D1).
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetSessionToken" with:
        | DurationSeconds | <seconds> |
      Then the call fails with "ValidationError" and HTTP status 400
      And the error message contains "<constraint>"

      Examples:
        | seconds | constraint                                                |
        | 899     | Member must have value greater than or equal to 900       |
        | 129601  | Member must have value less than or equal to 129600       |
