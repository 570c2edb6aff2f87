@chaining
Feature: Role chaining: a role session assumes another role

  Using the temporary credentials of one role session to assume a second role
  is called role chaining. The new session acts as the second role only: it
  keeps nothing of the first role's permissions. A chained session may last at
  most one hour, whatever the second role's own maximum session duration;
  asking for more is refused. Session tags marked transitive travel along the
  chain, and a later session cannot replace them.

  In these examples Jill may assume the role "First". "First" may list users
  and may assume the role "Second"; "Second" may list roles. Both roles trust
  the whole account, so each step of the chain also needs the caller's identity
  policy to allow sts:AssumeRole on the next role.

  Following the AWS IAM User Guide: "Roles terms and concepts" (role chaining),
  "Using IAM roles" (role chaining limits a session to one hour), "Passing
  session tags in AWS STS" (chaining roles with session tags), "Session
  policies" (in "Policies and permissions in IAM"); the AWS STS API reference:
  "AssumeRole" (DurationSeconds and role chaining; Tags and inherited
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
          "Principal": {"AWS": "arn:aws:iam::${account}:root"}
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
          "Principal": {"AWS": "arn:aws:iam::${account}:root"}
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

    @id:chaining.session-assumes-second-role
    Scenario: Jill may not assume "Second" herself, but her "First" session can, and the new session is a session of "Second"
      When "Jill" assumes the role "Second" with session name "direct"
      Then the call is denied
      When "Jill" assumes the role "First" with session name "one"
      Then the call is allowed
      When "First/one" assumes the role "Second" with session name "two"
      Then the call is allowed
      And the response field "AssumedRoleArn" is "${session:Second/two}"
      When "Second/two" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Second/two}"
      And the response field "UserId" matches "AROA[A-Z0-9]+:two"

    @id:chaining.second-role-trusting-first-role-by-arn
    Scenario: A role whose trust policy names the role "First" by its ARN can be assumed by a "First" session without any identity policy for it
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
      When "Jill" assumes the role "Named" with session name "direct"
      Then the call is denied
      When "Jill" assumes the role "First" with session name "one"
      Then the call is allowed
      When "First/one" assumes the role "Named" with session name "two"
      Then the call is allowed
      When "Named/two" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Named/two}"

  Rule: A chained session has the permissions of the second role only; nothing of the first role carries over (D3)

    @id:chaining.permissions-are-the-second-roles-only
    Scenario: The "First" session lists users but not roles; the chained "Second" session lists roles but not users
      When "Jill" assumes the role "First" with session name "one"
      Then the call is allowed
      When "First/one" calls "iam:ListRoles"
      Then the call is denied
      When "First/one" calls "iam:ListUsers"
      Then the call is allowed
      When "First/one" assumes the role "Second" with session name "two"
      Then the call is allowed
      When "Second/two" calls "iam:ListRoles"
      Then the call is allowed
      When "Second/two" calls "iam:ListUsers"
      Then the call is denied

    @id:chaining.session-policy-limits-the-next-hop
    Scenario: A "First" session whose session policy allows only listing users cannot go on to assume "Second"
      When "Jill" assumes the role "First" with session name "limited" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call is allowed
      When "First/limited" assumes the role "Second" with session name "two"
      Then the call is denied
      When "Jill" assumes the role "First" with session name "full"
      Then the call is allowed
      When "First/full" assumes the role "Second" with session name "two"
      Then the call is allowed

  Rule: A session reached by role chaining lasts at most one hour, whatever the second role's maximum session duration (D2)

    @id:chaining.duration-over-one-hour-is-refused @validation
    Scenario Outline: "Second" allows two hours to Jill directly, but a chained session asking for <seconds> seconds is refused and one asking for 3600 is granted
      Given the role "Second" has a maximum session duration of 7200 seconds
      And the user "Jill" has an inline policy "MayAssumeSecond":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Second}"}]
        }
        """
      When "Jill" assumes the role "Second" with session name "direct" and:
        | DurationSeconds | 7200 |
      Then the call is allowed
      And the credentials expire in about 7200 seconds
      When "Jill" assumes the role "First" with session name "one"
      Then the call is allowed
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

    @id:chaining.chained-session-lasts-one-hour-by-default
    Scenario: Without DurationSeconds a chained session lasts one hour, although "Second" allows two
      Given the role "Second" has a maximum session duration of 7200 seconds
      When "Jill" assumes the role "Second" with session name "direct"
      Then the call is denied
      When "Jill" assumes the role "First" with session name "one"
      Then the call is allowed
      When "First/one" assumes the role "Second" with session name "two"
      Then the call is allowed
      And the credentials expire in about 3600 seconds

    @id:chaining.duration-over-one-hour-message @validation @strict
    Scenario: The refusal of a chained session longer than one hour cites the role-chaining limit
      Given the role "Second" has a maximum session duration of 7200 seconds
      When "Jill" assumes the role "First" with session name "one"
      Then the call is allowed
      When "First/one" assumes the role "Second" with session name "two" and:
        | DurationSeconds | 3601 |
      Then the call fails with "ValidationError" and HTTP status 400
      And the error message is "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining."

  Rule: Session tags marked transitive pass to the next session in a chain; other session tags do not (D4)

    @id:chaining.transitive-session-tags-pass-along
    Scenario: The role "Third" lets only sessions tagged team=red list roles; Jill's tag reaches the chained session only when marked transitive
      Given a role "Third" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": ["sts:AssumeRole", "sts:TagSession"],
            "Principal": {"AWS": "arn:aws:iam::${account}:root"}
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
      When "Jill" assumes the role "First" with session name "kept" and:
        | Tags | team=red |
      Then the call is allowed
      When "First/kept" assumes the role "Third" with session name "notcarried"
      Then the call is allowed
      When "Third/notcarried" calls "iam:ListRoles"
      Then the call is denied
      When "Jill" assumes the role "First" with session name "passed" and:
        | Tags              | team=red |
        | TransitiveTagKeys | team     |
      Then the call is allowed
      When "First/passed" assumes the role "Third" with session name "carried"
      Then the call is allowed
      When "Third/carried" calls "iam:ListRoles"
      Then the call is allowed

  Rule: A session in a chain cannot set a session tag whose key it inherited as transitive (D4)

    # The User Guide says only that "the operation will fail"; the error code
    # is not documented. InvalidParameterValue (HTTP 400, "One of the specified
    # transitive tag keys can't be set because it conflicts with a transitive
    # tag key from the calling session.") is the code recorded for session-tag
    # parameter errors in the rule checklist (docs/aws-rules-checklist.md).
    @id:chaining.inherited-transitive-tag-cannot-be-replaced @validation
    Scenario: A session that inherited team=red as transitive cannot pass team=blue to the next role, but can pass env=test
      When "Jill" assumes the role "First" with session name "passed" and:
        | Tags              | team=red |
        | TransitiveTagKeys | team     |
      Then the call is allowed
      When "First/passed" assumes the role "Second" with session name "clash" and:
        | Tags | team=blue |
      Then the call fails with "InvalidParameterValue" and HTTP status 400
      When "First/passed" assumes the role "Second" with session name "added" and:
        | Tags | env=test |
      Then the call is allowed
