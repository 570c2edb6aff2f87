@trust
Feature: Who may assume a role: the trust policy and the caller's own policies together

  A role's trust policy says who may assume the role. In the same account, how
  much the trust policy decides on its own depends on the principal it names:

  - When the trust policy names the caller itself (a user's ARN, or the ARN of
    the role whose session is calling), that is enough: the caller needs no
    identity policy of its own that allows sts:AssumeRole.
  - When the trust policy names the account (as "arn:aws:iam::<account>:root"
    or as the bare 12-digit account id, which mean the same), it delegates the
    decision to the account's own policies: the caller must also hold an
    identity policy that allows sts:AssumeRole on the role.
  - A trust policy may name every principal with {"AWS": "*"}, which grants
    to every principal. The bare string "*" is not accepted as the principal
    of a trust policy: IAM refuses such a document with
    MalformedPolicyDocument (see features/validation/trust-principal-star.feature).
  - A trust policy that names someone else grants the caller nothing, whatever
    the caller's own policies allow: role trust policies must explicitly allow
    the principal.

  A role session is a principal of its own: a trust policy that names the user
  who started the session does not name the session.

  In every example Jill (or the session) first tries to assume a role whose
  trust policy names someone else, and is refused; then the trust policy is
  changed and the same call is tried again.

  Following the AWS IAM User Guide: "Policy evaluation logic" (the section on
  resource-based policies within the same account, where role trust policies
  are named as an exception that must explicitly allow principals), "AWS JSON
  policy elements: Principal" (sections "AWS account principals", "IAM role
  principals", "IAM user principals" and "All principals"), "Roles terms and
  concepts", and the STS API reference for AssumeRole and GetCallerIdentity.

  Open points in the documentation: "Roles terms and concepts" says a wildcard
  cannot be used as the principal of a trust policy, while "AWS JSON policy
  elements: Principal" says "*" grants every principal and that principals of
  the same account need no other permission. AWS, in recorded answers, refuses
  the bare "*" and accepts {"AWS": "*"}. The example that trusts {"AWS": "*"}
  also gives Jill an identity policy that allows sts:AssumeRole, so it does not
  depend on whether "*" alone is enough in the same account.

  Rule: In the same account, a trust policy that names the caller, the account, or every principal lets a user assume the role when the identity side is satisfied as well (C1, C2, C5)

    @id:trust.user-decision-allowed @evidence:documented
    Scenario Outline: Jill, <identity>, assumes a role whose trust policy names <trusted>
      Source: STS API reference, "AssumeRole" (same account: add the user as a principal in the trust policy,
      or trust the account and allow the user sts:AssumeRole); IAM User Guide, "Policy evaluation logic"
      (resource-based policies within an account); "AWS JSON policy elements: Principal" (the account ARN and
      the bare account id behave the same way).
      Given a user "Jill" with access keys
      And a user "Other"
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Other}"}}]
        }
        """
      And the user "Jill" has an inline policy "OwnPolicy":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "<action>", "Resource": "${role:Target}"}]
        }
        """
      When "Jill" assumes the role "Target" with session name "before"
      Then the call is denied
      Given the trust policy of the role "Target" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": <principal>}]
        }
        """
      When "Jill" assumes the role "Target" with session name "jill"
      Then the call is allowed
      When "Target/jill" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Target/jill}"

      Examples:
        | trusted                       | principal                                  | identity                                  | action         |
        | her user ARN                  | {"AWS": "${user:Jill}"}                    | with no policy that allows sts:AssumeRole | iam:GetRole    |
        | her user ARN                  | {"AWS": "${user:Jill}"}                    | allowed sts:AssumeRole on the role        | sts:AssumeRole |
        | the account root ARN          | {"AWS": "arn:aws:iam::${account}:root"}    | allowed sts:AssumeRole on the role        | sts:AssumeRole |
        | the bare account id           | {"AWS": "${account}"}                      | allowed sts:AssumeRole on the role        | sts:AssumeRole |

    @id:trust.user-decision-allowed.6 @evidence:inferred
    Scenario: Jill, allowed sts:AssumeRole on the role, assumes a role whose trust policy names every AWS principal ("AWS":"*")
      Source: inferred from IAM User Guide, "AWS JSON policy elements: Principal" ("All principals": "*"
      grants every principal); STS API reference, "AssumeRole"; hashicorp/terraform-provider-aws PR #4248 and
      aws/aws-cdk PR #5746 (IAM accepts {"AWS": "*"} in a trust policy and refuses the bare "*").
      The pages disagree: "Roles terms and concepts" says a trust policy cannot name a wildcard principal.
      Jill holds an identity policy that allows sts:AssumeRole as well, so the outcome does not rest on "*"
      alone.
      Given a user "Jill" with access keys
      And a user "Other"
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Other}"}}]
        }
        """
      And the user "Jill" has an inline policy "OwnPolicy":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Target}"}]
        }
        """
      When "Jill" assumes the role "Target" with session name "before"
      Then the call is denied
      Given the trust policy of the role "Target" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}]
        }
        """
      When "Jill" assumes the role "Target" with session name "jill"
      Then the call is allowed
      When "Target/jill" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Target/jill}"

  Rule: A trust policy that names only the account needs an identity-policy Allow, and one that names someone else grants the caller nothing (C2)

    @id:trust.user-decision-denied @evidence:documented
    Scenario Outline: Jill, <identity>, cannot assume a role whose trust policy names <trusted>
      Source: STS API reference, "AssumeRole" (a trust policy that names the account needs the user's own
      policy to allow AssumeRole); IAM User Guide, "Policy evaluation logic" (role trust policies "must
      explicitly allow access for principals"); "AWS JSON policy elements: Principal" ("AWS account
      principals").
      Given a user "Jill" with access keys
      And a user "Other"
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": <principal>}]
        }
        """
      And the user "Jill" has an inline policy "OwnPolicy":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "<action>", "Resource": "<resource>"}]
        }
        """
      When "Jill" assumes the role "Target" with session name "jill"
      Then the call is denied
      # The control: once the trust policy names Jill herself, the same call is allowed.
      Given the trust policy of the role "Target" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill" assumes the role "Target" with session name "jill"
      Then the call is allowed

      Examples:
        | trusted                  | principal                               | identity                                        | action         | resource        |
        | the account root ARN     | {"AWS": "arn:aws:iam::${account}:root"} | with no policy that allows sts:AssumeRole       | iam:GetRole    | ${role:Target}  |
        | the bare account id      | {"AWS": "${account}"}                   | with no policy that allows sts:AssumeRole       | iam:GetRole    | ${role:Target}  |
        | another user             | {"AWS": "${user:Other}"}                | allowed sts:AssumeRole on every resource        | sts:AssumeRole | *               |
        | the account root ARN     | {"AWS": "arn:aws:iam::${account}:root"} | allowed sts:AssumeRole only on a different role | sts:AssumeRole | ${role:Target}-other |

  Rule: A role session is a principal of its own, trusted through the role's ARN (C1, C2)

    @id:trust.session-decision-allowed @evidence:documented
    Scenario Outline: A session of the role First, <identity>, assumes a role whose trust policy names <trusted>
      Source: IAM User Guide, "Policy evaluation logic" (a grant to a role ARN is limited only by a
      permissions boundary or session policy); STS API reference, "AssumeRole" (a resource-based grant to a
      principal of the same account needs no identity-based policy); "AWS JSON policy elements: Principal"
      ("IAM role principals").
      Given a user "Jill" with access keys
      And a user "Other"
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
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Other}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeFirst":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:First}"}]
        }
        """
      And the role "First" has an inline policy "OwnPolicy":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "<action>", "Resource": "${role:Target}"}]
        }
        """
      And "Jill" has assumed the role "First" with session name "sess"
      When "First/sess" assumes the role "Target" with session name "before"
      Then the call is denied
      Given the trust policy of the role "Target" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": <principal>}]
        }
        """
      When "First/sess" assumes the role "Target" with session name "chained"
      Then the call is allowed
      When "Target/chained" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Target/chained}"

      Examples:
        | trusted                 | principal                               | identity                                       | action         |
        | the ARN of the role First | {"AWS": "${role:First}"}              | whose role has no policy allowing sts:AssumeRole | iam:GetRole  |
        | the ARN of the role First | {"AWS": "${role:First}"}              | whose role allows sts:AssumeRole on the role   | sts:AssumeRole |
        | the account root ARN    | {"AWS": "arn:aws:iam::${account}:root"} | whose role allows sts:AssumeRole on the role   | sts:AssumeRole |

  Rule: A role session needs the role's identity policy when the trust policy names only the account, and is not trusted through the user who started it (C2)

    @id:trust.session-decision-denied @evidence:documented
    Scenario Outline: A session of the role First, <identity>, cannot assume a role whose trust policy names <trusted>
      Source: IAM User Guide, "AWS JSON policy elements: Principal" ("IAM role principals": the session is a
      role session principal; "AWS account principals"); "Policy evaluation logic" (the principal making the
      request is the role session); STS API reference, "AssumeRole".
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
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": <principal>}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeFirst":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:First}"}]
        }
        """
      And the role "First" has an inline policy "OwnPolicy":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "<action>", "Resource": "${role:Target}"}]
        }
        """
      And "Jill" has assumed the role "First" with session name "sess"
      When "First/sess" assumes the role "Target" with session name "chained"
      Then the call is denied
      # The control: once the trust policy names the role First, the same call is allowed.
      Given the trust policy of the role "Target" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${role:First}"}}]
        }
        """
      When "First/sess" assumes the role "Target" with session name "chained"
      Then the call is allowed

      Examples:
        | trusted                                 | principal                               | identity                                         | action         |
        | the account root ARN                    | {"AWS": "arn:aws:iam::${account}:root"} | whose role has no policy allowing sts:AssumeRole | iam:GetRole    |
        | the bare account id                     | {"AWS": "${account}"}                   | whose role has no policy allowing sts:AssumeRole | iam:GetRole    |
        | the user Jill, who started the session  | {"AWS": "${user:Jill}"}                 | whose role allows sts:AssumeRole on the role     | sts:AssumeRole |
