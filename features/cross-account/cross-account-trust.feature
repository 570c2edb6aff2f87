@cross-account @requires:second-account
Feature: Assuming a role in another account

  When the caller and the role live in different AWS accounts, two accounts
  must agree. The role's account says yes through the role's trust policy; the
  caller's account says yes through the caller's own identity policy, which
  must allow sts:AssumeRole on the role. Neither is enough alone: unlike in a
  single account, a trust policy that names the caller's user ARN, or every
  principal ({"AWS": "*"}), does not let the caller in without the identity
  policy.

  In these examples the role lives in the suite's (first) account and Ann is a
  user of a second account: `Given a user "Ann" with access keys in the second
  account`. Steps on Ann (her policies, groups, boundary) act in her account;
  ${account:second} is its id.

  Following the AWS IAM User Guide: "Cross-account policy evaluation logic",
  "Policy evaluation logic", "AWS JSON policy elements: Principal" (sections
  "AWS account principals" and "All principals"), "How to use an external ID
  when granting access to your AWS resources to a third party", and the STS API
  reference for AssumeRole.

  Rule: Across accounts, both the role's trust policy and the caller's identity policy must allow the AssumeRole request (C3)

    @id:cross-account.account-trust-needs-identity-allow @evidence:documented
    Scenario: Ann of the second account, trusted through her account, gets in only once her own policy allows it
      Source: IAM User Guide, "Cross-account policy evaluation logic" (both accounts must allow the request);
      STS API reference, "AssumeRole" (a user in another account must also be allowed AssumeRole by its own
      account); "AWS JSON policy elements: Principal" ("AWS account principals").
      Given a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account:second}:root"}}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      Given the user "Ann" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed
      When "Shared/ann" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Shared/ann}"

    @id:cross-account.user-trust-needs-identity-allow @evidence:documented
    Scenario: A trust policy that names Ann's user ARN is not enough across accounts
      Source: IAM User Guide, "Cross-account policy evaluation logic"; "AWS JSON policy elements: Principal"
      ("All principals": principals in other accounts must also have identity-based permissions); STS API
      reference, "AssumeRole".
      Given a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Ann}"}}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      Given the user "Ann" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

    @id:cross-account.wildcard-trust-needs-identity-allow @evidence:documented
    Scenario: A trust policy open to every principal still needs Ann's own Allow across accounts
      Source: IAM User Guide, "AWS JSON policy elements: Principal" ("All principals": principals in other
      accounts must also have identity-based permissions); "Cross-account policy evaluation logic";
      hashicorp/terraform-provider-aws PR #4248 (IAM accepts {"AWS": "*"} in a trust policy).
      The pages disagree: "Roles terms and concepts" says a trust policy cannot name a wildcard principal; AWS
      accepts {"AWS": "*"} (recorded), and this scenario asserts only the cross-account case.
      Given a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      Given the user "Ann" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

    @id:cross-account.identity-allow-without-trust @evidence:documented
    Scenario: Ann's own Allow is not enough when the trust policy does not name her account
      Source: IAM User Guide, "Cross-account policy evaluation logic"; "Policy evaluation logic" (role trust
      policies must explicitly allow access for principals); STS API reference, "AssumeRole".
      Given a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}}]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeAnyRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      Given the trust policy of the role "Shared" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account:second}:root"}}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

    @id:cross-account.bare-account-id-trust-needs-identity-allow @evidence:documented
    Scenario: A trust policy naming Ann's account by its bare id trusts the account, and Ann still needs her own Allow
      Source: IAM User Guide, "AWS JSON policy elements: Principal" ("AWS account principals": an account can be
      named by its ARN or by its id alone, which IAM stores as the root ARN); "Cross-account policy evaluation
      logic".
      Given a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${account:second}"}}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      Given the user "Ann" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

    @id:cross-account.identity-allow-must-cover-the-role @evidence:documented
    Scenario: Ann's Allow of another role does not cover the role she asks for
      Source: IAM User Guide, "Cross-account policy evaluation logic" (the identity-based policy in the
      caller's account must allow the request on that resource); "Policy evaluation logic" (an Allow applies
      only to the resources its statement names).
      Given a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account:second}:root"}}]
        }
        """
      And a role "Other" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account:second}:root"}}]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeOther":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Other}"}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      When "Ann" assumes the role "Other" with session name "ann"
      Then the call is allowed

    @id:cross-account.identity-allow-of-every-role-of-the-account @evidence:documented
    Scenario: Ann's Allow of every role of the other account, by a wildcard ARN, covers the role
      Source: IAM User Guide, "Cross-account policy evaluation logic"; "IAM JSON policy elements: Resource"
      (wildcards in the resource part of an ARN).
      Given a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account:second}:root"}}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      Given the user "Ann" has an inline policy "MayAssumeRolesOfTheFirstAccount":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::${account}:role/*"}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

    @id:cross-account.identity-allow-through-a-group @evidence:documented
    Scenario: The Allow can come from a group of Ann's account
      Source: IAM User Guide, "Cross-account policy evaluation logic" (identity-based policies of the caller's
      account); "IAM user groups" (a group's policies apply to its members).
      Given a user "Ann" with access keys in the second account
      And a group "Partners" in the second account
      And the group "Partners" has an inline policy "MayAssumeRolesOfTheFirstAccount":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::${account}:role/*"}]
        }
        """
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account:second}:root"}}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      Given the user "Ann" is a member of the group "Partners"
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

    @id:cross-account.identity-allow-through-a-managed-policy @evidence:documented
    Scenario: The Allow can come from a managed policy of Ann's account attached to her
      Source: IAM User Guide, "Cross-account policy evaluation logic"; "Managed policies and inline policies".
      Given a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account:second}:root"}}]
        }
        """
      And a managed policy "MayAssumeShared" in the second account:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      Given the managed policy "MayAssumeShared" is attached to the user "Ann"
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

    @id:cross-account.trust-naming-one-user-of-the-account @evidence:documented
    Scenario: A trust policy naming Bob of the second account lets Bob in, not Ann of the same account
      Source: IAM User Guide, "AWS JSON policy elements: Principal" ("IAM user principals": a trust policy can
      name one user of another account); "Cross-account policy evaluation logic".
      Given a user "Ann" with access keys in the second account
      And a user "Bob" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Bob}"}}]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      And the user "Bob" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      When "Bob" assumes the role "Shared" with session name "bob"
      Then the call is allowed

    @id:cross-account.trust-naming-a-role-of-the-account @evidence:documented
    Scenario: A trust policy naming a role of the second account lets that role's sessions in, not Ann herself
      Source: IAM User Guide, "AWS JSON policy elements: Principal" ("IAM role principals": a trust policy can
      name a role of another account, which covers its sessions); "Cross-account policy evaluation logic";
      "Roles terms and concepts" (role chaining).
      Given a user "Ann" with access keys in the second account
      And a role "Caller" in the second account whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Ann}"}}]
        }
        """
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${role:Caller}"}}]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeRolesOfTheFirstAccount":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::${account}:role/*"}]
        }
        """
      And the role "Caller" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      Given "Ann" has assumed the role "Caller" with session name "caller"
      When "Caller/caller" assumes the role "Shared" with session name "chained"
      Then the call is allowed

  Rule: A role shared with a third party can require the external id that the role owner gave that party (C3, C6)

    @id:cross-account.external-id-for-a-third-party @evidence:documented
    Scenario: Ann's account is trusted only together with the agreed external id
      Source: IAM User Guide, "How to use an external ID when granting access to your AWS resources to a third
      party"; "IAM and AWS STS condition context keys" (sts:ExternalId); "Cross-account policy evaluation
      logic".
      Given a user "Ann" with access keys in the second account
      And a role "ForPartner" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "arn:aws:iam::${account:second}:root"},
            "Condition": {"StringEquals": {"sts:ExternalId": "Example-Corp-7f3a"}}
          }]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeForPartner":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:ForPartner}"}]
        }
        """
      When "Ann" assumes the role "ForPartner" with session name "ann"
      Then the call is denied
      When "Ann" assumes the role "ForPartner" with session name "ann" and:
        | ExternalId | Example-Corp-7f3a |
      Then the call is allowed

    @id:cross-account.wrong-external-id @evidence:documented
    Scenario: Another external id than the agreed one is refused
      Source: IAM User Guide, "How to use an external ID when granting access to your AWS resources to a third
      party"; "IAM JSON policy elements: Condition operators" (StringEquals matches exactly).
      Given a user "Ann" with access keys in the second account
      And a role "ForPartner" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "arn:aws:iam::${account:second}:root"},
            "Condition": {"StringEquals": {"sts:ExternalId": "Example-Corp-7f3a"}}
          }]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeForPartner":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:ForPartner}"}]
        }
        """
      When "Ann" assumes the role "ForPartner" with session name "ann" and:
        | ExternalId | Example-Corp-0000 |
      Then the call is denied
      When "Ann" assumes the role "ForPartner" with session name "ann" and:
        | ExternalId | Example-Corp-7f3a |
      Then the call is allowed

  Rule: An explicit Deny on either side refuses the request, whatever the other side allows (C4)

    @id:cross-account.deny-in-the-callers-policy @evidence:documented
    Scenario: A Deny in Ann's own policy refuses a role that trusts her account
      Source: IAM User Guide, "Cross-account policy evaluation logic" (an explicit deny in either account's
      applicable policies denies the request); "Policy evaluation logic" (explicit deny).
      Given a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account:second}:root"}}]
        }
        """
      And a role "Other" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account:second}:root"}}]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeAnyRoleButShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"},
            {"Effect": "Deny", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}
          ]
        }
        """
      When "Ann" assumes the role "Other" with session name "ann"
      Then the call is allowed
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied

    @id:cross-account.deny-in-the-trust-policy @evidence:documented
    Scenario: A Deny of Ann in the trust policy refuses her while the rest of her account gets in
      Source: IAM User Guide, "Cross-account policy evaluation logic"; "Policy evaluation logic" (an explicit
      deny in a resource-based policy); "AWS JSON policy elements: Principal".
      Given a user "Ann" with access keys in the second account
      And a user "Bob" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account:second}:root"}},
            {"Effect": "Deny", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Ann}"}}
          ]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      And the user "Bob" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Bob" assumes the role "Shared" with session name "bob"
      Then the call is allowed
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied

  Rule: A trust policy can narrow who of another account gets in with conditions on the caller (C6)

    @id:cross-account.principal-account-condition @evidence:documented
    Scenario: A trust open to every principal, narrowed by aws:PrincipalAccount, lets Ann's account in and not the role's own
      Source: IAM User Guide, "AWS global condition context keys" (aws:PrincipalAccount: the account of the
      principal making the request); "AWS JSON policy elements: Principal" ("All principals"); "Cross-account
      policy evaluation logic".
      Given a user "Jill" with access keys
      And a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "*"},
            "Condition": {"StringEquals": {"aws:PrincipalAccount": "${account:second}"}}
          }]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Jill" assumes the role "Shared" with session name "jill"
      Then the call is denied
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

    @id:cross-account.principal-account-condition-on-another-account @evidence:documented
    Scenario: aws:PrincipalAccount naming another account than Ann's refuses her although her account is trusted
      Source: IAM User Guide, "AWS global condition context keys" (aws:PrincipalAccount); "IAM JSON policy
      elements: Condition" (every condition of a statement must match).
      Given a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "arn:aws:iam::${account:second}:root"},
            "Condition": {"StringEquals": {"aws:PrincipalAccount": "${account}"}}
          }]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      Given the trust policy of the role "Shared" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "arn:aws:iam::${account:second}:root"},
            "Condition": {"StringEquals": {"aws:PrincipalAccount": "${account:second}"}}
          }]
        }
        """
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

    @id:cross-account.principal-arn-condition @evidence:documented
    Scenario: A trusted account narrowed by aws:PrincipalArn to Ann lets Ann in and not Bob of the same account
      Source: IAM User Guide, "AWS global condition context keys" (aws:PrincipalArn: the ARN of the principal
      making the request; for an IAM user, the user ARN); "IAM JSON policy elements: Condition operators"
      (ArnEquals).
      Given a user "Ann" with access keys in the second account
      And a user "Bob" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "arn:aws:iam::${account:second}:root"},
            "Condition": {"ArnEquals": {"aws:PrincipalArn": "${user:Ann}"}}
          }]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      And the user "Bob" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Bob" assumes the role "Shared" with session name "bob"
      Then the call is denied
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

    @id:cross-account.principal-arn-like-condition @evidence:documented
    Scenario: A trust open to every principal, narrowed by ArnLike on aws:PrincipalArn to the users of Ann's account
      Source: IAM User Guide, "AWS global condition context keys" (aws:PrincipalArn); "IAM JSON policy elements:
      Condition operators" (ArnLike, with wildcards in the resource part); "AWS JSON policy elements: Principal"
      ("All principals").
      Given a user "Jill" with access keys
      And a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "*"},
            "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::${account:second}:user/*"}}
          }]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      When "Jill" assumes the role "Shared" with session name "jill"
      Then the call is denied
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

  Rule: The caller's own permissions boundary still limits her AssumeRole request across accounts (C3, E)

    @id:cross-account.callers-boundary-limits-assume-role @evidence:documented
    Scenario: Ann's boundary, set in her account, must allow sts:AssumeRole too
      Source: IAM User Guide, "Permissions boundaries for IAM entities" (a user's effective permissions are
      the intersection of her identity-based policies and her boundary); "Cross-account policy evaluation
      logic" (the caller's account evaluates its policies as for any request).
      Given a user "Ann" with access keys in the second account
      And a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account:second}:root"}}]
        }
        """
      And the user "Ann" has an inline policy "MayAssumeShared":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Shared}"}]
        }
        """
      And a managed policy "OnlyGetUser" in the second account:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]
        }
        """
      And a managed policy "MayAssumeRoles" in the second account:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      And the user "Ann" has the permissions boundary "OnlyGetUser"
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is denied
      Given the user "Ann" has the permissions boundary "MayAssumeRoles"
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed
