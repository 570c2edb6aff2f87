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
  - A wildcard principal ("*", or {"AWS": "*"}) grants to every principal. For
    users and role sessions of the same account no other permission is needed.
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
  elements: Principal" says the account may be changed to "*" after the role is
  created and that "*" needs no other permission for principals of the same
  account. These scenarios follow the Principal page.

  Rule: In the same account, a trust policy that names the caller, the account, or every principal lets a user assume the role when the identity side is satisfied as well (C1, C2, C5)

    @id:trust.user-decision-allowed
    Scenario Outline: Jill, <identity>, assumes a role whose trust policy names <trusted>
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
        | every principal ("*")         | "*"                                        | with no policy that allows sts:AssumeRole | iam:GetRole    |
        | every AWS principal ("AWS":"*") | {"AWS": "*"}                             | allowed sts:AssumeRole on the role        | sts:AssumeRole |

  Rule: A trust policy that names only the account needs an identity-policy Allow, and one that names someone else grants the caller nothing (C2)

    @id:trust.user-decision-denied
    Scenario Outline: Jill, <identity>, cannot assume a role whose trust policy names <trusted>
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

  Rule: A role session is a principal of its own, trusted through the role's ARN (C1, C2, C5)

    @id:trust.session-decision-allowed
    Scenario Outline: A session of the role First, <identity>, assumes a role whose trust policy names <trusted>
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
      And the role "First" has an inline policy "OwnPolicy":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "<action>", "Resource": "${role:Target}"}]
        }
        """
      When "Jill" assumes the role "First" with session name "s"
      Then the call succeeds
      When "First/s" assumes the role "Target" with session name "before"
      Then the call is denied
      Given the trust policy of the role "Target" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": <principal>}]
        }
        """
      When "First/s" assumes the role "Target" with session name "chained"
      Then the call is allowed
      When "Target/chained" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Target/chained}"

      Examples:
        | trusted                 | principal                               | identity                                       | action         |
        | the ARN of the role First | {"AWS": "${role:First}"}              | whose role has no policy allowing sts:AssumeRole | iam:GetRole  |
        | the ARN of the role First | {"AWS": "${role:First}"}              | whose role allows sts:AssumeRole on the role   | sts:AssumeRole |
        | the account root ARN    | {"AWS": "arn:aws:iam::${account}:root"} | whose role allows sts:AssumeRole on the role   | sts:AssumeRole |
        | every principal ("*")   | "*"                                     | whose role has no policy allowing sts:AssumeRole | iam:GetRole  |

  Rule: A role session needs the role's identity policy when the trust policy names only the account, and is not trusted through the user who started it (C2)

    @id:trust.session-decision-denied
    Scenario Outline: A session of the role First, <identity>, cannot assume a role whose trust policy names <trusted>
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
      And the role "First" has an inline policy "OwnPolicy":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "<action>", "Resource": "${role:Target}"}]
        }
        """
      When "Jill" assumes the role "First" with session name "s"
      Then the call succeeds
      When "First/s" assumes the role "Target" with session name "chained"
      Then the call is denied
      # The control: once the trust policy names the role First, the same call is allowed.
      Given the trust policy of the role "Target" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${role:First}"}}]
        }
        """
      When "First/s" assumes the role "Target" with session name "chained"
      Then the call is allowed

      Examples:
        | trusted                                 | principal                               | identity                                         | action         |
        | the account root ARN                    | {"AWS": "arn:aws:iam::${account}:root"} | whose role has no policy allowing sts:AssumeRole | iam:GetRole    |
        | the bare account id                     | {"AWS": "${account}"}                   | whose role has no policy allowing sts:AssumeRole | iam:GetRole    |
        | the user Jill, who started the session  | {"AWS": "${user:Jill}"}                 | whose role allows sts:AssumeRole on the role     | sts:AssumeRole |
