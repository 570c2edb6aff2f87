@identity
Feature: An Allow in any attached identity policy grants the action

  A principal's identity-based policies are all the policies that apply to it:
  for an IAM user, its inline policies, the managed policies attached to it,
  and the inline and managed policies of every group it belongs to; for a role
  session, the inline and managed policies of its role. One Allow statement in
  any of them is enough to allow a request (as long as nothing denies it), and
  the grants of the different policies add up. A policy grants only what it
  names: allowing iam:ListUsers does not allow iam:ListRoles.

  Each example first shows the call refused, then adds the grant, then shows
  the same call allowed.

  In the role examples, the role trusts every principal of this account
  (Principal "*" with a condition on aws:PrincipalAccount) and Jill's own
  policy allows sts:AssumeRole on the role, so her AssumeRole succeeds
  whichever of the two AWS requires; that is set-up, not what is tested here.

  Following the AWS IAM User Guide: "Policy evaluation logic", "Policy
  evaluation for requests within a single account", "Managed policies and
  inline policies", "IAM user groups", and "Roles terms and concepts".

  Rule: (B2) An Allow in a policy of the user, inline or managed, grants the action

    Background:
      Given a user "Jill" with access keys

    @id:identity.user-inline-allow-grants
    Scenario: An inline policy on the user allows iam:ListUsers, and nothing else
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListUsersOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:ListRoles"
      Then the call is denied

    @id:identity.user-managed-allow-grants
    Scenario: A managed policy attached to the user allows iam:ListUsers, and nothing else
      Given a managed policy "ListUsersOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the managed policy "ListUsersOnly" is attached to the user "Jill"
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:ListRoles"
      Then the call is denied

  Rule: (B2) An Allow in a policy of a group, inline or managed, grants the action to every member and to no one else

    Background:
      Given a user "Jill" with access keys
      And a group "Devs"

    @id:identity.group-inline-allow-grants
    Scenario: Joining a group whose inline policy allows iam:ListGroups grants it
      Given the group "Devs" has an inline policy "ListGroupsOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListGroups", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListGroups"
      Then the call is denied
      Given the user "Jill" is a member of the group "Devs"
      When "Jill" calls "iam:ListGroups"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied

    @id:identity.group-managed-allow-grants
    Scenario: Joining a group with an attached managed policy that allows iam:ListGroups grants it
      Given a managed policy "ListGroupsOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListGroups", "Resource": "*"}]
        }
        """
      And the managed policy "ListGroupsOnly" is attached to the group "Devs"
      When "Jill" calls "iam:ListGroups"
      Then the call is denied
      Given the user "Jill" is a member of the group "Devs"
      When "Jill" calls "iam:ListGroups"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied

    @id:identity.group-grant-reaches-members-only
    Scenario: Jill, a member, is allowed what the group allows; Jack, not a member, is not
      Given a user "Jack" with access keys
      And the group "Devs" has an inline policy "ListGroupsOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListGroups", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListGroups"
      Then the call is denied
      Given the user "Jill" is a member of the group "Devs"
      When "Jill" calls "iam:ListGroups"
      Then the call is allowed
      When "Jack" calls "iam:ListGroups"
      Then the call is denied

    @id:identity.user-and-group-grants-add-up
    Scenario: The user's own Allow and the group's Allow both apply
      Given the user "Jill" is a member of the group "Devs"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListGroups"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListUsersOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And the group "Devs" has an inline policy "ListGroupsOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListGroups", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:ListGroups"
      Then the call is allowed
      When "Jill" calls "iam:ListRoles"
      Then the call is denied

  Rule: (B2) A role session is allowed what the role's inline and managed policies allow

    Background:
      Given a user "Jill" with access keys
      And a role "Reader" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Principal": {"AWS": "*"},
            "Action": "sts:AssumeRole",
            "Condition": {"StringEquals": {"aws:PrincipalAccount": "${account}"}}
          }]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeReader":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Reader}"}]
        }
        """

    @id:identity.role-inline-allow-grants-the-session
    Scenario: An inline policy on the role allows its session iam:ListUsers, and nothing else
      When "Jill" assumes the role "Reader" with session name "s"
      Then the call is allowed
      When "Reader/s" calls "iam:ListUsers"
      Then the call is denied
      Given the role "Reader" has an inline policy "ListUsersOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Reader/s" calls "iam:ListUsers"
      Then the call is allowed
      When "Reader/s" calls "iam:ListRoles"
      Then the call is denied

    @id:identity.role-managed-allow-grants-the-session
    Scenario: A managed policy attached to the role allows its session iam:ListRoles, and nothing else
      Given a managed policy "ListRolesOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Reader" with session name "s"
      Then the call is allowed
      When "Reader/s" calls "iam:ListRoles"
      Then the call is denied
      Given the managed policy "ListRolesOnly" is attached to the role "Reader"
      When "Reader/s" calls "iam:ListRoles"
      Then the call is allowed
      When "Reader/s" calls "iam:ListUsers"
      Then the call is denied

    @id:identity.role-inline-and-managed-grants-add-up
    Scenario: The session is allowed both what the role's inline policy and its managed policy allow
      Given a managed policy "ListRolesOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Reader" with session name "s"
      Then the call is allowed
      When "Reader/s" calls "iam:ListUsers"
      Then the call is denied
      When "Reader/s" calls "iam:ListRoles"
      Then the call is denied
      Given the role "Reader" has an inline policy "ListUsersOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And the managed policy "ListRolesOnly" is attached to the role "Reader"
      When "Reader/s" calls "iam:ListUsers"
      Then the call is allowed
      When "Reader/s" calls "iam:ListRoles"
      Then the call is allowed
      When "Reader/s" calls "iam:GetAccountSummary"
      Then the call is denied
