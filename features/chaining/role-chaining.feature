@chaining
Feature: Role chaining: a role session assumes another role

  Using the temporary credentials of one role session to assume a second role
  is called role chaining. The new session acts as the second role only: it
  keeps nothing of the first role's permissions. A chained session may last at
  most one hour, whatever the second role's own maximum session duration;
  asking for more is refused. Session tags marked transitive travel along the
  chain, and a later session cannot replace them.

  In these examples Jill may assume the role "First". "First" may list users
  and may assume the role "Second"; "Second" may list roles. Each trust policy
  names its caller by ARN (the role "First" names Jill's user ARN, the role
  "Second" names the role "First"), and each caller's identity policy also
  allows sts:AssumeRole and sts:TagSession on the next role, so every reading
  of the documentation lets each step of the chain through.

  Following the AWS IAM User Guide: "Roles terms and concepts" (role chaining),
  "Using IAM roles" (role chaining limits a session to one hour), "Passing
  session tags in AWS STS" (chaining roles with session tags), "Session
  policies" (in "Policies and permissions in IAM"), "Policy evaluation logic"
  (a grant to a role ARN is limited by a session policy); the AWS STS API
  reference: "AssumeRole" (DurationSeconds and role chaining; Tags and inherited
  transitive tags) and "GetCallerIdentity"; the AWS Knowledge Center article
  on the error "The requested DurationSeconds exceeds the 1 hour session limit
  for roles assumed by role chaining" (iam-role-chaining-limit).

  Background:
    Given a user "Jill" with access keys
    And a role "First" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Action": ["sts:AssumeRole", "sts:TagSession"],
          "Principal": {"AWS": "${user:Jill}"}
        }]
      }
      """
    And a role "Second" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Action": ["sts:AssumeRole", "sts:TagSession"],
          "Principal": {"AWS": "${role:First}"}
        }]
      }
      """
    And the user "Jill" has an inline policy "MayAssumeFirst":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "${role:First}"}]
      }
      """
    And the role "First" has an inline policy "ListUsersAndAssumeSecond":
      """
      {
        "Version": "2012-10-17",
        "Statement": [
          {"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"},
          {"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "${role:Second}"}
        ]
      }
      """
    And the role "Second" has an inline policy "ListRoles":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
      }
      """

  Rule: A role session can assume another role when that role's trust and the first role's permissions allow it (D2)

    @id:chaining.session-assumes-second-role @evidence:documented
    Scenario: Jill may not assume "Second" herself, but her "First" session can, and the new session is a session of "Second"
      Source: IAM User Guide, "Roles terms and concepts" (role chaining); STS API reference, "AssumeRole"
      (role sessions may call AssumeRole; AssumedRoleUser) and "GetCallerIdentity"; "Policy evaluation logic"
      (role trust policies must explicitly allow the principal).
      Given "Jill" has assumed the role "First" with session name "one"
      When "Jill" assumes the role "Second" with session name "direct"
      Then the call is denied
      When "First/one" assumes the role "Second" with session name "two"
      Then the call is allowed
      And the response field "AssumedRoleArn" is "${session:Second/two}"
      When "Second/two" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Second/two}"
      And the response field "UserId" matches "AROA[A-Z0-9]+:two"

    @id:chaining.second-role-trusting-first-role-by-arn @evidence:documented
    Scenario: A role whose trust policy names the role "First" by its ARN can be assumed by a "First" session without any identity policy for it
      Source: IAM User Guide, "Policy evaluation logic" (a resource-based policy that grants to an IAM role
      ARN is limited only by a permissions boundary or session policy); STS API reference, "AssumeRole" ("When
      a resource-based policy grants access to a principal in the same account, no additional identity-based
      policy is required"); "AWS JSON policy elements: Principal" (IAM role principals).
      Given a role "Named" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "${role:First}"}
          }]
        }
        """
      And "Jill" has assumed the role "First" with session name "one"
      When "Jill" assumes the role "Named" with session name "direct"
      Then the call is denied
      When "First/one" assumes the role "Named" with session name "two"
      Then the call is allowed
      When "Named/two" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Named/two}"

  Rule: A chained session has the permissions of the second role only; nothing of the first role carries over (D3)

    @id:chaining.permissions-are-the-second-roles-only @evidence:documented
    Scenario: The "First" session lists users but not roles; the chained "Second" session lists roles but not users
      Source: IAM User Guide, "Switch to an IAM role (AWS API)" ("The permissions of your IAM user and any
      roles that you assume are not cumulative"); "Permissions for AssumeRole, AssumeRoleWithSAML, and
      AssumeRoleWithWebIdentity" (the caller's own policies are not evaluated for the session).
      Given "Jill" has assumed the role "First" with session name "one"
      And "First/one" has assumed the role "Second" with session name "two"
      When "First/one" calls "iam:ListRoles"
      Then the call is denied
      When "First/one" calls "iam:ListUsers"
      Then the call is allowed
      When "Second/two" calls "iam:ListRoles"
      Then the call is allowed
      When "Second/two" calls "iam:ListUsers"
      Then the call is denied

    @id:chaining.session-policy-limits-the-next-hop @evidence:documented
    Scenario: A "First" session whose session policy allows only listing users cannot go on to assume "Second"
      Source: IAM User Guide, "Policies and permissions in IAM" (session policies limit the session) and
      "Policy evaluation logic" ("Resource-based policies that grant permissions to an IAM role ARN are
      limited by an implicit deny in a permissions boundary or session policy"); STS API reference,
      "AssumeRole" (Policy).
      Given "Jill" has assumed the role "First" with session name "limited" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "First" with session name "full"
      When "First/limited" assumes the role "Second" with session name "two"
      Then the call is denied
      When "First/full" assumes the role "Second" with session name "two"
      Then the call is allowed

  Rule: A session reached by role chaining lasts at most one hour, whatever the second role's maximum session duration (D2)

    @id:chaining.duration-over-one-hour-is-refused @evidence:recorded @validation
    Scenario Outline: "Second" allows two hours to Jill directly, but a chained session asking for <seconds> seconds is refused and one asking for 3600 is granted
      Source: STS API reference, "AssumeRole" (DurationSeconds: "if you assume a role using role chaining and
      provide a DurationSeconds parameter value greater than one hour, the operation fails"); IAM User Guide,
      "Roles terms and concepts" (role chaining); gitlab-org/gitlab-runner#38370 (AWS answered a chained
      request above one hour with ValidationError, HTTP 400, on a role whose maximum exceeds one hour).
      Given the role "Second" has a maximum session duration of 7200 seconds
      And the trust policy of the role "Second" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": ["sts:AssumeRole", "sts:TagSession"],
            "Principal": {"AWS": ["${role:First}", "${user:Jill}"]}
          }]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeSecond":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Second}"}]
        }
        """
      And "Jill" has assumed the role "Second" with session name "direct" and:
        | DurationSeconds | 7200 |
      Then the credentials expire in about 7200 seconds
      Given "Jill" has assumed the role "First" with session name "one"
      When "First/one" assumes the role "Second" with session name "two" and:
        | DurationSeconds | <seconds> |
      Then the call fails with "ValidationError" and HTTP status 400
      When "First/one" assumes the role "Second" with session name "two" and:
        | DurationSeconds | 3600 |
      Then the call is allowed
      And the credentials expire in about 3600 seconds

      Examples:
        | seconds |
        | 3601    |
        | 7200    |

    @id:chaining.chained-session-lasts-one-hour-by-default @evidence:documented
    Scenario: Without DurationSeconds a chained session lasts one hour, although "Second" allows two
      Source: STS API reference, "AssumeRole" (DurationSeconds: "By default, the value is set to 3600
      seconds"; role chaining limits a session to one hour); IAM User Guide, "Roles terms and concepts" (role
      chaining).
      Given the role "Second" has a maximum session duration of 7200 seconds
      And "Jill" has assumed the role "First" with session name "one"
      When "Jill" assumes the role "Second" with session name "direct"
      Then the call is denied
      When "First/one" assumes the role "Second" with session name "two"
      Then the call is allowed
      And the credentials expire in about 3600 seconds

    @id:chaining.duration-over-one-hour-message @evidence:recorded @validation @strict
    Scenario: The refusal of a chained session longer than one hour cites the role-chaining limit
      Source: gitlab-org/gitlab-runner#38370 and merge request !5230 (AWS answered "ValidationError: The
      requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.", HTTP
      400); AWS Knowledge Center, "iam-role-chaining-limit" (quotes the same message).
      Given the role "Second" has a maximum session duration of 7200 seconds
      And "Jill" has assumed the role "First" with session name "one"
      When "First/one" assumes the role "Second" with session name "two" and:
        | DurationSeconds | 3601 |
      Then the call fails with "ValidationError" and HTTP status 400
      And the error message is "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining."

  Rule: Session tags marked transitive pass to the next session in a chain; other session tags do not (D4)

    @id:chaining.transitive-session-tags-pass-along @evidence:documented
    Scenario: The role "Third" lets only sessions tagged team=red list roles; Jill's tag reaches the chained session only when marked transitive
      Source: IAM User Guide, "Passing session tags in AWS STS" (chaining roles with session tags: "By
      default, tags are not passed to subsequent role sessions"; transitive tags persist); STS API reference,
      "AssumeRole" (TransitiveTagKeys).
      Given a role "Third" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": ["sts:AssumeRole", "sts:TagSession"],
            "Principal": {"AWS": "${role:First}"}
          }]
        }
        """
      And the role "Third" has an inline policy "RedMayListRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "iam:ListRoles",
            "Resource": "*",
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "red"}}
          }]
        }
        """
      And the role "First" has an inline policy "MayAssumeThird":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "${role:Third}"}]
        }
        """
      And "Jill" has assumed the role "First" with session name "kept" and:
        | Tags | team=red |
      And "First/kept" has assumed the role "Third" with session name "notcarried"
      And "Jill" has assumed the role "First" with session name "passed" and:
        | Tags              | team=red |
        | TransitiveTagKeys | team     |
      And "First/passed" has assumed the role "Third" with session name "carried"
      When "Third/notcarried" calls "iam:ListRoles"
      Then the call is denied
      When "Third/carried" calls "iam:ListRoles"
      Then the call is allowed

  Rule: A session in a chain cannot set a session tag whose key it inherited as transitive (D4)

    # The User Guide says only that "the operation will fail"; the error code
    # is not documented. InvalidParameterValue (HTTP 400, "One of the specified
    # transitive tag keys can't be set because it conflicts with a transitive
    # tag key from the calling session.") is what AWS answered in LocalStack's
    # AWS-validated snapshot.
    @id:chaining.inherited-transitive-tag-cannot-be-replaced @evidence:recorded @validation
    Scenario: A session that inherited team=red as transitive cannot pass team=blue to the next role, but can pass env=test
      Source: localstack/localstack, tests/aws/services/sts/test_sts.snapshot.json
      (test_iam_role_chaining_override_transitive_tags, override-transitive-tag-error: InvalidParameterValue,
      HTTP 400); IAM User Guide, "Passing session tags in AWS STS" (chaining roles with session tags).
      Given "Jill" has assumed the role "First" with session name "passed" and:
        | Tags              | team=red |
        | TransitiveTagKeys | team     |
      When "First/passed" assumes the role "Second" with session name "clash" and:
        | Tags | team=blue |
      Then the call fails with "InvalidParameterValue" and HTTP status 400
      When "First/passed" assumes the role "Second" with session name "added" and:
        | Tags | env=test |
      Then the call is allowed
