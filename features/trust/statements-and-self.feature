@trust
Feature: Every statement of a trust policy counts, and a role trusts itself only when it says so

  A trust policy may hold several statements; the caller gets in when any
  Allow statement names her (and none denies her), whichever place it has. A
  role's own sessions are not trusted by the role automatically: since
  September 2022 a session that asks for its own role again needs the role's
  trust policy to name the role, like any other principal.

  In these examples Jill's own policy allows sts:AssumeRole on the roles, so
  the identity side holds under every reading of the documentation and the
  trust policy alone decides.

  Following the AWS IAM User Guide: "Policy evaluation logic" (a role's trust
  policy must allow the principal), "AWS JSON policy elements: Principal",
  "IAM JSON policy elements: Statement" and "Roles terms and concepts" (role
  chaining, and the note that a role must explicitly trust itself), and the
  AWS Security Blog post "Announcing an update to IAM role trust policy
  behavior" (2022).

  Background:
    Given a user "Jill" with access keys
    And a user "Other"
    And the user "Jill" has an inline policy "MayAssumeAnyRole":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
      }
      """

  Rule: A caller named in any Allow statement of the trust policy gets in (C1, C2)

    @id:trust.caller-named-in-the-second-statement @evidence:documented
    Scenario: Jill is refused while the trust policy names only Other, and gets in once a second statement names her
      Source: IAM User Guide, "IAM JSON policy elements: Statement" (a policy's statements are evaluated
      together: any Allow that matches applies); "Policy evaluation logic"; "AWS JSON policy elements:
      Principal".
      Given a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Other}"}}]
        }
        """
      When "Jill" assumes the role "Target" with session name "jill"
      Then the call is denied
      Given the trust policy of the role "Target" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "Other", "Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Other}"}},
            {"Sid": "Jill", "Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}
          ]
        }
        """
      When "Jill" assumes the role "Target" with session name "jill"
      Then the call is allowed

  Rule: A role's session may assume the role again only when the role's trust policy names the role (C1, D2)

    @id:trust.role-assumes-itself-only-when-trusted @evidence:documented
    Scenario: Jill's session of "Self", allowed to assume "Self", is refused until the trust policy names "Self"
      Source: AWS Security Blog, "Announcing an update to IAM role trust policy behavior" (2022: a role
      assuming itself must be allowed explicitly in its trust policy); IAM User Guide, "Roles terms and
      concepts" (role chaining); "Policy evaluation logic".
      Given a role "Self" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the role "Self" has an inline policy "MayAssumeSelf":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Self}"}]
        }
        """
      And "Jill" has assumed the role "Self" with session name "first"
      When "Self/first" assumes the role "Self" with session name "again"
      Then the call is denied
      Given the trust policy of the role "Self" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": ["${user:Jill}", "${role:Self}"]}}]
        }
        """
      When "Self/first" assumes the role "Self" with session name "again"
      Then the call is allowed
