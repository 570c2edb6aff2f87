@trust
Feature: Explicit denies and service principals in role trust

  An explicit Deny wins over every Allow, wherever it is written. A Deny for
  sts:AssumeRole in the caller's own identity policy stops the caller even
  when the role's trust policy names the caller, and a Deny statement inside
  the trust policy stops the principals it matches even when another statement
  of the same trust policy allows them.

  A trust policy that names only an AWS service (such as ec2.amazonaws.com)
  lets that service assume the role, and nobody else: an IAM user who is
  allowed sts:AssumeRole by his own policy is still refused.

  Following the AWS IAM User Guide: "Policy evaluation logic" (deny
  evaluation: one applicable explicit deny gives a final Deny), "AWS JSON policy
  elements: Principal" (section "AWS service principals"), "Roles terms and
  concepts" (service role), and the STS API reference for AssumeRole.

  Rule: An explicit Deny for sts:AssumeRole in the caller's identity policy wins even when the trust policy names the caller (C4)

    @id:trust.identity-deny-beats-trust-naming-the-user @evidence:documented
    Scenario: Jill, named by the trust policy, is refused once her own policy denies sts:AssumeRole
      Source: IAM User Guide, "Policy evaluation logic" (deny evaluation: one explicit deny that applies, in
      any policy, gives a final Deny); STS API reference, "AssumeRole" (same-account trust naming the user).
      Given a user "Jill" with access keys
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill" assumes the role "Target" with session name "before"
      Then the call is allowed
      Given the user "Jill" has an inline policy "NoAssumeRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "sts:AssumeRole", "Resource": "${role:Target}"}]
        }
        """
      When "Jill" assumes the role "Target" with session name "after"
      Then the call is denied

    @id:trust.identity-deny-beats-identity-allow @evidence:documented
    Scenario: Jill's Deny in a managed policy wins over her Allow and the account's trust
      Source: IAM User Guide, "Policy evaluation logic" (deny evaluation); STS API reference, "AssumeRole" (a
      trust policy that names the account and the user's own Allow).
      Given a user "Jill" with access keys
      And a user "Jack" with access keys
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}}]
        }
        """
      And a managed policy "MayAssume":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Target}"}]
        }
        """
      And a managed policy "NoRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "sts:*", "Resource": "*"}]
        }
        """
      And the managed policy "MayAssume" is attached to the user "Jill"
      And the managed policy "MayAssume" is attached to the user "Jack"
      And the managed policy "NoRoles" is attached to the user "Jill"
      When "Jack" assumes the role "Target" with session name "jack"
      Then the call is allowed
      When "Jill" assumes the role "Target" with session name "jill"
      Then the call is denied

    @id:trust.role-identity-deny-stops-its-sessions @evidence:documented
    Scenario: A session of a role whose own policy denies sts:AssumeRole cannot assume a role that trusts it
      Source: IAM User Guide, "Policy evaluation logic" (deny evaluation; a role session is evaluated with the
      role's identity-based policies); "AWS JSON policy elements: Principal" ("IAM role principals").
      Given a user "Jill" with access keys
      And a role "First" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${role:First}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeFirst":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:First}"}]
        }
        """
      And "Jill" has assumed the role "First" with session name "sess"
      When "First/sess" assumes the role "Target" with session name "before"
      Then the call is allowed
      Given the role "First" has an inline policy "NoAssumeRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "First" with session name "tess"
      When "First/tess" assumes the role "Target" with session name "after"
      Then the call is denied

  Rule: A Deny statement in the trust policy wins over the trust policy's own Allow statements (C4)

    @id:trust.trust-deny-beats-account-allow @evidence:documented
    Scenario: The trust policy trusts the account but denies Jill by name; Jack gets in, Jill does not
      Source: IAM User Guide, "Policy evaluation logic" (deny evaluation covers resource-based policies, which
      include role trust policies); STS API reference, "AssumeRole".
      Given a user "Jill" with access keys
      And a user "Jack" with access keys
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}},
            {"Effect": "Deny", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}
          ]
        }
        """
      And a managed policy "MayAssume":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Target}"}]
        }
        """
      And the managed policy "MayAssume" is attached to the user "Jill"
      And the managed policy "MayAssume" is attached to the user "Jack"
      When "Jack" assumes the role "Target" with session name "jack"
      Then the call is allowed
      When "Jill" assumes the role "Target" with session name "jill"
      Then the call is denied

    @id:trust.trust-deny-beats-trust-allow-for-the-same-user @evidence:documented
    Scenario: A trust policy that both allows and denies Jill by name refuses her
      Source: IAM User Guide, "Policy evaluation logic" (deny evaluation: an applicable explicit deny wins
      over any Allow).
      Given a user "Jill" with access keys
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill" assumes the role "Target" with session name "before"
      Then the call is allowed
      Given the trust policy of the role "Target" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}},
            {"Effect": "Deny", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}
          ]
        }
        """
      When "Jill" assumes the role "Target" with session name "after"
      Then the call is denied

  Rule: A trust policy that names only a service principal does not let IAM users assume the role (C5)

    @id:trust.service-principal-refuses-users @evidence:documented
    Scenario: A role for EC2 refuses Jill even though her own policy allows sts:AssumeRole on every role
      Source: IAM User Guide, "Policy evaluation logic" (role trust policies must explicitly allow the
      principal); "AWS JSON policy elements: Principal" ("AWS service principals"); "Roles terms and concepts"
      (service role).
      Given a user "Jill" with access keys
      And a role "ForEc2" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "ec2.amazonaws.com"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeAnyRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "ForEc2" with session name "jill"
      Then the call is denied
      # The control: a trust policy may name a service and users side by side.
      Given the trust policy of the role "ForEc2" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"Service": "ec2.amazonaws.com", "AWS": "${user:Jill}"}
          }]
        }
        """
      When "Jill" assumes the role "ForEc2" with session name "jill"
      Then the call is allowed
