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

  In the role examples, the role's trust policy names Jill's ARN and Jill's
  own policy allows sts:AssumeRole on the role, so her AssumeRole succeeds
  under every reading of the documentation. Assuming the role is a
  precondition (a Given step), not what is tested here. A policy added to the
  role after the session was issued applies to it: a session's permissions are
  evaluated at each request ("Disabling permissions for temporary security
  credentials").

  Following the AWS IAM User Guide: "Policy evaluation logic", "Policy
  evaluation for requests within a single account", "Managed policies and
  inline policies", "IAM user groups", "Roles terms and concepts", and
  "Disabling permissions for temporary security credentials".

  Rule: (B2) An Allow in a policy of the user, inline or managed, grants the action

    Background:
      Given a user "Jill" with access keys

    @id:identity.user-inline-allow-grants @evidence:documented
    Scenario: An inline policy on the user allows iam:ListUsers, and nothing else
      Source: IAM User Guide, "Policy evaluation logic" and "Managed policies and inline policies".
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

    @id:identity.user-managed-allow-grants @evidence:documented
    Scenario: A managed policy attached to the user allows iam:ListUsers, and nothing else
      Source: IAM User Guide, "Policy evaluation logic" and "Managed policies and inline policies".
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

    @id:identity.group-inline-allow-grants @evidence:documented
    Scenario: Joining a group whose inline policy allows iam:ListGroups grants it
      Source: IAM User Guide, "IAM user groups" and "Policy evaluation logic".
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

    @id:identity.group-managed-allow-grants @evidence:documented
    Scenario: Joining a group with an attached managed policy that allows iam:ListGroups grants it
      Source: IAM User Guide, "IAM user groups", "Managed policies and inline policies" and "Policy
      evaluation logic".
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

    @id:identity.group-grant-reaches-members-only @evidence:documented
    Scenario: Jill, a member, is allowed what the group allows; Jack, not a member, is not
      Source: IAM User Guide, "IAM user groups" and "Policy evaluation logic".
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

    @id:identity.user-and-group-grants-add-up @evidence:documented
    Scenario: The user's own Allow and the group's Allow both apply
      Source: IAM User Guide, "Policy evaluation logic" (all identity-based policies of the principal
      apply) and "IAM user groups".
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
          "Statement": [{"Effect": "Allow", "Principal": {"AWS": "${user:Jill}"}, "Action": "sts:AssumeRole"}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeReader":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Reader}"}]
        }
        """

    @id:identity.role-inline-allow-grants-the-session @evidence:documented
    Scenario: An inline policy on the role allows its session iam:ListUsers, and nothing else
      Source: IAM User Guide, "Policy evaluation logic" and "Disabling permissions for temporary security
      credentials" (changes to a role's permission policies reach sessions issued before them).
      Given "Jill" has assumed the role "Reader" with session name "sess"
      When "Reader/sess" calls "iam:ListUsers"
      Then the call is denied
      Given the role "Reader" has an inline policy "ListUsersOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Reader/sess" calls "iam:ListUsers"
      Then the call is allowed
      When "Reader/sess" calls "iam:ListRoles"
      Then the call is denied

    @id:identity.role-managed-allow-grants-the-session @evidence:documented
    Scenario: A managed policy attached to the role allows its session iam:ListRoles, and nothing else
      Source: IAM User Guide, "Policy evaluation logic" and "Disabling permissions for temporary security
      credentials" (changes to a role's permission policies reach sessions issued before them).
      Given a managed policy "ListRolesOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Reader" with session name "sess"
      When "Reader/sess" calls "iam:ListRoles"
      Then the call is denied
      Given the managed policy "ListRolesOnly" is attached to the role "Reader"
      When "Reader/sess" calls "iam:ListRoles"
      Then the call is allowed
      When "Reader/sess" calls "iam:ListUsers"
      Then the call is denied

    @id:identity.role-inline-and-managed-grants-add-up @evidence:documented
    Scenario: The session is allowed both what the role's inline policy and its managed policy allow
      Source: IAM User Guide, "Policy evaluation logic", "Managed policies and inline policies" and
      "Disabling permissions for temporary security credentials".
      Given a managed policy "ListRolesOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Reader" with session name "sess"
      When "Reader/sess" calls "iam:ListUsers"
      Then the call is denied
      When "Reader/sess" calls "iam:ListRoles"
      Then the call is denied
      Given the role "Reader" has an inline policy "ListUsersOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And the managed policy "ListRolesOnly" is attached to the role "Reader"
      When "Reader/sess" calls "iam:ListUsers"
      Then the call is allowed
      When "Reader/sess" calls "iam:ListRoles"
      Then the call is allowed
      When "Reader/sess" calls "iam:GetAccountSummary"
      Then the call is denied
