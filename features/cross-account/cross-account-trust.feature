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
  user of a second account.

  These scenarios need a target with a second account, and two steps and one
  placeholder that the suite does not have yet:
  - Given a user "Ann" with access keys in the second account
  - Given the user "Ann" has an inline policy "P": (exists; it must act in the
    account the user was made in)
  - ${account:second}, the id of the second account (${user:Ann} already
    resolves to the ARN that was returned when Ann was created).

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
