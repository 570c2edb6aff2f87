@boundary
Feature: Permissions boundaries on roles limit the role's sessions

  A role can carry a permissions boundary just like a user. Whoever assumes
  the role gets a session whose permissions are what BOTH the role's own
  policies and the role's boundary allow; the boundary grants nothing by
  itself, and an explicit Deny in either wins. The role's policies and
  boundary are evaluated when the session makes a call, so setting or removing
  the boundary changes what an existing session may do.

  In every example the trust policy of the role "Worker" names the account,
  and Jill holds an identity policy allowing sts:AssumeRole on the role, which
  is what AWS requires when the trust policy names the account rather than
  the user. Assuming the role is a precondition here; what is examined is what
  the session may do afterwards.

  Following the AWS IAM User Guide: "Permissions boundaries for IAM entities"
  ("Evaluating effective permissions with boundaries"), "Policy evaluation
  logic", "Roles terms and concepts", and the IAM API Reference:
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
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${account}:root"}, "Action": "sts:AssumeRole"}]
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

    @id:boundary.role-session-intersection
    Scenario: The role's policy allows ListUsers and ListRoles, its boundary only ListUsers, so the session cannot list roles
      Given the role "Worker" has the permissions boundary "OnlyListUsers"
      When "Jill" assumes the role "Worker" with session name "work"
      Then the call succeeds
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied
      When the admin puts the inline policy "ListUsersAndRoles" on the role "Worker":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      Then the call succeeds
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied

  Rule: (F1) A role's permissions boundary on its own grants the session nothing

    @id:boundary.role-boundary-alone-grants-nothing
    Scenario: A boundary allowing every List action lets the session list only what the role's policy allows
      Given the role "Worker" has the permissions boundary "AnyListing"
      When "Jill" assumes the role "Worker" with session name "work"
      Then the call succeeds
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied
      When the admin puts the inline policy "ListRolesOnly" on the role "Worker":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      Then the call succeeds
      When "Worker/work" calls "iam:ListRoles"
      Then the call is allowed
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied

  Rule: (F2) An explicit Deny in the role's boundary overrides the role's own Allow

    @id:boundary.role-boundary-deny-wins
    Scenario: A boundary that allows everything except ListRoles keeps ListRoles refused to the session
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
      When "Jill" assumes the role "Worker" with session name "work"
      Then the call succeeds
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied
      When the admin puts the inline policy "ListUsersAndRoles" on the role "Worker":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      Then the call succeeds
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied

  Rule: (F2) An explicit Deny in the role's own policy wins even where the boundary allows

    @id:boundary.role-identity-deny-wins
    Scenario: The boundary allows every List action, but the role's policy denies ListRoles
      Given the role "Worker" has the permissions boundary "AnyListing"
      When "Jill" assumes the role "Worker" with session name "work"
      Then the call succeeds
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied
      When the admin puts the inline policy "ListingExceptRoles" on the role "Worker":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "Listing", "Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"},
            {"Sid": "NoListRoles", "Effect": "Deny", "Action": "iam:ListRoles", "Resource": "*"}
          ]
        }
        """
      Then the call succeeds
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied

  Rule: (F3) Removing a role's permissions boundary widens what its sessions may do

    @id:boundary.removing-role-boundary-widens
    Scenario: Once the boundary is deleted, the session may list roles as the role's policy allows
      Given the role "Worker" has an inline policy "ListUsersAndRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      And the role "Worker" has the permissions boundary "OnlyListUsers"
      When "Jill" assumes the role "Worker" with session name "work"
      Then the call succeeds
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      When "admin" calls "iam:DeleteRolePermissionsBoundary" with:
        | RoleName | ${name:Worker} |
      Then the call succeeds
      When "Worker/work" calls "iam:ListRoles"
      Then the call is allowed

  Rule: (F3) Setting a boundary on a role narrows what its existing sessions may do

    @id:boundary.setting-role-boundary-narrows
    Scenario: A session that could list roles can no longer do so once the role gets a boundary allowing only ListUsers
      When "Jill" assumes the role "Worker" with session name "work"
      Then the call succeeds
      When "Worker/work" calls "iam:ListRoles"
      Then the call is denied
      When the admin puts the inline policy "ListUsersAndRoles" on the role "Worker":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      Then the call succeeds
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
