@boundary
Feature: Permissions boundaries on IAM users

  A permissions boundary is a managed policy that an administrator sets on a
  user (or role) to cap what its own policies can ever grant. The user may do
  only what BOTH its identity policies and its boundary allow: the boundary on
  its own grants nothing, and an explicit Deny in either of them wins over
  every Allow. The boundary applies to the permissions the user's identity
  policies grant, including her permission to call sts:AssumeRole.

  Jill below starts with a boundary and no policy of her own, so each example
  first shows a call refused, then gives Jill an identity policy and shows
  which calls that policy can (and cannot) open up inside her boundary.

  Following the AWS IAM User Guide: "Permissions boundaries for IAM entities"
  ("Evaluating effective permissions with boundaries"), "Policy evaluation
  logic", "Update a role trust policy", and the IAM API Reference: "PutUserPermissionsBoundary" ("Adds or
  updates the policy that is specified as the IAM user's permissions
  boundary").

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

  Rule: (F1) A user's effective permissions are those allowed by both her identity policies and her permissions boundary

    @id:boundary.user-intersection @evidence:documented
    Scenario: Jill's own policy allows ListUsers and ListRoles, her boundary only ListUsers, so ListRoles stays refused
      Source: IAM User Guide, "Permissions boundaries for IAM entities" ("Evaluating effective permissions
      with boundaries": the effective permissions are everything allowed by both).
      Given the user "Jill" has the permissions boundary "OnlyListUsers"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListUsersAndRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:ListRoles"
      Then the call is denied

  Rule: (F1) A permissions boundary on its own grants nothing

    @id:boundary.user-boundary-alone-grants-nothing @evidence:documented
    Scenario: A boundary allowing every List action lets Jill list only what her own policy allows
      Source: IAM User Guide, "Permissions boundaries for IAM entities" (a boundary "does not provide
      permissions on its own"); IAM API reference, "PutUserPermissionsBoundary".
      Given the user "Jill" has the permissions boundary "AnyListing"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListRolesOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListRoles"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied

  Rule: (F2) An explicit Deny in the permissions boundary overrides an Allow in the identity policy

    @id:boundary.user-boundary-deny-wins @evidence:documented
    Scenario: A boundary that allows everything except ListRoles keeps ListRoles refused although Jill's policy allows it
      Source: IAM User Guide, "Permissions boundaries for IAM entities" ("An explicit deny in either of these
      policies overrides the allow").
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
      And the user "Jill" has the permissions boundary "EverythingButListRoles"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListUsersAndRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:ListRoles"
      Then the call is denied

  Rule: (F2) An explicit Deny in an identity policy wins even where the permissions boundary allows

    @id:boundary.user-identity-deny-wins @evidence:documented
    Scenario: The boundary allows every List action, but Jill's own policy denies ListRoles
      Source: IAM User Guide, "Permissions boundaries for IAM entities" ("An explicit deny in either of these
      policies overrides the allow").
      Given the user "Jill" has the permissions boundary "AnyListing"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListingExceptRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "Listing", "Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"},
            {"Sid": "NoListRoles", "Effect": "Deny", "Action": "iam:ListRoles", "Resource": "*"}
          ]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:ListRoles"
      Then the call is denied

  Rule: (F1) The boundary also limits the user's own sts:AssumeRole calls, and replacing the boundary changes what she may do

    @id:boundary.user-boundary-limits-assume-role @evidence:documented
    Scenario: Jill may assume a role by her own policy, but only once her boundary also allows sts:AssumeRole
      Source: IAM User Guide, "Update a role trust policy" (note: a user's permissions boundary must allow
      sts:AssumeRole), "Permissions boundaries for IAM entities" and "AWS JSON policy elements: Principal"
      (a trust policy naming the account delegates the decision to the account's identity policies).
      The trust policy names the account, not Jill, so that the permission comes from her identity
      policy, which her boundary limits. For a trust policy naming her ARN the pages disagree: "Update a
      role trust policy" says her boundary must still allow sts:AssumeRole, while "Permissions boundaries
      for IAM entities" says a boundary does not reduce what a resource-based policy grants within the
      account. That case is not asserted here.

      Given a role "Worker" whose trust policy is:
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
      And a managed policy "ListUsersAndAssume":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "sts:AssumeRole"], "Resource": "*"}]
        }
        """
      And the user "Jill" has the permissions boundary "OnlyListUsers"
      When "Jill" assumes the role "Worker" with session name "capped"
      Then the call is denied
      When "admin" calls "iam:PutUserPermissionsBoundary" with:
        | UserName            | ${name:Jill}                 |
        | PermissionsBoundary | ${policy:ListUsersAndAssume} |
      Then the call succeeds
      When "Jill" assumes the role "Worker" with session name "widened"
      Then the call is allowed

  Rule: (F1) The boundary caps every identity-based policy of the user, those of her groups included

    @id:boundary.user-boundary-caps-group-policies @evidence:documented
    Scenario: Jill's group allows every listing, her boundary only ListUsers, so ListRoles stays refused
      Source: IAM User Guide, "Permissions boundaries for IAM entities" (the boundary limits the user's
      identity-based policies; a group's policies are identity-based policies of its members); "Policy
      evaluation logic".
      Given a group "Devs"
      And the managed policy "AnyListing" is attached to the group "Devs"
      And the user "Jill" is a member of the group "Devs"
      When "Jill" calls "iam:ListRoles"
      Then the call is allowed
      Given the user "Jill" has the permissions boundary "OnlyListUsers"
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed

  Rule: (F1) Deleting a user's boundary gives her back all her identity policies allow

    @id:boundary.deleting-user-boundary-widens @evidence:documented
    Scenario: Jill's boundary keeps ListRoles refused until it is deleted
      Source: IAM API reference, "DeleteUserPermissionsBoundary" ("Deleting the permissions boundary for a user
      might increase its permissions by allowing the user to perform all the actions granted in its
      permissions policies"); IAM User Guide, "Permissions boundaries for IAM entities".
      Given the managed policy "AnyListing" is attached to the user "Jill"
      And the user "Jill" has the permissions boundary "OnlyListUsers"
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      When "admin" calls "iam:DeleteUserPermissionsBoundary" with:
        | UserName | ${name:Jill} |
      Then the call succeeds
      When "Jill" calls "iam:ListRoles"
      Then the call is allowed

  Rule: (F1, A) GetCallerIdentity needs no permission, so no boundary can refuse it

    @id:boundary.caller-identity-under-a-boundary-allowing-nothing-useful @evidence:documented
    Scenario: Jill, bounded to ListUsers with no policy of her own, is refused ListUsers and still learns who she is
      Source: IAM User Guide, "Permissions boundaries for IAM entities"; "Requesting temporary security
      credentials" (no permissions are required to call GetCallerIdentity, and it works even under an explicit
      deny); STS API reference, "GetCallerIdentity".
      Given the user "Jill" has the permissions boundary "OnlyListUsers"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${user:Jill}"

  Rule: (F1) An AWS managed policy can serve as a user's permissions boundary

    @id:boundary.aws-managed-policy-as-user-boundary @evidence:documented
    Scenario: With the AWS managed policy IAMReadOnlyAccess as her boundary, Jill's policy allowing all of IAM lets her read but not tag
      Source: IAM User Guide, "Permissions boundaries for IAM entities" ("You can use an AWS managed policy
      or a customer managed policy to set the boundary for an IAM entity"); AWS Managed Policy Reference
      Guide, "IAMReadOnlyAccess" (its document allows iam:Get*, iam:List* and a few Generate and Simulate
      actions, no Tag action).
      Given the user "Jill" has an inline policy "AllOfIam":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:TagUser" with:
        | UserName | ${name:Jill} |
        | Tags     | team=red     |
      Then the call is allowed
      Given the user "Jill" has the permissions boundary "arn:aws:iam::aws:policy/IAMReadOnlyAccess"
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:TagUser" with:
        | UserName | ${name:Jill} |
        | Tags     | team=blue    |
      Then the call is denied

  Rule: (F1, B6) A refusal caused by the boundary says so

    @id:boundary.implicit-deny-message @strict @evidence:documented
    Scenario: The refusal of an action Jill's policy allows and her boundary does not names the permissions boundary
      Source: IAM User Guide, "Troubleshoot access denied error messages" (an implicit denial by a
      permissions boundary, in the page's examples: "… is not authorized to perform: <action> on resource:
      <resource> because no permissions boundary allows the <action> action"); the same wording in an AWS
      answer recorded in nebari-dev/nebari issue #2152.
      Given the user "Jill" has the permissions boundary "OnlyListUsers"
      And the user "Jill" has an inline policy "ListUsersAndRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      And the error message contains "User: ${user:Jill} is not authorized to perform: iam:ListRoles"
      And the error message contains "because no permissions boundary allows the iam:ListRoles action"

    @id:boundary.explicit-deny-message @strict @evidence:documented
    Scenario: The refusal of an action Jill's boundary denies names the explicit deny in the permissions boundary
      Source: IAM User Guide, "Troubleshoot access denied error messages" (an explicit denial in a
      permissions boundary: "… with an explicit deny in a permissions boundary").
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
      And the user "Jill" has the permissions boundary "EverythingButListRoles"
      And the user "Jill" has an inline policy "ListUsersAndRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      And the error message contains "User: ${user:Jill} is not authorized to perform: iam:ListRoles"
      And the error message contains "with an explicit deny in a permissions boundary"
