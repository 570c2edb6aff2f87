@identity
Feature: Which resources a statement covers: Resource, wildcards, case, NotResource

  The Resource element names, by ARN, the resources a statement applies to.
  An IAM user's ARN is arn:aws:iam::<account>:user/<path><name> and a role's
  is arn:aws:iam::<account>:role/<path><name>; the suite puts everything it
  creates under a path of its own, so the examples either give the full ARN
  (${user:Jack}, ${role:Reader}) or use wildcards. A "*" in an ARN matches
  any run of characters (slashes included) and a "?" exactly one character.
  Unlike action names, resource names are case-sensitive: a statement for
  ".../jack-..." does not cover the user "Jack-...".

  NotResource turns the list around: the statement applies to every resource
  except those listed. With Allow it grants the action everywhere else; with
  Deny it refuses the action everywhere else.

  The examples use iam:GetUser (its resource is the user named by UserName),
  iam:GetRole (the role named by RoleName) and iam:ListAccessKeys (the user
  named by UserName). Each "allowed" example first shows the same call refused.

  Following the AWS IAM User Guide: "IAM JSON policy elements: Resource",
  "IAM JSON policy elements: NotResource", "IAM identifiers" (IAM ARNs), and
  "Policy evaluation logic"; and the Service Authorization Reference for the
  resource types of iam:GetUser, iam:GetRole and iam:ListAccessKeys.

  Background:
    Given a user "Jill" with access keys
    And a user "Jack"
    And a role "Reader" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${account}:root"}, "Action": "sts:AssumeRole"}]
      }
      """
    And a role "Other" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${account}:root"}, "Action": "sts:AssumeRole"}]
      }
      """

  Rule: (B5) A statement whose Resource is an exact ARN covers that resource and no other

    @id:identity.resource-exact-user-arn @evidence:documented
    Scenario: Jill may get the user Jack, named by his ARN, but not herself
      Source: IAM User Guide, "IAM JSON policy elements: Resource" and "IAM identifiers" (user ARNs with
      path); Service Authorization Reference, IAM (iam:GetUser acts on resource type user).
      When "Jill" calls "iam:GetUser" with:
        | UserName | ${name:Jack} |
      Then the call is denied
      Given the user "Jill" has an inline policy "GetJack":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "${user:Jack}"}]
        }
        """
      When "Jill" calls "iam:GetUser" with:
        | UserName | ${name:Jack} |
      Then the call is allowed
      And the response field "Arn" is "${user:Jack}"
      When "Jill" calls "iam:GetUser" with:
        | UserName | ${name:Jill} |
      Then the call is denied

    @id:identity.resource-exact-role-arn @evidence:documented
    Scenario: Jill may get the role Reader, named by its ARN, but not the role Other
      Source: IAM User Guide, "IAM JSON policy elements: Resource" and "IAM identifiers"; Service
      Authorization Reference, IAM (iam:GetRole acts on resource type role).
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Reader} |
      Then the call is denied
      Given the user "Jill" has an inline policy "GetReader":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "${role:Reader}"}]
        }
        """
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Reader} |
      Then the call is allowed
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Other} |
      Then the call is denied

    @id:identity.resource-scopes-list-access-keys @evidence:documented
    Scenario: Jill may list her own access keys, named by her ARN, but not Jack's
      Source: IAM User Guide, "IAM JSON policy elements: Resource"; Service Authorization Reference, IAM
      (iam:ListAccessKeys acts on resource type user).
      When "Jill" calls "iam:ListAccessKeys" with:
        | UserName | ${name:Jill} |
      Then the call is denied
      Given the user "Jill" has an inline policy "OwnKeys":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListAccessKeys", "Resource": "${user:Jill}"}]
        }
        """
      When "Jill" calls "iam:ListAccessKeys" with:
        | UserName | ${name:Jill} |
      Then the call is allowed
      When "Jill" calls "iam:ListAccessKeys" with:
        | UserName | ${name:Jack} |
      Then the call is denied

  Rule: (B5) Wildcards in a Resource ARN match any run of characters ("*") or exactly one character ("?")

    @id:identity.resource-pattern-covers-the-role @evidence:documented
    Scenario Outline: An Allow of iam:GetRole on "<resource>" covers the role Reader
      Source: IAM User Guide, "IAM JSON policy elements: Resource" (wildcards within ARN segments; "*"
      also covers "/") and "IAM identifiers" (role ARNs with path).
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Reader} |
      Then the call is denied
      Given the user "Jill" has an inline policy "GetRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "<resource>"}]
        }
        """
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Reader} |
      Then the call is allowed

      Examples:
        | resource                                           |
        | *                                                  |
        | arn:aws:iam::${account}:role/*                     |
        | arn:aws:iam::${account}:role/iam-conformance/*     |
        | arn:aws:iam::${account}:role/*/${name:Reader}      |
        | arn:aws:iam::${account}:role/*/Reade?-*            |
        | arn:aws:iam::*:role/*                              |

    @id:identity.resource-pattern-misses-the-role @evidence:inferred
    Scenario Outline: An Allow of iam:GetRole on "<resource>" does not cover the role Reader
      Source: IAM User Guide, "IAM JSON policy elements: Resource" (wildcards; the rows on the resource type,
      the whole name and the account follow from it directly); the rows "reader-*" and "READER-*" are
      inferred from the same page's note that in the Resource element the IAM user name is case
      sensitive: no page says it of role names.
      The same policy allows iam:GetRole on the role Other, to show that it is in effect.

      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Other} |
      Then the call is denied
      Given the user "Jill" has an inline policy "GetRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "Resource": ["<resource>", "${role:Other}"]}]
        }
        """
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Other} |
      Then the call is allowed
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Reader} |
      Then the call is denied

      Examples:
        | resource                                       |
        | arn:aws:iam::${account}:user/*                 |
        | arn:aws:iam::${account}:role/*/Reader          |
        | arn:aws:iam::${account}:role/*/Reade?          |
        | arn:aws:iam::${account}:role/*/reader-*        |
        | arn:aws:iam::${account}:role/*/READER-*        |
        | arn:aws:iam::111122223333:role/*               |

    @id:identity.resource-wildcard-stays-within-its-type @evidence:documented
    Scenario: An Allow of iam:GetRole and iam:GetUser on role/* covers roles but not users
      Source: IAM User Guide, "IAM JSON policy elements: Resource" and "IAM identifiers"; Service
      Authorization Reference, IAM (resource types of iam:GetRole and iam:GetUser).
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Reader} |
      Then the call is denied
      Given the user "Jill" has an inline policy "AnyRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:GetRole", "iam:GetUser"], "Resource": "arn:aws:iam::${account}:role/*"}]
        }
        """
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Reader} |
      Then the call is allowed
      When "Jill" calls "iam:GetUser" with:
        | UserName | ${name:Jack} |
      Then the call is denied

  Rule: (B5) Resource ARNs are matched case-sensitively

    @id:identity.resource-user-name-is-case-sensitive @evidence:documented
    Scenario: A statement for ".../jack-*" does not cover the user "Jack-…"; one for ".../Jack-*" does
      Source: IAM User Guide, "IAM JSON policy elements: Resource" ("In the Resource element, the IAM user
      name is case sensitive").
      Given the user "Jill" has an inline policy "LowerCase":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "arn:aws:iam::${account}:user/*/jack-*"}]
        }
        """
      When "Jill" calls "iam:GetUser" with:
        | UserName | ${name:Jack} |
      Then the call is denied
      Given the user "Jill" has an inline policy "RightCase":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "arn:aws:iam::${account}:user/*/Jack-*"}]
        }
        """
      When "Jill" calls "iam:GetUser" with:
        | UserName | ${name:Jack} |
      Then the call is allowed

  Rule: (B5) NotResource makes a statement cover every resource except the ones it lists

    @id:identity.notresource-allow-grants-all-but-the-listed @evidence:documented
    Scenario: Allow iam:GetRole with NotResource Other covers Reader but not Other
      Source: IAM User Guide, "IAM JSON policy elements: NotResource".
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Reader} |
      Then the call is denied
      Given the user "Jill" has an inline policy "AllRolesButOther":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "NotResource": "${role:Other}"}]
        }
        """
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Reader} |
      Then the call is allowed
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Other} |
      Then the call is denied

    @id:identity.notresource-deny-refuses-all-but-the-listed @evidence:documented
    Scenario: Deny iam:GetRole with NotResource Reader leaves Jill only the role Reader
      Source: IAM User Guide, "IAM JSON policy elements: NotResource" and "Policy evaluation logic".
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Reader} |
      Then the call is denied
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Other} |
      Then the call is denied
      Given the user "Jill" has an inline policy "AnyRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Other} |
      Then the call is allowed
      Given the user "Jill" has an inline policy "OnlyReader":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "iam:GetRole", "NotResource": "${role:Reader}"}]
        }
        """
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Other} |
      Then the call is denied
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Reader} |
      Then the call is allowed
