@boundary
Feature: Permissions boundaries on roles limit the role's sessions

  A role can carry a permissions boundary just like a user. Whoever assumes
  the role gets a session whose permissions are what BOTH the role's own
  policies and the role's boundary allow; the boundary grants nothing by
  itself, and an explicit Deny in either wins.

  A session's permissions are evaluated at each request, and a change to the
  role's permission policies reaches sessions issued before it ("Disabling
  permissions for temporary security credentials"); the examples below rely on
  that when they add a policy to the role after the session exists. No AWS
  page says the same of the boundary. That setting or removing a role's
  boundary changes what an EXISTING session may do is inferred from that page
  and from "Permissions boundaries for IAM entities"; the two scenarios that
  assert it say so and are tagged as inferred.

  In every example the trust policy of the role "Worker" names Jill's ARN, and
  Jill also holds an identity policy allowing sts:AssumeRole on the role, so
  her AssumeRole succeeds under every reading of the documentation. Assuming
  the role is a precondition (a Given step); what is examined is what the
  session may do afterwards.

  Following the AWS IAM User Guide: "Permissions boundaries for IAM entities"
  ("Evaluating effective permissions with boundaries"), "Policy evaluation
  logic", "Roles terms and concepts", "Disabling permissions for temporary
  security credentials", and the IAM API Reference:
  "PutRolePermissionsBoundary" and "DeleteRolePermissionsBoundary" ("Deleting
  the permissions boundary for a role might increase its permissions").

  AWS applies policy changes after a short propagation delay ("Troubleshooting
  IAM"); the examples assume the change is visible when the next call is made.

  Background:
    Given a managed policy "OnlyListUsers":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
      }
      """
    And a managed policy "AnyListing":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "iam:List*", "Resource": "*"}]
      }
      """
    And a user "Jill" with access keys
    And a role "Worker" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "${user:Jill}"}, "Action": "sts:AssumeRole"}]
      }
      """
    And the user "Jill" has an inline policy "MayAssumeWorker":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Worker}"}]
      }
      """

  Rule: (F1, F3) A role session may do only what both the role's policies and the role's boundary allow

    @id:boundary.role-session-intersection @evidence:documented
    Scenario: The role's policy allows ListUsers and ListRoles, its boundary only ListUsers, so the session cannot list roles
      Source: IAM User Guide, "Permissions boundaries for IAM entities" ("Evaluating effective permissions
      with boundaries": everything allowed by both) and "Disabling permissions for temporary security
      credentials" (a policy added to the role reaches the existing session).
      Given the role "Worker" has the permissions boundary "OnlyListUsers"
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied
      Given the role "Worker" has an inline policy "ListUsersAndRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied

  Rule: (F1) A role's permissions boundary on its own grants the session nothing

    @id:boundary.role-boundary-alone-grants-nothing @evidence:documented
    Scenario: A boundary allowing every List action lets the session list only what the role's policy allows
      Source: IAM User Guide, "Permissions boundaries for IAM entities" (a boundary does not provide
      permissions on its own); IAM API reference, "PutRolePermissionsBoundary"; IAM User Guide, "Disabling
      permissions for temporary security credentials".
      Given the role "Worker" has the permissions boundary "AnyListing"
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied
      Given the role "Worker" has an inline policy "ListRolesOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      When "Worker/work" calls "iam:ListRoles"
      Then the call is allowed
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied

  Rule: (F2) An explicit Deny in the role's boundary overrides the role's own Allow

    @id:boundary.role-boundary-deny-wins @evidence:documented
    Scenario: A boundary that allows everything except ListRoles keeps ListRoles refused to the session
      Source: IAM User Guide, "Permissions boundaries for IAM entities" ("An explicit deny in either of these
      policies overrides the allow") and "Disabling permissions for temporary security credentials".
      Given a managed policy "EverythingButListRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "Everything", "Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Sid": "NoListRoles", "Effect": "Deny", "Action": "iam:ListRoles", "Resource": "*"}
          ]
        }
        """
      And the role "Worker" has the permissions boundary "EverythingButListRoles"
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied
      Given the role "Worker" has an inline policy "ListUsersAndRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied

  Rule: (F2) An explicit Deny in the role's own policy wins even where the boundary allows

    @id:boundary.role-identity-deny-wins @evidence:documented
    Scenario: The boundary allows every List action, but the role's policy denies ListRoles
      Source: IAM User Guide, "Permissions boundaries for IAM entities" ("An explicit deny in either of these
      policies overrides the allow") and "Disabling permissions for temporary security credentials".
      Given the role "Worker" has the permissions boundary "AnyListing"
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied
      Given the role "Worker" has an inline policy "ListingExceptRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "Listing", "Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"},
            {"Sid": "NoListRoles", "Effect": "Deny", "Action": "iam:ListRoles", "Resource": "*"}
          ]
        }
        """
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied

  Rule: (F3) Removing a role's permissions boundary widens what its existing sessions may do (inferred)

    @id:boundary.removing-role-boundary-widens @evidence:inferred
    Scenario: Once the boundary is deleted, the session may list roles as the role's policy allows
      Source: inferred from IAM User Guide, "Disabling permissions for temporary security credentials"
      (permissions are evaluated at each request; a change to a role's permission policies reaches
      sessions issued before it) and "Permissions boundaries for IAM entities"; IAM API reference,
      "DeleteRolePermissionsBoundary" ("might increase its permissions").
      No AWS page says that deleting a role's boundary changes what a session issued before the
      deletion may do; the session here was issued while the boundary was in place.

      Given the role "Worker" has an inline policy "ListUsersAndRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      And the role "Worker" has the permissions boundary "OnlyListUsers"
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      When "admin" calls "iam:DeleteRolePermissionsBoundary" with:
        | RoleName | ${name:Worker} |
      Then the call succeeds
      When "Worker/work" calls "iam:ListRoles"
      Then the call is allowed

  Rule: (F3) Setting a boundary on a role narrows what its existing sessions may do (inferred)

    @id:boundary.setting-role-boundary-narrows @evidence:inferred
    Scenario: A session that could list roles can no longer do so once the role gets a boundary allowing only ListUsers
      Source: inferred from IAM User Guide, "Disabling permissions for temporary security credentials"
      (permissions are evaluated at each request; a change to a role's permission policies reaches
      sessions issued before it) and "Permissions boundaries for IAM entities"; IAM API reference,
      "PutRolePermissionsBoundary".
      No AWS page says that a boundary put on a role limits a session issued before it; the session
      here was issued while the role had no boundary.

      Given "Jill" has assumed the role "Worker" with session name "work"
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied
      Given the role "Worker" has an inline policy "ListUsersAndRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      When "Worker/work" calls "iam:ListRoles"
      Then the call is allowed
      When "admin" calls "iam:PutRolePermissionsBoundary" with:
        | RoleName            | ${name:Worker}          |
        | PermissionsBoundary | ${policy:OnlyListUsers} |
      Then the call succeeds
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
