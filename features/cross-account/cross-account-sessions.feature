@cross-account @requires:second-account
Feature: What a session of a role in another account is and may do

  A session that Ann of a second account gets from a role of the first account
  is a principal of the first account: GetCallerIdentity names the role's
  account, and what the session may do is what the role may do there, limited
  by the role's boundary and by any session policy Ann passed. Ann's own
  permissions do not travel with her. Each account's IAM holds only its own
  users and roles, and a session asking for a role of yet another account is
  chaining, capped at one hour like any other chain.

  Following the AWS IAM User Guide: "Cross-account policy evaluation logic",
  "Policy evaluation logic", "Permissions boundaries for IAM entities",
  "Session policies" (in "Policies and permissions in IAM"), "Roles terms and
  concepts" (role chaining), "IAM tutorial: Delegate access across AWS
  accounts using IAM roles", and the STS API reference for AssumeRole and
  GetCallerIdentity.

  Background:
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

  Rule: A session of a role is a principal of the role's account (C3, D3)

    @id:cross-account.session-belongs-to-the-roles-account @evidence:documented
    Scenario: GetCallerIdentity names Ann's account for Ann and the role's account for her session
      Source: STS API reference, "GetCallerIdentity" (Account: the account that owns or contains the calling
      entity; Arn: for a role session, the assumed-role ARN); "AssumeRole" (AssumedRoleUser.Arn); IAM User
      Guide, "IAM identifiers" (assumed-role ARNs carry the role's account).
      When "Ann" calls "sts:GetCallerIdentity"
      Then the response field "Account" is "${account:second}"
      Given "Ann" has assumed the role "Shared" with session name "ann"
      When "Shared/ann" calls "sts:GetCallerIdentity"
      Then the response field "Account" is "${account}"
      And the response field "Arn" is "${session:Shared/ann}"

    @id:cross-account.callers-permissions-do-not-travel @evidence:documented
    Scenario: Ann may list her account's users, and her session of a role without policies may not list any
      Source: IAM User Guide, "Cross-account policy evaluation logic" and "IAM tutorial: Delegate access across
      AWS accounts using IAM roles" (a user who assumes a role gives up her own permissions and takes on the
      role's); "Policy evaluation logic" (no policy allows: implicit deny).
      Given the user "Ann" has an inline policy "MayListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Ann" calls "iam:ListUsers"
      Then the call is allowed
      Given "Ann" has assumed the role "Shared" with session name "ann"
      When "Shared/ann" calls "iam:ListUsers"
      Then the call is denied

    @id:cross-account.session-has-the-roles-permissions @evidence:documented
    Scenario: Ann's session may do what the role's policy allows in the role's account, and nothing else
      Source: IAM User Guide, "IAM tutorial: Delegate access across AWS accounts using IAM roles" (the session
      has the permissions of the role); "Policy evaluation logic".
      Given the role "Shared" has an inline policy "MayListRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      And "Ann" has assumed the role "Shared" with session name "ann"
      When "Shared/ann" calls "iam:ListUsers"
      Then the call is denied
      When "Shared/ann" calls "iam:ListRoles"
      Then the call is allowed

    @id:cross-account.deny-in-the-roles-policy-limits-the-session @evidence:documented
    Scenario: A Deny in the role's policy binds Ann's session as any other
      Source: IAM User Guide, "Policy evaluation logic" (an explicit deny in any applicable policy);
      "Cross-account policy evaluation logic".
      Given the role "Shared" has an inline policy "MayListAllButUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"},
            {"Effect": "Deny", "Action": "iam:ListUsers", "Resource": "*"}
          ]
        }
        """
      And "Ann" has assumed the role "Shared" with session name "ann"
      When "Shared/ann" calls "iam:ListRoles"
      Then the call is allowed
      When "Shared/ann" calls "iam:ListUsers"
      Then the call is denied

    @id:cross-account.roles-boundary-limits-the-session @evidence:documented
    Scenario: The role's permissions boundary caps Ann's session
      Source: IAM User Guide, "Permissions boundaries for IAM entities" (a role's effective permissions, and so
      its sessions', are the intersection of its identity-based policies and its boundary); "Policy
      evaluation logic".
      Given the role "Shared" has an inline policy "MayListUsersAndRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      And a managed policy "OnlyListRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      And the role "Shared" has the permissions boundary "OnlyListRoles"
      And "Ann" has assumed the role "Shared" with session name "ann"
      When "Shared/ann" calls "iam:ListRoles"
      Then the call is allowed
      When "Shared/ann" calls "iam:ListUsers"
      Then the call is denied

    @id:cross-account.session-policy-narrows-the-session @evidence:documented
    Scenario: A session policy Ann passes narrows her session to what both allow
      Source: IAM User Guide, "Session policies" in "Policies and permissions in IAM" (the session's
      permissions are the intersection of the role's identity-based policies and the session policy); STS API
      reference, "AssumeRole" (Policy).
      Given the role "Shared" has an inline policy "MayListUsersAndRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      And "Ann" has assumed the role "Shared" with session name "ann" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      When "Shared/ann" calls "iam:ListRoles"
      Then the call is allowed
      When "Shared/ann" calls "iam:ListUsers"
      Then the call is denied

    @id:cross-account.session-policy-does-not-widen-the-session @evidence:documented
    Scenario: A session policy Ann passes cannot give her session more than the role has
      Source: IAM User Guide, "Session policies" ("you cannot use session policies to grant more permissions
      than those allowed by the identity-based policy of the role that is being assumed"); STS API reference,
      "AssumeRole" (Policy).
      Given the role "Shared" has an inline policy "MayListRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      And "Ann" has assumed the role "Shared" with session name "ann" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      When "Shared/ann" calls "iam:ListRoles"
      Then the call is allowed
      When "Shared/ann" calls "iam:ListUsers"
      Then the call is denied

  Rule: Each account's IAM holds its own users and roles; a name is looked up in the caller's account (A)

    @id:cross-account.session-reads-the-roles-account @evidence:inferred
    Scenario: Ann cannot read a user of the first account, and her session of its role can
      Source: inferred from the IAM API reference, "GetUser" (the user is named by UserName alone, with no
      account, and NoSuchEntity, HTTP 404, answers a name that does not exist) and the IAM User Guide, "IAM
      identifiers" (a user belongs to one account, named in its ARN); no page states the cross-account case.
      Given a user "Jill"
      And the user "Ann" has an inline policy "MayGetUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]
        }
        """
      And the role "Shared" has an inline policy "MayGetUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]
        }
        """
      When "Ann" calls "iam:GetUser" with:
        | UserName | ${name:Jill} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      Given "Ann" has assumed the role "Shared" with session name "ann"
      When "Shared/ann" calls "iam:GetUser" with:
        | UserName | ${name:Jill} |
      Then the call is allowed
      And the response field "Arn" is "${user:Jill}"

    @id:cross-account.session-does-not-see-the-callers-account @evidence:inferred
    Scenario: Ann's session of the first account's role does not find Ann, a user of the second
      Source: inferred from the IAM API reference, "GetUser" (UserName names a user of the caller's account;
      NoSuchEntity, HTTP 404) and the STS API reference, "GetCallerIdentity" (the session belongs to the
      role's account); no page states the cross-account case.
      Given the role "Shared" has an inline policy "MayGetUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]
        }
        """
      And "Ann" has assumed the role "Shared" with session name "ann"
      When "Shared/ann" calls "iam:GetUser" with:
        | UserName | ${name:Jill} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      Given a user "Jill"
      When "Shared/ann" calls "iam:GetUser" with:
        | UserName | ${name:Jill} |
      Then the call is allowed
      When "Shared/ann" calls "iam:GetUser" with:
        | UserName | ${name:Ann} |
      Then the call fails with "NoSuchEntity" and HTTP status 404

  Rule: Assuming a role that does not exist in another account is refused as a trust refusal is, with AccessDenied (C7)

    @id:cross-account.nonexistent-role-is-access-denied @evidence:inferred
    Scenario: Ann, allowed sts:AssumeRole on every role, is refused a role the first account does not have
      Source: inferred from the recorded same-account answer (trust.nonexistent-role-is-access-denied:
      ansible-collections/amazon.aws sts_assume_role integration tests, uswitch/kiam issue #33) and the STS API
      reference, "AssumeRole", whose errors list no NoSuchEntity; no recorded answer names the cross-account
      case.
      Given the user "Ann" has an inline policy "MayAssumeAnyRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      When "Ann" calls "sts:AssumeRole" with:
        | RoleArn         | arn:aws:iam::${account}:role/${name:Ghost} |
        | RoleSessionName | ann                                        |
      Then the call is denied
      When "Ann" assumes the role "Shared" with session name "ann"
      Then the call is allowed

  Rule: A session that assumes a role of another account chains, and the chained session lasts at most one hour (D2)

    @id:cross-account.chain-back-to-the-callers-account @evidence:documented
    Scenario: Ann's session of the first account's role assumes a role of her own account, which trusts that role
      Source: IAM User Guide, "Roles terms and concepts" (role chaining); "AWS JSON policy elements: Principal"
      ("IAM role principals"); "Cross-account policy evaluation logic"; STS API reference, "GetCallerIdentity".
      Given a role "Back" in the second account whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${role:Shared}"}}]
        }
        """
      And "Ann" has assumed the role "Shared" with session name "ann"
      When "Shared/ann" assumes the role "Back" with session name "back"
      Then the call is denied
      Given the role "Shared" has an inline policy "MayAssumeBack":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Back}"}]
        }
        """
      When "Shared/ann" assumes the role "Back" with session name "back"
      Then the call is allowed
      When "Back/back" calls "sts:GetCallerIdentity"
      Then the response field "Account" is "${account:second}"
      And the response field "Arn" is "${session:Back/back}"

    @id:cross-account.chain-needs-the-trust-of-the-next-role @evidence:documented
    Scenario: A role of Ann's account that trusts only Ann does not take her session of the first account's role
      Source: IAM User Guide, "Roles terms and concepts" (role chaining: the session is the principal of the
      next AssumeRole); "Policy evaluation logic" (the trust policy must allow the principal); "AWS JSON policy
      elements: Principal" ("IAM user principals").
      Given a role "Back" in the second account whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Ann}"}}]
        }
        """
      And the role "Shared" has an inline policy "MayAssumeBack":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Back}"}]
        }
        """
      And "Ann" has assumed the role "Shared" with session name "ann"
      When "Ann" assumes the role "Back" with session name "direct"
      Then the call is allowed
      When "Shared/ann" assumes the role "Back" with session name "back"
      Then the call is denied

    @id:cross-account.chained-session-capped-at-one-hour @evidence:recorded @validation
    Scenario Outline: "Back" allows two hours to Ann directly, but her chained session asking for <seconds> seconds is refused
      Source: STS API reference, "AssumeRole" (DurationSeconds: "if you assume a role using role chaining and
      provide a DurationSeconds parameter value greater than one hour, the operation fails"); IAM User Guide,
      "Roles terms and concepts" (role chaining); gitlab-org/gitlab-runner#38370 (AWS answered a chained
      request above one hour with ValidationError, HTTP 400, on a role whose maximum exceeds one hour).
      Given a role "Back" in the second account whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": ["${user:Ann}", "${role:Shared}"]}}]
        }
        """
      And the role "Back" has a maximum session duration of 7200 seconds
      And the role "Shared" has an inline policy "MayAssumeBack":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Back}"}]
        }
        """
      And "Ann" has assumed the role "Back" with session name "direct" and:
        | DurationSeconds | 7200 |
      Then the credentials expire in about 7200 seconds
      Given "Ann" has assumed the role "Shared" with session name "ann"
      When "Shared/ann" assumes the role "Back" with session name "back" and:
        | DurationSeconds | <seconds> |
      Then the call fails with "ValidationError" and HTTP status 400
      When "Shared/ann" assumes the role "Back" with session name "back" and:
        | DurationSeconds | 3600 |
      Then the call is allowed

      Examples:
        | seconds |
        | 3601    |
        | 7200    |

  Rule: The same holds the other way round: a user of the first account and a role of the second (C3)

    @id:cross-account.first-account-user-assumes-a-role-of-the-second @evidence:documented
    Scenario: Jill gets a session of the second account's role once her own account allows it, and the session is of the second account
      Source: IAM User Guide, "Cross-account policy evaluation logic"; "IAM tutorial: Delegate access across AWS
      accounts using IAM roles"; STS API reference, "GetCallerIdentity".
      Given a user "Jill" with access keys
      And a role "Partner" in the second account whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}}]
        }
        """
      When "Jill" assumes the role "Partner" with session name "jill"
      Then the call is denied
      Given the user "Jill" has an inline policy "MayAssumePartner":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Partner}"}]
        }
        """
      When "Jill" assumes the role "Partner" with session name "jill"
      Then the call is allowed
      When "Partner/jill" calls "sts:GetCallerIdentity"
      Then the response field "Account" is "${account:second}"
