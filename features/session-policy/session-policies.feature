@session-policy
Feature: Session policies: narrowing a role session when assuming the role

  Whoever assumes a role may hand AssumeRole one inline policy (the Policy
  parameter) and up to 10 managed policies (PolicyArns) as "session policies".
  The session may then do only what both the role's own policies and the
  session policies allow: session policies narrow a session, they never widen
  it. An explicit Deny in a session policy wins over every Allow. Like every
  session, it may still ask "who am I?" (GetCallerIdentity), which needs no
  permission. A malformed session policy is refused, and the plain text of the
  session policies is limited to 2048 characters.

  In these examples the role "Worker" may list users and list roles, trusts the
  whole account, and Jill's own policy allows her to assume it. Jill herself may
  do nothing else.

  Following the AWS IAM User Guide: "Policies and permissions in IAM" (section
  "Session policies"), "Policy evaluation logic", "Permissions boundaries for
  IAM entities", "IAM and AWS STS quotas"; the AWS STS API reference:
  "AssumeRole" (Policy: length 1 to 2048; PolicyArns: at most 10 items;
  errors MalformedPolicyDocument and PackedPolicyTooLarge), "GetCallerIdentity"
  (no permission needed, even under an explicit deny) and "Common Errors"
  (ValidationError).

  Background:
    Given a user "Jill" with access keys
    And a role "Worker" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Action": "sts:AssumeRole",
          "Principal": {"AWS": "arn:aws:iam::${account}:root"}
        }]
      }
      """
    And the user "Jill" has an inline policy "MayAssumeWorker":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Worker}"}]
      }
      """
    And the role "Worker" has an inline policy "ListUsersAndRoles":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
      }
      """

  Rule: A session's permissions are the intersection of the role's policies and the session policy (E1, E2)

    @id:session-policy.intersection-with-the-role
    Scenario: A session whose policy allows only listing users cannot list roles, though the role can
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      When "Jill" assumes the role "Worker" with session name "limited" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call is allowed
      When "Worker/limited" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/limited" calls "iam:ListRoles"
      Then the call is denied
      When "Jill" assumes the role "Worker" with session name "full"
      Then the call is allowed
      When "Worker/full" calls "iam:ListRoles"
      Then the call is allowed

    @id:session-policy.resource-scoped-session-policy
    Scenario: A role that may read every role, in a session allowed to read only the role "Worker", can read "Worker" and not "Other"
      Given a role "Other" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "arn:aws:iam::${account}:root"}
          }]
        }
        """
      And the role "Worker" has an inline policy "GetAnyRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Worker} |
      Then the call is denied
      When "Jill" assumes the role "Worker" with session name "scoped" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "${role:Worker}"}]
        }
        """
      Then the call is allowed
      When "Worker/scoped" calls "iam:GetRole" with:
        | RoleName | ${name:Worker} |
      Then the call is allowed
      When "Worker/scoped" calls "iam:GetRole" with:
        | RoleName | ${name:Other} |
      Then the call is denied

  Rule: A session policy cannot grant anything the role's own policies do not (E1)

    @id:session-policy.cannot-grant-beyond-the-role
    Scenario: A session policy allowing every IAM action still leaves the session unable to list policies, which the role may not do
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" assumes the role "Worker" with session name "wide" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]
        }
        """
      Then the call is allowed
      When "Worker/wide" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/wide" calls "iam:ListPolicies"
      Then the call is denied

  Rule: An explicit Deny in a session policy overrides the role's Allow (E2)

    @id:session-policy.explicit-deny-wins
    Scenario: A session policy that allows everything but denies listing roles blocks that one action
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" assumes the role "Worker" with session name "denied" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Deny", "Action": "iam:ListRoles", "Resource": "*"}
          ]
        }
        """
      Then the call is allowed
      When "Worker/denied" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/denied" calls "iam:ListRoles"
      Then the call is denied
      When "Jill" assumes the role "Worker" with session name "full"
      Then the call is allowed
      When "Worker/full" calls "iam:ListRoles"
      Then the call is allowed

  Rule: GetCallerIdentity needs no permission, so it still works in a session whose policy denies everything (E3, A5)

    @id:session-policy.get-caller-identity-despite-deny
    Scenario: A session whose policy denies every action cannot list users, but can still ask who it is
      When "Jill" assumes the role "Worker" with session name "locked" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]
        }
        """
      Then the call is allowed
      When "Worker/locked" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/locked" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${session:Worker/locked}"

  Rule: Managed policies passed as PolicyArns narrow the session in the same way (E1)

    @id:session-policy.managed-session-policy-narrows
    Scenario: A session given a managed policy that allows only listing users cannot list roles
      Given a managed policy "OnlyListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" assumes the role "Worker" with session name "managed" and:
        | PolicyArns | ${policy:OnlyListUsers} |
      Then the call is allowed
      When "Worker/managed" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/managed" calls "iam:ListRoles"
      Then the call is denied

    @id:session-policy.managed-session-policy-cannot-grant
    Scenario: A managed session policy allowing every IAM action does not let the session list policies
      Given a managed policy "AllIam":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      When "Jill" assumes the role "Worker" with session name "managed" and:
        | PolicyArns | ${policy:AllIam} |
      Then the call is allowed
      When "Worker/managed" calls "iam:ListRoles"
      Then the call is allowed
      When "Worker/managed" calls "iam:ListPolicies"
      Then the call is denied

  Rule: A session is limited by the role's permissions boundary as well as by its session policy

    @id:session-policy.boundary-still-applies
    Scenario: The role's boundary allows only listing users, so a session policy allowing both listings still cannot list roles
      Given a managed policy "BoundaryListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And the role "Worker" has the permissions boundary "BoundaryListUsers"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" assumes the role "Worker" with session name "bounded" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      Then the call is allowed
      When "Worker/bounded" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/bounded" calls "iam:ListRoles"
      Then the call is denied

  Rule: A malformed inline session policy is refused with MalformedPolicyDocument (E5)

    @id:session-policy.malformed-inline-policy-is-refused @validation
    Scenario Outline: A session policy that <flaw> is refused; a well-formed one is accepted
      When "Jill" assumes the role "Worker" with session name "broken" and the session policy:
        """
        <document>
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      When "Jill" assumes the role "Worker" with session name "sound" and the session policy:
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      Then the call is allowed

      Examples:
        | flaw                        | document                                                                                  |
        | is not JSON                 | {"Version":"2012-10-17","Statement":[                                                      |
        | has a statement with no action | {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*"}]}          |
        | has an unknown Effect       | {"Version": "2012-10-17", "Statement": [{"Effect": "Maybe", "Action": "iam:ListUsers", "Resource": "*"}]} |

  Rule: The plain text of an inline session policy is at most 2048 characters (E4)

    # The STS reference gives the Policy parameter a maximum length of 2048;
    # breaking a documented constraint is a ValidationError (Common Errors).
    # The separate packed-size limit (PackedPolicyTooLarge) is about the
    # compressed form and is not what this example exercises.
    @id:session-policy.inline-policy-over-2048-characters-is-refused @validation
    Scenario: A valid session policy of more than 2100 characters is refused; a short one is accepted
      Given a policy document "Big" of at least 2100 characters allowing "iam:GetUser"
      When "Jill" assumes the role "Worker" with session name "big" and:
        | Policy | ${doc:Big} |
      Then the call fails with "ValidationError" and HTTP status 400
      When "Jill" assumes the role "Worker" with session name "small" and the session policy:
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
        """
      Then the call is allowed

  Rule: At most 10 managed session policies may be passed (E4)

    # The STS reference limits PolicyArns to 10 items; breaking a documented
    # constraint is a ValidationError (Common Errors).
    @id:session-policy.more-than-10-policy-arns-are-refused @validation
    Scenario: Eleven managed session policies are refused; ten are accepted
      Given a managed policy "P01":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P02":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P03":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P04":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P05":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P06":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P07":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P08":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P09":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P10":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P11":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      When "Jill" assumes the role "Worker" with session name "eleven" and:
        | PolicyArns | ${policy:P01}, ${policy:P02}, ${policy:P03}, ${policy:P04}, ${policy:P05}, ${policy:P06}, ${policy:P07}, ${policy:P08}, ${policy:P09}, ${policy:P10}, ${policy:P11} |
      Then the call fails with "ValidationError" and HTTP status 400
      When "Jill" assumes the role "Worker" with session name "ten" and:
        | PolicyArns | ${policy:P01}, ${policy:P02}, ${policy:P03}, ${policy:P04}, ${policy:P05}, ${policy:P06}, ${policy:P07}, ${policy:P08}, ${policy:P09}, ${policy:P10} |
      Then the call is allowed
