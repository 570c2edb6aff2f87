@seed
Feature: The walkthrough: Jill, a policy, a role, and AssumeRole

  Jill is an IAM user with access keys and no permissions of her own, so AWS
  refuses to list the account's users for her. An administrator writes a
  managed policy that allows iam:ListUsers, creates a role whose trust policy
  names Jill, and attaches the policy to the role. Jill assumes the role and
  receives temporary credentials; signed with those, the same ListUsers call
  succeeds, and the call reports that she is now acting as a session of the
  role. The role grants ListUsers and nothing else.

  Following the AWS IAM User Guide: "IAM roles", "Roles terms and concepts",
  "Policy evaluation logic" (section "Determining whether a request is allowed
  or denied within an account": resource-based policies, where role trust
  policies must explicitly allow the principal), and the STS API reference for
  AssumeRole (a user of the same account may assume a role whose trust policy
  names the user, with no identity policy of its own) and GetCallerIdentity.

  Background:
    Given a user "Jill" with access keys
    And a managed policy "getListOfUsers":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
      }
      """
    And a role "getUsersRoleForJill" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": {
          "Effect": "Allow",
          "Action": "sts:AssumeRole",
          "Principal": {"AWS": ["${user:Jill}"]}
        }
      }
      """
    And the managed policy "getListOfUsers" is attached to the role "getUsersRoleForJill"

  Rule: In the same account, a trust policy that names a user's ARN is enough for that user to assume the role

    @id:seed.jill-lists-users-through-the-role @trust @identity @evidence:documented
    Scenario: Jill, with no policy of her own, assumes the role and lists users with its credentials
      Source: STS API reference, "AssumeRole" ("Add the user as a principal directly in the role's trust
      policy"; no additional identity-based policy is required); IAM User Guide, "Policy evaluation logic"
      (resource-based policies within an account; default deny); "IAM identifiers" (assumed-role session ARN).
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" assumes the role "getUsersRoleForJill" with session name "jillTemp"
      Then the call is allowed
      When "getUsersRoleForJill/jillTemp" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:getUsersRoleForJill/jillTemp}"
      When "getUsersRoleForJill/jillTemp" calls "iam:ListUsers"
      Then the call is allowed
      When "getUsersRoleForJill/jillTemp" calls "iam:ListRoles"
      Then the call is denied

  Rule: An identity policy that also allows sts:AssumeRole on the role changes nothing for a trusted user

    @id:seed.jill-with-identity-policy-assumes-the-role @trust @identity @evidence:documented
    Scenario: Jill, who also holds an identity policy allowing sts:AssumeRole on the role, lists users through it
      Source: STS API reference, "AssumeRole" (same-account assumption); IAM User Guide, "Policy evaluation
      logic" (resource-based policies within an account); "IAM identifiers" (assumed-role session ARN).
      Given the user "Jill" has an inline policy "MayAssumeTheRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:getUsersRoleForJill}"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" assumes the role "getUsersRoleForJill" with session name "jillTemp"
      Then the call is allowed
      When "getUsersRoleForJill/jillTemp" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:getUsersRoleForJill/jillTemp}"
      When "getUsersRoleForJill/jillTemp" calls "iam:ListUsers"
      Then the call is allowed
      When "getUsersRoleForJill/jillTemp" calls "iam:ListRoles"
      Then the call is denied

  Rule: A principal the trust policy does not name cannot assume the role, whatever its own identity policy allows

    @id:seed.untrusted-user-cannot-assume-the-role @trust @identity @evidence:documented
    Scenario: Jack, allowed sts:AssumeRole by his own policy but not named in the trust policy, is refused
      Source: IAM User Guide, "Policy evaluation logic" (role trust policies "must explicitly allow access for
      principals"); STS API reference, "AssumeRole".
      Given a user "Jack" with access keys
      And the user "Jack" has an inline policy "MayAssumeTheRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:getUsersRoleForJill}"}]
        }
        """
      When "Jill" assumes the role "getUsersRoleForJill" with session name "jillTemp"
      Then the call is allowed
      When "Jack" assumes the role "getUsersRoleForJill" with session name "jackTemp"
      Then the call is denied
