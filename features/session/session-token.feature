@session
Feature: Temporary credentials for a user: GetSessionToken

  A user can trade her long-term access key for temporary credentials of her
  own with GetSessionToken (typically to add MFA). No permission is needed for
  this call: AWS says policies cannot control it. The session may last from
  15 minutes (900 seconds) to 36 hours (129600 seconds) for an IAM user, and
  12 hours (43200 seconds) when DurationSeconds is not given.

  Following the AWS STS API reference: "GetSessionToken" (permissions;
  DurationSeconds, valid range 900 to 129600, default 43200) and "Common
  Errors" (ValidationError); the IAM User Guide: "Requesting temporary security
  credentials" and "Compare AWS STS credentials".

  Background:
    Given a user "Jill" with access keys

  Rule: A user needs no permission to call GetSessionToken (D6)

    @id:session.get-session-token-needs-no-permission @evidence:documented
    Scenario: Jill, who may do nothing else, still gets a session token
      Source: STS API reference, "GetSessionToken" (Permissions: "No permissions are required for users to
      perform this operation"); IAM User Guide, "Permissions for GetSessionToken" and "IAM identifiers" (ASIA
      prefix).
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "sts:GetSessionToken"
      Then the call is allowed
      And the response field "AccessKeyId" starts with "ASIA"

  Rule: A user's GetSessionToken session lasts 900 to 129600 seconds, 43200 by default (D6)

    # AWS needs no permission for GetSessionToken; the policy below changes
    # nothing on AWS. It is there so that a target which wrongly asks for one
    # still shows how it treats DurationSeconds.
    @id:session.get-session-token-duration-bounds @evidence:documented @validation
    Scenario Outline: Jill asks for a session token of <refused> seconds and is refused, then gets one of <accepted>
      Source: STS API reference, "GetSessionToken" (DurationSeconds, valid range 900 to 129600) and "Common
      Errors" (ValidationError); AWS answers quoted in apache/hadoop assumed_roles.md (above 129600:
      ValidationError, HTTP 400) and goldstack/goldstack#425 (600: "Member must have value greater than or
      equal to 900").
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetSessionToken" with:
        | DurationSeconds | <refused> |
      Then the call fails with "ValidationError" and HTTP status 400
      When "Jill" calls "sts:GetSessionToken" with:
        | DurationSeconds | <accepted> |
      Then the call is allowed
      And the credentials expire in about <accepted> seconds

      Examples:
        | refused | accepted |
        | 899     | 900      |
        | 129601  | 129600   |

    @id:session.get-session-token-default-is-twelve-hours @evidence:documented @validation
    Scenario: A session token asked for without DurationSeconds lasts 12 hours
      Source: STS API reference, "GetSessionToken" (DurationSeconds: IAM user sessions last 900 to 129,600
      seconds, "with 43,200 seconds (12 hours) as the default"; Credentials.Expiration) and "Common Errors"
      (ValidationError for a value above 129600).
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetSessionToken" with:
        | DurationSeconds | 129601 |
      Then the call fails with "ValidationError" and HTTP status 400
      When "Jill" calls "sts:GetSessionToken"
      Then the call is allowed
      And the credentials expire in about 43200 seconds
