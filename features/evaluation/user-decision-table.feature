@evaluation
Feature: Policy evaluation for a user's own calls, as a decision table

  When an IAM user calls an action with its own access keys, AWS denies it if
  any policy that applies denies it; otherwise the user's identity-based
  policies must allow it, and if the user has a permissions boundary, the
  boundary must allow it too. A boundary grants nothing by itself: it only
  sets the most the identity policies can give.

  The tables below try every combination for one action, iam:ListUsers, with
  the identity policy and the boundary each one of three managed policies: one
  that allows it, one that is silent on it, and one that denies it. Each of the
  three allows iam:ListRoles, so a user who may list roles shows that the
  policies were applied: a refusal of iam:ListUsers then says something about
  the rule. Each row first shows Ann, with no policy yet, refused the call.

  Following the AWS IAM User Guide: "How AWS enforcement code logic evaluates
  requests to allow or deny access", "Policy evaluation for requests within a
  single account" (the flow chart for an IAM user) and "Permissions boundaries
  for IAM entities" ("Evaluating effective permissions with boundaries").

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
    And a user "Ann" with access keys

  Rule: Without a boundary, the user's identity policies decide: an Allow allows, silence and a Deny deny (B1, B2, B3)

    @id:evaluation.user-identity-policy-alone @evidence:documented
    Scenario Outline: A user whose identity policy is <identity>, with no boundary: listing users is <outcome>
      Source: IAM User Guide, "How AWS enforcement code logic evaluates requests to allow or deny
      access" (deny evaluation, identity-based policies, IAM permissions boundaries, session policies) and "Policy
      evaluation for requests within a single account" (the flow chart for an IAM user).
      When "Ann" calls "iam:ListUsers"
      Then the call is denied
      Given the managed policy "<identity>" is attached to the user "Ann"
      When "Ann" calls "iam:ListRoles"
      Then the call is allowed
      When "Ann" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | identity          | outcome |
        | AllowsListUsers   | allowed |
        | SilentOnListUsers | denied  |
        | DeniesListUsers   | denied  |

  Rule: A user's permissions boundary caps the identity policies: both must allow, and a Deny in either denies (F1, F2)

    @id:evaluation.user-identity-policy-and-boundary @evidence:documented
    Scenario Outline: A user whose identity policy is <identity> and whose boundary is <boundary>: listing users is <outcome>
      Source: IAM User Guide, "How AWS enforcement code logic evaluates requests to allow or deny
      access" (deny evaluation, identity-based policies, IAM permissions boundaries, session policies) and "Policy
      evaluation for requests within a single account" (the flow chart for an IAM user).
      When "Ann" calls "iam:ListUsers"
      Then the call is denied
      Given the managed policy "<identity>" is attached to the user "Ann"
      And the user "Ann" has the permissions boundary "<boundary>"
      When "Ann" calls "iam:ListRoles"
      Then the call is allowed
      When "Ann" calls "iam:ListUsers"
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
