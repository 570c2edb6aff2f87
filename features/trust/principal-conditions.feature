@trust
Feature: Who a trust policy lets in: conditions on the principal and the request, NotPrincipal, and changes

  A trust policy's Principal says whose requests it speaks about, and its
  conditions narrow them further: aws:PrincipalArn is the caller's ARN, so a
  trust policy naming the whole account (or even {"AWS": "*"}) can still let
  in only Jill; aws:RequestTag/<key> and aws:TagKeys are the session tags the
  request passes (with sts:TagSession); sts:SourceIdentity is the source
  identity it sets (with sts:SetSourceIdentity); sts:TransitiveTagKeys the tag
  keys it marks transitive. A principal may name a single session of a role,
  and lets in that session only. A role trust policy may not
  use NotPrincipal; a Deny conditioned on aws:PrincipalArn does its work. A trust policy is read anew at
  each request: once changed to name someone else, it refuses the caller it
  named before. AWS refuses a principal that names a role that does not
  exist, and a trust policy longer than 2,048 characters.

  Both sides allow in every scenario: each user's identity policy allows
  sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity on any role, so that
  the trust policy alone decides.

  Following the IAM User Guide: "AWS global condition context keys"
  (aws:PrincipalArn, aws:RequestTag, aws:TagKeys), "IAM JSON policy elements:
  Principal" (AWS account principals, role session principals, "Invalid
  principal in policy", the wildcard principal with conditions), "IAM and AWS
  STS condition context keys" (sts:TransitiveTagKeys), "AWS JSON policy elements:
  NotPrincipal" (not in role trust policies), "Passing session tags in AWS STS" (conditions on
  aws:RequestTag and aws:TagKeys in a trust policy), "Monitor and control
  actions taken with assumed roles" (sts:SourceIdentity in a trust policy),
  "IAM and AWS STS quotas" (role trust policy length 2,048 characters), and the
  IAM API reference for UpdateAssumeRolePolicy.

  Background:
    Given a user "Jill" with access keys
    And a user "Bob" with access keys
    And a managed policy "MayAssumeAnyRole":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"], "Resource": "*"}]
      }
      """
    And the managed policy "MayAssumeAnyRole" is attached to the user "Jill"
    And the managed policy "MayAssumeAnyRole" is attached to the user "Bob"

  Rule: A condition on aws:PrincipalArn narrows a trust policy that names the account, or every principal (C2, C6)

    @id:trust.principal-arn-condition-narrows-the-account @evidence:documented
    Scenario: A trust policy naming the account with aws:PrincipalArn equal to Jill's ARN lets Jill in and not Bob
      Source: IAM User Guide, "AWS global condition context keys" (aws:PrincipalArn: the ARN of the
      principal that made the request); "IAM JSON policy elements: Principal" (AWS account principals).
      Given a role "Narrow" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "arn:aws:iam::${account}:root"},
            "Condition": {"ArnEquals": {"aws:PrincipalArn": "${user:Jill}"}}
          }]
        }
        """
      When "Bob" assumes the role "Narrow" with session name "bob"
      Then the call is denied
      When "Jill" assumes the role "Narrow" with session name "jill"
      Then the call is allowed

    @id:trust.wildcard-principal-narrowed-by-a-condition @evidence:documented
    Scenario: A trust policy naming {"AWS": "*"} with aws:PrincipalArn equal to Jill's ARN lets Jill in and not Bob
      Source: IAM User Guide, "IAM JSON policy elements: Principal" (all principals, "*": use it only with a
      condition that limits who may assume the role); "AWS global condition context keys"
      (aws:PrincipalArn).
      Given a role "Guarded" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "*"},
            "Condition": {"ArnEquals": {"aws:PrincipalArn": "${user:Jill}"}}
          }]
        }
        """
      When "Bob" assumes the role "Guarded" with session name "bob"
      Then the call is denied
      When "Jill" assumes the role "Guarded" with session name "jill"
      Then the call is allowed

  Rule: A role trust policy cannot use NotPrincipal; a Deny on aws:PrincipalArn does what it would (C4, C8)

    @id:trust.not-principal-is-refused-in-a-trust-policy @evidence:documented
    Scenario: A trust policy with a NotPrincipal statement is refused, the same policy without it is not
      Source: IAM User Guide, "AWS JSON policy elements: NotPrincipal" ("You cannot use the NotPrincipal
      element in an IAM identity-based policy nor in an IAM role trust policy"). The page names no error
      code, so only the refusal is asserted.
      When the admin creates a role "OnlyJill" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}},
            {"Effect": "Deny", "Action": "sts:AssumeRole", "NotPrincipal": {"AWS": "${user:Jill}"}}
          ]
        }
        """
      Then the call is refused
      When the admin creates a role "OnlyJill" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}}]
        }
        """
      Then the call succeeds

    @id:trust.deny-on-principal-arn-spares-only-the-named @evidence:documented
    Scenario: A trust policy that allows the account and denies every ARN but Jill's lets Jill in and not Bob
      Source: IAM User Guide, "AWS JSON policy elements: NotPrincipal" (use a Deny with ArnNotEquals on
      aws:PrincipalArn instead of NotPrincipal); "Policy evaluation logic" (an explicit deny wins).
      Given a role "OnlyJill" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}},
            {"Effect": "Deny", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}, "Condition": {"ArnNotEquals": {"aws:PrincipalArn": "${user:Jill}"}}}
          ]
        }
        """
      When "Bob" assumes the role "OnlyJill" with session name "bob"
      Then the call is denied
      When "Jill" assumes the role "OnlyJill" with session name "jill"
      Then the call is allowed

  Rule: Conditions on the session tags and the source identity a request passes decide whether it is let in (C6)

    @id:trust.request-tag-condition @evidence:documented
    Scenario: A trust policy that allows tagging only with team=red lets Jill in with team=red and not with team=blue
      Source: IAM User Guide, "Passing session tags in AWS STS" (a trust policy can condition sts:TagSession
      on aws:RequestTag/<key>); "AWS global condition context keys" (aws:RequestTag).
      Given a role "RedTeam" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}},
            {"Effect": "Allow", "Action": "sts:TagSession", "Principal": {"AWS": "${user:Jill}"}, "Condition": {"StringEquals": {"aws:RequestTag/team": "red"}}}
          ]
        }
        """
      When "Jill" assumes the role "RedTeam" with session name "blue" and:
        | Tags | team=blue |
      Then the call is denied
      When "Jill" assumes the role "RedTeam" with session name "red" and:
        | Tags | team=red |
      Then the call is allowed

    @id:trust.tag-keys-condition @evidence:documented
    Scenario: A trust policy that allows only the tag key "team" lets Jill in with it and not with a second key
      Source: IAM User Guide, "Passing session tags in AWS STS" (aws:TagKeys with ForAllValues in a trust
      policy); "Multivalued context keys" (ForAllValues).
      Given a role "TeamOnly" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}},
            {"Effect": "Allow", "Action": "sts:TagSession", "Principal": {"AWS": "${user:Jill}"}, "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["team"]}}}
          ]
        }
        """
      When "Jill" assumes the role "TeamOnly" with session name "extra" and:
        | Tags | team=red, cost=lab |
      Then the call is denied
      When "Jill" assumes the role "TeamOnly" with session name "team" and:
        | Tags | team=red |
      Then the call is allowed

    @id:trust.transitive-tag-keys-condition @evidence:documented
    Scenario: A trust policy that lets only the tag key "team" be transitive lets Jill in marking team and not marking cost
      Source: IAM User Guide, "Passing session tags in AWS STS" ("Permissions required to add session tags":
      a trust policy for an IAM user with "ForAllValues:StringEquals" on sts:TransitiveTagKeys "lists the
      maximum set of tags that can be set as transitive … they cannot set additional tags as transitive");
      "IAM and AWS STS condition context keys" (sts:TransitiveTagKeys); "Multivalued context keys"
      (ForAllValues). The keys page says the key is present in requests made with temporary credentials;
      the worked example of the first page, a user with long-term keys, is the one followed here.
      Given a role "TeamCarries" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}},
            {"Effect": "Allow", "Action": "sts:TagSession", "Principal": {"AWS": "${user:Jill}"}, "Condition": {"ForAllValues:StringEquals": {"sts:TransitiveTagKeys": ["team"]}}}
          ]
        }
        """
      When "Jill" assumes the role "TeamCarries" with session name "cost" and:
        | Tags              | team=red, cost=lab |
        | TransitiveTagKeys | cost               |
      Then the call is denied
      When "Jill" assumes the role "TeamCarries" with session name "team" and:
        | Tags              | team=red, cost=lab |
        | TransitiveTagKeys | team               |
      Then the call is allowed

    @id:trust.source-identity-condition @evidence:documented
    Scenario: A trust policy that allows only source identities starting with "jill-" lets Jill in as jill-laptop and not as bob-laptop
      Source: IAM User Guide, "Monitor and control actions taken with assumed roles" (sts:SourceIdentity in
      a trust policy, with sts:SetSourceIdentity); "IAM and AWS STS condition context keys"
      (sts:SourceIdentity).
      Given a role "Traced" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"],
            "Principal": {"AWS": "${user:Jill}"},
            "Condition": {"StringLike": {"sts:SourceIdentity": "jill-*"}}
          }]
        }
        """
      When "Jill" assumes the role "Traced" with session name "other" and:
        | SourceIdentity | bob-laptop |
      Then the call is denied
      When "Jill" assumes the role "Traced" with session name "own" and:
        | SourceIdentity | jill-laptop |
      Then the call is allowed

  Rule: A trust policy may name one session of a role: that session is let in, another session of the same role is not (C1)

    @id:trust.session-arn-principal @evidence:documented
    Scenario: A role trusting the session "alpha" of the role "Hub" lets Hub/alpha assume it and refuses Hub/beta
      Source: IAM User Guide, "AWS JSON policy elements: Principal" ("Role session principals": an
      assumed-role session ARN, arn:aws:sts::<account>:assumed-role/<role>/<session>, as the principal
      names that session only) and "Policy evaluation logic". Hub's own policy allows sts:AssumeRole on
      every role, so that the trust policy alone decides.
      Given a role "Hub" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the managed policy "MayAssumeAnyRole" is attached to the role "Hub"
      And "Jill" has assumed the role "Hub" with session name "alpha"
      And "Jill" has assumed the role "Hub" with session name "beta"
      And a role "Spoke" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${session:Hub/alpha}"}}]
        }
        """
      When "Hub/beta" assumes the role "Spoke" with session name "from-beta"
      Then the call is denied
      When "Hub/alpha" assumes the role "Spoke" with session name "from-alpha"
      Then the call is allowed

  Rule: A trust policy is read at each request, as AWS stored it (C1, C8)

    @id:trust.update-removes-the-caller @evidence:documented
    Scenario: Once the trust policy names only Bob, Jill, who could assume the role before, is refused
      Source: IAM API reference, "UpdateAssumeRolePolicy" (replaces the trust policy); IAM User Guide,
      "Policy evaluation logic" (a role's trust policy decides every AssumeRole request). On real AWS the
      change may take a few seconds to apply ("Troubleshoot IAM").
      Given a role "Shared" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill" assumes the role "Shared" with session name "before"
      Then the call is allowed
      Given the trust policy of the role "Shared" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Bob}"}}]
        }
        """
      When "Jill" assumes the role "Shared" with session name "after"
      Then the call is denied
      When "Bob" assumes the role "Shared" with session name "bob"
      Then the call is allowed

    @id:trust.principal-naming-a-missing-role-is-refused @evidence:documented
    Scenario: A trust policy that names a role which does not exist is refused with MalformedPolicyDocument
      Source: IAM User Guide, "IAM JSON policy elements: Principal" (a principal in a role trust policy must
      exist: otherwise "Invalid principal in policy", MalformedPolicyDocument, HTTP 400).
      When the admin creates a role "Trusting" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:role/${name:NoSuchRole}"}}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:trust.trust-policy-longer-than-the-quota-is-refused @evidence:documented
    Scenario: A trust policy of more than 2,048 characters is refused, a shorter one for the same role is not
      Source: IAM User Guide, "IAM and AWS STS quotas" (role trust policy length: 2,048 characters by
      default). The page names no error code, so only the refusal is asserted.
      When the admin creates a role "Verbose" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "${user:Jill}"},
            "Condition": {"StringEquals": {"sts:RoleSessionName": [
              "session-name-000", "session-name-001", "session-name-002", "session-name-003", "session-name-004", "session-name-005",
              "session-name-006", "session-name-007", "session-name-008", "session-name-009", "session-name-010", "session-name-011",
              "session-name-012", "session-name-013", "session-name-014", "session-name-015", "session-name-016", "session-name-017",
              "session-name-018", "session-name-019", "session-name-020", "session-name-021", "session-name-022", "session-name-023",
              "session-name-024", "session-name-025", "session-name-026", "session-name-027", "session-name-028", "session-name-029",
              "session-name-030", "session-name-031", "session-name-032", "session-name-033", "session-name-034", "session-name-035",
              "session-name-036", "session-name-037", "session-name-038", "session-name-039", "session-name-040", "session-name-041",
              "session-name-042", "session-name-043", "session-name-044", "session-name-045", "session-name-046", "session-name-047",
              "session-name-048", "session-name-049", "session-name-050", "session-name-051", "session-name-052", "session-name-053",
              "session-name-054", "session-name-055", "session-name-056", "session-name-057", "session-name-058", "session-name-059",
              "session-name-060", "session-name-061", "session-name-062", "session-name-063", "session-name-064", "session-name-065",
              "session-name-066", "session-name-067", "session-name-068", "session-name-069", "session-name-070", "session-name-071",
              "session-name-072", "session-name-073", "session-name-074", "session-name-075", "session-name-076", "session-name-077",
              "session-name-078", "session-name-079", "session-name-080", "session-name-081", "session-name-082", "session-name-083",
              "session-name-084", "session-name-085", "session-name-086", "session-name-087", "session-name-088", "session-name-089",
              "session-name-090", "session-name-091", "session-name-092", "session-name-093", "session-name-094", "session-name-095",
              "session-name-096", "session-name-097", "session-name-098", "session-name-099", "session-name-100", "session-name-101",
              "session-name-102", "session-name-103", "session-name-104", "session-name-105", "session-name-106", "session-name-107",
              "session-name-108", "session-name-109", "session-name-110", "session-name-111", "session-name-112", "session-name-113",
              "session-name-114", "session-name-115", "session-name-116", "session-name-117", "session-name-118", "session-name-119"
            ]}}
          }]
        }
        """
      Then the call is refused
      When the admin creates a role "Verbose" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      Then the call succeeds
