@evaluation
Feature: Policy evaluation for a role session, as a decision table

  When a role session calls an action, AWS takes a fixed series of decisions,
  and the first that settles the request wins:

  1. An explicit Deny in any policy that applies (the role's identity
     policies, its permissions boundary, the session policies) denies.
  2. (AWS Organizations policies, not in scope here.)
  3. A resource-based policy (IAM's own actions have none).
  4. The role's identity-based policies must allow the action, or it is
     implicitly denied.
  5. If the role has a permissions boundary, the boundary must allow it too.
  6. If the session was given session policies, they must allow it too.

  So a session may do only what every layer present allows, and nothing any
  layer denies. The tables below try every combination for one action,
  iam:ListUsers, with each layer one of three managed policies: one that
  allows it, one that is silent on it, and one that denies it. Each of the
  three allows iam:ListRoles, so a session that may list roles shows that
  every layer it carries was applied and that the session works at all: a
  refusal of iam:ListUsers then says something about the rule, not about a
  broken session. Each row first shows Jill, who may only assume the role,
  refused the same call.

  The trust policy of the role "Worker" names Jill's ARN and Jill's own policy
  allows her to assume it, so her AssumeRole succeeds under every reading of
  the documentation. Session policies are passed as managed policies
  (PolicyArns), which narrow a session as an inline session policy does.

  Following the AWS IAM User Guide: "How AWS enforcement code logic evaluates
  requests to allow or deny access", "Policy evaluation for requests within a
  single account" (the flow chart for an IAM role), "Permissions boundaries for
  IAM entities" and "Policies and permissions in IAM" (session policies); the
  AWS STS API reference, "AssumeRole" (PolicyArns).

  Background:
    Given a managed policy "AllowsListUsers":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["iam:ListRoles", "iam:ListUsers"], "Resource": "*"}]
      }
      """
    And a managed policy "SilentOnListUsers":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
      }
      """
    And a managed policy "DeniesListUsers":
      """
      {
        "Version": "2012-10-17",
        "Statement": [
          {"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"},
          {"Effect": "Deny", "Action": "iam:ListUsers", "Resource": "*"}
        ]
      }
      """
    And a user "Jill" with access keys
    And a role "Worker" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
      }
      """
    And the user "Jill" has an inline policy "MayAssumeWorker":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Worker}"}]
      }
      """

  Rule: Without a boundary or session policies, the role's identity policies decide: an Allow allows, silence and a Deny deny (B1, B2, B3)

    @id:evaluation.role-identity-policy-alone @evidence:documented
    Scenario Outline: A session of a role whose identity policy is <identity>, with no boundary and no session policy: listing users is <outcome>
      Source: IAM User Guide, "How AWS enforcement code logic evaluates requests to allow or deny
      access" (deny evaluation, identity-based policies, IAM permissions boundaries, session policies) and "Policy
      evaluation for requests within a single account" (the flow chart for an IAM role).
      Given the managed policy "<identity>" is attached to the role "Worker"
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/work" calls "iam:ListRoles"
      Then the call is allowed
      When "Worker/work" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | identity          | outcome |
        | AllowsListUsers   | allowed |
        | SilentOnListUsers | denied  |
        | DeniesListUsers   | denied  |

  Rule: A role's permissions boundary caps its identity policies: both must allow, and a Deny in either denies (F1, F2, F3)

    @id:evaluation.role-identity-policy-and-boundary @evidence:documented
    Scenario Outline: A session of a role whose identity policy is <identity> and whose boundary is <boundary>: listing users is <outcome>
      Source: IAM User Guide, "How AWS enforcement code logic evaluates requests to allow or deny
      access" (deny evaluation, identity-based policies, IAM permissions boundaries, session policies) and "Policy
      evaluation for requests within a single account" (the flow chart for an IAM role).
      Given the managed policy "<identity>" is attached to the role "Worker"
      And the role "Worker" has the permissions boundary "<boundary>"
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/work" calls "iam:ListRoles"
      Then the call is allowed
      When "Worker/work" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | identity          | boundary          | outcome |
        | AllowsListUsers   | AllowsListUsers   | allowed |
        | AllowsListUsers   | SilentOnListUsers | denied  |
        | AllowsListUsers   | DeniesListUsers   | denied  |
        | SilentOnListUsers | AllowsListUsers   | denied  |
        | SilentOnListUsers | SilentOnListUsers | denied  |
        | SilentOnListUsers | DeniesListUsers   | denied  |
        | DeniesListUsers   | AllowsListUsers   | denied  |
        | DeniesListUsers   | SilentOnListUsers | denied  |
        | DeniesListUsers   | DeniesListUsers   | denied  |

  Rule: Session policies cap the role's identity policies: both must allow, and a Deny in either denies (E1, E2)

    @id:evaluation.role-identity-policy-and-session-policy @evidence:documented
    Scenario Outline: A session of a role whose identity policy is <identity>, given the session policy <session>: listing users is <outcome>
      Source: IAM User Guide, "How AWS enforcement code logic evaluates requests to allow or deny
      access" (deny evaluation, identity-based policies, IAM permissions boundaries, session policies) and "Policy
      evaluation for requests within a single account" (the flow chart for an IAM role).
      Given the managed policy "<identity>" is attached to the role "Worker"
      And "Jill" has assumed the role "Worker" with session name "work" and:
        | PolicyArns | ${policy:<session>} |
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/work" calls "iam:ListRoles"
      Then the call is allowed
      When "Worker/work" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | identity          | session           | outcome |
        | AllowsListUsers   | AllowsListUsers   | allowed |
        | AllowsListUsers   | SilentOnListUsers | denied  |
        | AllowsListUsers   | DeniesListUsers   | denied  |
        | SilentOnListUsers | AllowsListUsers   | denied  |
        | SilentOnListUsers | SilentOnListUsers | denied  |
        | SilentOnListUsers | DeniesListUsers   | denied  |
        | DeniesListUsers   | AllowsListUsers   | denied  |
        | DeniesListUsers   | SilentOnListUsers | denied  |
        | DeniesListUsers   | DeniesListUsers   | denied  |

  Rule: With a boundary and session policies, every layer must allow and none may deny (B3, E1, E2, F1, F2)

    @id:evaluation.role-every-layer @evidence:documented
    Scenario Outline: A session of a role with identity policy <identity> and boundary <boundary>, given the session policy <session>: listing users is <outcome>
      Source: IAM User Guide, "How AWS enforcement code logic evaluates requests to allow or deny
      access" (deny evaluation, identity-based policies, IAM permissions boundaries, session policies) and "Policy
      evaluation for requests within a single account" (the flow chart for an IAM role).
      Given the managed policy "<identity>" is attached to the role "Worker"
      And the role "Worker" has the permissions boundary "<boundary>"
      And "Jill" has assumed the role "Worker" with session name "work" and:
        | PolicyArns | ${policy:<session>} |
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/work" calls "iam:ListRoles"
      Then the call is allowed
      When "Worker/work" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | identity          | boundary          | session           | outcome |
        | AllowsListUsers   | AllowsListUsers   | AllowsListUsers   | allowed |
        | AllowsListUsers   | AllowsListUsers   | SilentOnListUsers | denied  |
        | AllowsListUsers   | AllowsListUsers   | DeniesListUsers   | denied  |
        | AllowsListUsers   | SilentOnListUsers | AllowsListUsers   | denied  |
        | AllowsListUsers   | SilentOnListUsers | SilentOnListUsers | denied  |
        | AllowsListUsers   | SilentOnListUsers | DeniesListUsers   | denied  |
        | AllowsListUsers   | DeniesListUsers   | AllowsListUsers   | denied  |
        | AllowsListUsers   | DeniesListUsers   | SilentOnListUsers | denied  |
        | AllowsListUsers   | DeniesListUsers   | DeniesListUsers   | denied  |
        | SilentOnListUsers | AllowsListUsers   | AllowsListUsers   | denied  |
        | SilentOnListUsers | AllowsListUsers   | SilentOnListUsers | denied  |
        | SilentOnListUsers | AllowsListUsers   | DeniesListUsers   | denied  |
        | SilentOnListUsers | SilentOnListUsers | AllowsListUsers   | denied  |
        | SilentOnListUsers | SilentOnListUsers | SilentOnListUsers | denied  |
        | SilentOnListUsers | SilentOnListUsers | DeniesListUsers   | denied  |
        | SilentOnListUsers | DeniesListUsers   | AllowsListUsers   | denied  |
        | SilentOnListUsers | DeniesListUsers   | SilentOnListUsers | denied  |
        | SilentOnListUsers | DeniesListUsers   | DeniesListUsers   | denied  |
        | DeniesListUsers   | AllowsListUsers   | AllowsListUsers   | denied  |
        | DeniesListUsers   | AllowsListUsers   | SilentOnListUsers | denied  |
        | DeniesListUsers   | AllowsListUsers   | DeniesListUsers   | denied  |
        | DeniesListUsers   | SilentOnListUsers | AllowsListUsers   | denied  |
        | DeniesListUsers   | SilentOnListUsers | SilentOnListUsers | denied  |
        | DeniesListUsers   | SilentOnListUsers | DeniesListUsers   | denied  |
        | DeniesListUsers   | DeniesListUsers   | AllowsListUsers   | denied  |
        | DeniesListUsers   | DeniesListUsers   | SilentOnListUsers | denied  |
        | DeniesListUsers   | DeniesListUsers   | DeniesListUsers   | denied  |
